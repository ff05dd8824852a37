import { useTRPC } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useSession } from "@engagiert/ui/session";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { TrainingFeed } from "./training-feed.tsx";
import { topicLabel, useTrainingT } from "./training-messages.ts";
import { placeText, timeOf, trainingCalendarFile } from "./training-parts.tsx";

const PAGE_SIZE = 10;

function MyTrainings() {
  const t = useTrainingT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const mine = useInfiniteQuery(
    trpc.trainings.mine.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = mine.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="my-trainings-heading">
      <h2 id="my-trainings-heading" className="kern-heading-medium">
        {t("mineTrainings.list")}
      </h2>
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : items.length === 0 ? (
        <>
          <p className="kern-body">{t("mineTrainings.none")}</p>
          <p>
            <LinkButton to="/schulungen">{t("mineTrainings.find")}</LinkButton>
          </p>
        </>
      ) : (
        <>
          <ul className="engagiert-card-grid">
            {items.map((item) => (
              <li key={item.registrationId}>
                <article className="kern-card kern-card--small">
                  <div className="kern-card__container">
                    <header className="kern-card__header">
                      <p className="kern-preline">{topicLabel(t, item.topic)}</p>
                      <h3 className="kern-title">
                        <Link to="/schulungen/$id" params={{ id: item.trainingId }}>
                          {item.title}
                        </Link>
                      </h3>
                    </header>
                    <div className="kern-card__body">
                      <dl className="kern-description-list">
                        <div className="kern-description-list-item">
                          <dt className="kern-description-list-item__key">
                            {t("mineTrainings.status")}
                          </dt>
                          <dd className="kern-description-list-item__value">
                            {item.trainingStatus === "cancelled"
                              ? t("mineTrainings.trainingCancelled")
                              : t(
                                  `mineTrainings.status.${item.status === "waiting" ? "waiting" : "confirmed"}`,
                                )}
                          </dd>
                        </div>
                        <div className="kern-description-list-item">
                          <dt className="kern-description-list-item__key">{t("trainings.when")}</dt>
                          <dd className="kern-description-list-item__value">
                            {item.startsAt
                              ? `${t("trainings.startsOn", {
                                  date: formatDate(new Date(item.startsAt), language),
                                  time: timeOf(new Date(item.startsAt), language),
                                })} (${t("trainings.sessionCount", { count: item.sessionCount })})`
                              : t("mineTrainings.noDate")}
                          </dd>
                        </div>
                        <div className="kern-description-list-item">
                          <dt className="kern-description-list-item__key">
                            {t("trainings.where")}
                          </dt>
                          <dd className="kern-description-list-item__value">
                            {placeText(t, item)}
                          </dd>
                        </div>
                      </dl>
                      <p className="kern-body kern-body--small">
                        <a
                          className="kern-link"
                          href={trainingCalendarFile(item.trainingId)}
                          aria-label={`${t("trainings.calendar")}: ${item.title}`}
                        >
                          {t("trainings.calendar")}
                        </a>
                      </p>
                    </div>
                  </div>
                </article>
              </li>
            ))}
          </ul>
          {mine.hasNextPage ? (
            <p>
              <Button
                variant="secondary"
                disabled={mine.isFetchingNextPage}
                onClick={() => void mine.fetchNextPage()}
              >
                {mine.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
              </Button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

/** "Meine Schulungen": the volunteer's registrations and their personal calendar link. */
export function TrainingMinePage() {
  const t = useTrainingT();
  const { user } = useSession();

  return (
    <Page title={t("mineTrainings.title")}>
      {user === undefined ? (
        <Loading />
      ) : user === null || user.role !== "volunteer" ? (
        <>
          <p className="kern-body">
            {user === null ? t("mineTrainings.signedOut") : t("trainings.volunteersOnly")}
          </p>
          {user === null ? (
            <p>
              <LinkButton to="/anmelden" search={{ weiter: "/meine-schulungen" }}>
                {t("trainings.signInLink")}
              </LinkButton>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <MyTrainings />
          <TrainingFeed />
        </>
      )}
    </Page>
  );
}
