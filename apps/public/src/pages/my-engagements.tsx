import { useTRPC } from "@engagiert/ui/api";
import { LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useAppT } from "../messages.ts";

const PAGE_SIZE = 10;

/** The volunteer's applications and engagements, each with its status and the next step. */
export function MyEngagements() {
  const t = useAppT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const mine = useInfiniteQuery(
    trpc.applications.mine.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = mine.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="engagements-heading">
      <h2 id="engagements-heading" className="kern-heading-medium">
        {t("mine.engagements")}
      </h2>
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : items.length === 0 ? (
        <>
          <p className="kern-body">{t("mine.none")}</p>
          <p>
            <LinkButton to="/suchen">{t("mine.findOpportunities")}</LinkButton>
          </p>
        </>
      ) : (
        <>
          <ul className="engagiert-card-grid">
            {items.map((item) => (
              <li key={item.id}>
                <article className="kern-card kern-card--small">
                  <div className="kern-card__container">
                    <header className="kern-card__header">
                      <p className="kern-preline">{item.organisationName}</p>
                      <h3 className="kern-title">
                        <Link to="/angebote/$id" params={{ id: item.opportunityId }}>
                          {item.opportunityTitle}
                        </Link>
                      </h3>
                    </header>
                    <div className="kern-card__body">
                      <dl className="kern-description-list">
                        <div className="kern-description-list-item">
                          <dt className="kern-description-list-item__key">{t("mine.status")}</dt>
                          <dd className="kern-description-list-item__value">
                            {t(`status.${item.status}`)}
                          </dd>
                        </div>
                        <div className="kern-description-list-item">
                          <dt className="kern-description-list-item__key">{t("mine.nextStep")}</dt>
                          <dd className="kern-description-list-item__value">
                            {t(`next.${item.status}`)}
                            {item.isMinor && !item.hasGuardianConsent
                              ? ` ${t("mine.guardianPending")}`
                              : null}
                          </dd>
                        </div>
                      </dl>
                      <p className="kern-body kern-body--small kern-body--muted">
                        {t("mine.appliedOn", { date: formatDate(item.appliedAt, language) })}
                      </p>
                    </div>
                  </div>
                </article>
              </li>
            ))}
          </ul>
          {mine.hasNextPage ? (
            <p>
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                disabled={mine.isFetchingNextPage}
                onClick={() => void mine.fetchNextPage()}
              >
                <span className="kern-label">
                  {mine.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
                </span>
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
