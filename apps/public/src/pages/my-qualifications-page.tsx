import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useSession } from "@engagiert/ui/session";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useQualificationT } from "./qualification-messages.ts";

type Held = RouterOutputs["qualifications"]["mine"][number];

/** Where a qualification stands, in words: the badge's colour only repeats what it says. */
function Standing(props: { record: Held }) {
  const t = useQualificationT();
  const [language] = useLanguage();
  const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), language);
  const { status, validFrom } = props.record;
  const [tone, text] =
    status.status === "valid"
      ? ["success", t("myQualifications.valid")]
      : status.status === "expiring"
        ? [
            "warning",
            status.daysLeft === 0
              ? t("myQualifications.expiresToday")
              : t("myQualifications.expiring", { count: status.daysLeft }),
          ]
        : status.status === "expired"
          ? ["danger", t("myQualifications.expired", { count: status.daysAgo })]
          : ["info", t("myQualifications.notYetValid", { date: day(validFrom) })];
  return (
    <span className={`kern-badge kern-badge--${tone}`}>
      <span className="kern-label">{text}</span>
    </span>
  );
}

function MyQualifications() {
  const t = useQualificationT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const mine = useQuery(trpc.qualifications.mine.queryOptions());
  const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), language);
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  if (mine.data.length === 0) return <p className="kern-body">{t("myQualifications.none")}</p>;
  return (
    <ul className="engagiert-card-grid">
      {mine.data.map((record) => (
        <li key={record.id}>
          <article className="kern-card kern-card--small">
            <div className="kern-card__container">
              <header className="kern-card__header">
                <h2 className="kern-title">{language === "de" ? record.nameDe : record.nameEn}</h2>
              </header>
              <div className="kern-card__body">
                <dl className="kern-description-list">
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">
                      {t("myQualifications.standing")}
                    </dt>
                    <dd className="kern-description-list-item__value">
                      <Standing record={record} />
                    </dd>
                  </div>
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">
                      {t("myQualifications.from")}
                    </dt>
                    <dd className="kern-description-list-item__value">{day(record.validFrom)}</dd>
                  </div>
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">
                      {t("myQualifications.until")}
                    </dt>
                    <dd className="kern-description-list-item__value">
                      {record.validUntil ? day(record.validUntil) : t("myQualifications.noDate")}
                    </dd>
                  </div>
                  {record.issuer ? (
                    <div className="kern-description-list-item">
                      <dt className="kern-description-list-item__key">
                        {t("myQualifications.issuer")}
                      </dt>
                      <dd className="kern-description-list-item__value">{record.issuer}</dd>
                    </div>
                  ) : null}
                </dl>
              </div>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}

/** "Meine Qualifikationen": what the volunteer holds, since when, and until when it is valid. */
export function MyQualificationsPage() {
  const t = useQualificationT();
  const { user } = useSession();
  return (
    <Page title={t("myQualifications.title")}>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <>
          <p className="kern-body">{t("myQualifications.signedOut")}</p>
          <p>
            <LinkButton to="/anmelden">{t("mine.signInLink")}</LinkButton>
          </p>
        </>
      ) : user.role !== "volunteer" ? (
        <p className="kern-body">{t("myQualifications.onlyVolunteers")}</p>
      ) : (
        <>
          <p className="kern-body">{t("myQualifications.intro")}</p>
          <MyQualifications />
          <p className="kern-body">
            <Link to="/mein-engagement" className="kern-link">
              {t("myQualifications.back")}
            </Link>
          </p>
        </>
      )}
    </Page>
  );
}
