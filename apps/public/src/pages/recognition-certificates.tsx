import { useTRPC } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { Loading } from "@engagiert/ui/loading";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useRecognitionT } from "./recognition-t.ts";
import { useDay, useHours } from "./recognition-card.tsx";

const PAGE_SIZE = 10;

/** The certificate's address at the API, reached through the app's own origin with the session. */
export const certificateUrl = (engagementId: string) =>
  `${import.meta.env.VITE_API_URL ?? ""}/api/certificates/engagement/${engagementId}.pdf${
    import.meta.env.VITE_CITY ? `?city=${encodeURIComponent(import.meta.env.VITE_CITY)}` : ""
  }`;

/** Each engagement that has begun, with its period, approved hours and certificate to download. */
export function MyCertificates() {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const day = useDay();
  const hours = useHours();
  const periodOf = (first: string | null, last: string | null) =>
    first && last
      ? t("recognition.certificates.fromTo", { from: day(first), to: day(last) })
      : first
        ? t("recognition.certificates.since", { date: day(first) })
        : null;
  const list = useInfiniteQuery(
    trpc.recognition.myCertificates.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="certificates-heading" className="engagiert-section">
      <h2 id="certificates-heading" className="kern-heading-medium">
        {t("recognition.certificates.heading")}
      </h2>
      <p className="kern-body">{t("recognition.certificates.intro")}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("recognition.certificates.none")}</p>
      ) : (
        <>
          <ul className="engagiert-card-grid">
            {items.map((item) => (
              <li key={item.engagementId}>
                <article className="kern-card kern-card--small">
                  <div className="kern-card__container">
                    <header className="kern-card__header">
                      <p className="kern-preline">{item.organisationName}</p>
                      <h3 className="kern-title">{item.activityTitle}</h3>
                    </header>
                    <div className="kern-card__body">
                      <dl className="kern-description-list">
                        <div className="kern-description-list-item">
                          <dt className="kern-description-list-item__key">
                            {t("recognition.certificates.period")}
                          </dt>
                          <dd className="kern-description-list-item__value">
                            {periodOf(item.firstDay, item.lastDay)}
                          </dd>
                        </div>
                        <div className="kern-description-list-item">
                          <dt className="kern-description-list-item__key">
                            {t("recognition.certificates.hours")}
                          </dt>
                          <dd className="kern-description-list-item__value">
                            {hours(item.approvedMinutes)}
                          </dd>
                        </div>
                      </dl>
                      <p>
                        <a
                          className="kern-link"
                          href={certificateUrl(item.engagementId)}
                          download
                          type="application/pdf"
                        >
                          {t("recognition.certificates.download", { title: item.activityTitle })}
                        </a>
                      </p>
                    </div>
                  </div>
                </article>
              </li>
            ))}
          </ul>
          {list.hasNextPage ? (
            <p>
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                disabled={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                <span className="kern-label">
                  {list.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
                </span>
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
