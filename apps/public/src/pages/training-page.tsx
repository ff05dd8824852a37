import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { readError } from "@engagiert/ui/errors";
import { QueryError } from "@engagiert/ui/error-page";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { topicLabel, trainingErrorText, useTrainingT } from "./training-messages.ts";
import { costText, dayOf, deadlineText, PlacesText, placeText, timeOf } from "./training-parts.tsx";
import { TrainingRegistration } from "./training-registration.tsx";

const route = getRouteApi("/schulungen/$id");

function useTraining(trainingId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.trainings.get.queryOptions({ trainingId }));
}
export type TrainingView = NonNullable<ReturnType<typeof useTraining>["data"]>;

function Facts(props: { training: TrainingView }) {
  const t = useTrainingT();
  const [language] = useLanguage();
  const training = props.training;
  const rows: [string, string][] = [
    [t("trainings.trainer"), training.trainer],
    [t("trainings.offeredBy"), training.organisationName ?? t("trainings.cityOffice")],
    [t("trainings.cost"), costText(training.costCents, language, t("trainings.costFree"))],
    [
      t("trainings.places"),
      training.freePlaces > 0
        ? t("trainings.placesOf", { free: training.freePlaces, capacity: training.capacity })
        : t("trainings.full"),
    ],
    [
      t("trainings.registration"),
      training.closedReason
        ? t(`trainings.closed.${training.closedReason}`)
        : deadlineText(t, new Date(training.registrationDeadline), language),
    ],
  ];
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="kern-heading-medium">
        {t("trainings.details")}
      </h2>
      <dl className="kern-description-list">
        {rows.map(([key, value]) => (
          <div key={key} className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      {training.waitingCount > 0 ? (
        <p className="kern-body">
          <PlacesText freePlaces={training.freePlaces} waitingCount={training.waitingCount} />
        </p>
      ) : null}
    </section>
  );
}

function Training(props: { training: TrainingView }) {
  const t = useTrainingT();
  const [language] = useLanguage();
  const training = props.training;
  return (
    <>
      <p className="engagiert-badges">
        <span className="kern-badge kern-badge--info">
          <span className="kern-label">{topicLabel(t, training.topic)}</span>
        </span>
      </p>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading" className="kern-heading-medium">
          {t("trainings.what")}
        </h2>
        {training.description.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i} className="kern-body">
            {paragraph}
          </p>
        ))}
        {training.audience ? (
          <p className="kern-body">
            <strong>{t("trainings.audience")}:</strong> {training.audience}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="when-heading">
        <h2 id="when-heading" className="kern-heading-medium">
          {t("trainings.when")}
        </h2>
        <ul className="kern-list">
          {training.sessions.map((session) => {
            const start = new Date(session.startsAt);
            return (
              <li key={session.id}>
                {t("trainings.session", {
                  day: dayOf(start, language),
                  from: timeOf(start, language),
                  to: timeOf(new Date(session.endsAt), language),
                })}{" "}
                ({t("trainings.units", { count: session.units })})
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="where-heading">
        <h2 id="where-heading" className="kern-heading-medium">
          {t("trainings.where")}
        </h2>
        <p className="kern-body">{placeText(t, training)}</p>
        {training.onlineUrl ? (
          <p className="kern-body">
            <a className="kern-link" href={training.onlineUrl} rel="noreferrer">
              {t("trainings.onlineRoom")}
            </a>
          </p>
        ) : training.isOnline ? (
          <p className="kern-body">{t("trainings.onlineAfterPlace")}</p>
        ) : null}
      </section>
      <Facts training={training} />
      <TrainingRegistration training={training} />
    </>
  );
}

/** One published training: what, when, where, who teaches, places, and registering. */
export function TrainingPage() {
  const t = useTrainingT();
  const { id } = route.useParams();
  const query = useTraining(id);
  const error = query.error ? readError(query.error) : null;

  return (
    <Page title={query.data?.title ?? t("trainings.title")}>
      {query.isPending ? (
        <Loading />
      ) : error?.code === "NOT_FOUND" || error?.code === "BAD_REQUEST" ? (
        <Alert tone="warning" title={trainingErrorText({ ...error, reason: "not_found" }, t)} />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Training training={query.data} />
      )}
      <p className="kern-body">
        <Link to="/schulungen" className="kern-link">
          {t("trainings.backToCalendar")}
        </Link>
      </p>
    </Page>
  );
}
