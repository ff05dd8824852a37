import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate, formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { useQuery } from "@tanstack/react-query";
import { useRecognitionT } from "./recognition-t.ts";

type CardStatus = RouterOutputs["recognition"]["myEhrenamtskarte"];

/** A calendar day (`YYYY-MM-DD`) as "24. November 2026". */
export function useDay() {
  const [language] = useLanguage();
  return (isoDate: string) => formatDate(new Date(`${isoDate}T12:00:00Z`), language);
}

/** Minutes as "123,5 Stunden" / "one hour". */
export function useHours() {
  const t = useRecognitionT();
  const [language] = useLanguage();
  return (minutes: number) => {
    const hours = Math.round((minutes / 60) * 100) / 100;
    return t("recognition.hours", { count: hours, hours: formatNumber(hours, language) });
  };
}

function Verdict(props: { card: CardStatus }) {
  const t = useRecognitionT();
  const { status, rule, facts } = props.card;
  if (status.kind === "no_rule" || !rule) {
    return <p className="kern-body">{t("recognition.card.noRule", { state: props.card.state })}</p>;
  }
  if (status.kind === "eligible") {
    const why =
      status.basis === "group"
        ? t("recognition.card.why.group", { group: t(`recognition.group.${status.group}`) })
        : status.basis === "project"
          ? t("recognition.card.why.project", { hours: rule.minimumHoursInProject })
          : t("recognition.card.why.hours", {
              hours: rule.minimumHoursInWindow,
              months: rule.windowMonths,
            });
    return (
      <Alert tone="success" title={t("recognition.card.eligible")}>
        <p className="kern-body">{why}</p>
        <p className="kern-body">{t("recognition.card.apply")}</p>
      </Alert>
    );
  }
  if (!facts?.engagedSince) {
    return <p className="kern-body">{t("recognition.card.notStarted")}</p>;
  }
  return (
    <>
      <p className="kern-body">{t("recognition.card.notYet")}</p>
      <ul className="kern-list">
        {status.daysMissing > 0 ? (
          <li>{t("recognition.card.missingDays", { count: status.daysMissing })}</li>
        ) : null}
        {status.hoursMissing > 0 ? (
          <li>
            {t("recognition.card.missingHours", {
              count: status.hoursMissing,
              months: rule.windowMonths,
            })}
          </li>
        ) : null}
      </ul>
      {facts.mostMinutesInOneProject > 0 ? (
        <p className="kern-body">
          {t("recognition.card.orProject", {
            count: status.projectHoursMissing,
            hours: rule.minimumHoursInProject,
          })}
        </p>
      ) : null}
    </>
  );
}

/** The volunteer's Ehrenamtskarte status in plain words, with the facts it rests on. */
export function EhrenamtskarteStatus() {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const day = useDay();
  const hours = useHours();
  const card = useQuery(trpc.recognition.myEhrenamtskarte.queryOptions());
  if (card.isPending) return <Loading />;
  if (card.isError) return <QueryError error={card.error} onRetry={() => void card.refetch()} />;
  const { facts, windowFrom } = card.data;
  return (
    <section aria-labelledby="card-heading" className="engagiert-section">
      <h2 id="card-heading" className="kern-heading-medium">
        {t("recognition.card.heading", { state: card.data.state })}
      </h2>
      <Verdict card={card.data} />
      {facts?.engagedSince && windowFrom ? (
        <>
          <h3 className="kern-heading-small">{t("recognition.card.facts")}</h3>
          <dl className="kern-description-list">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">
                {t("recognition.card.engagedSince")}
              </dt>
              <dd className="kern-description-list-item__value">{day(facts.engagedSince)}</dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">
                {t("recognition.card.hoursSince", { date: day(windowFrom) })}
              </dt>
              <dd className="kern-description-list-item__value">{hours(facts.minutesInWindow)}</dd>
            </div>
          </dl>
        </>
      ) : null}
    </section>
  );
}
