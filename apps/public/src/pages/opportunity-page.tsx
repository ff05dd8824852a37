import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { LinkButton } from "@engagiert/ui/button";
import { readError } from "@engagiert/ui/errors";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage, type Language } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useCityConfig } from "@engagiert/ui/session";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useAppT } from "../messages.ts";
import { useQualificationName } from "./qualification-names.ts";
import { ApplyForm } from "./apply-form.tsx";
import { ShiftList } from "./shift-list.tsx";

const route = getRouteApi("/angebote/$id");
function useOpportunity(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.opportunities.get.queryOptions({ id }));
}
type Opportunity = NonNullable<ReturnType<typeof useOpportunity>["data"]>;

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };
const time = (at: Date, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: "Europe/Berlin",
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);
/** A calendar date (`YYYY-MM-DD`) read as a day in Berlin, not shifted by the device's zone. */
const day = (iso: string, language: Language) => formatDate(new Date(`${iso}T12:00:00Z`), language);

function When(props: { opportunity: Opportunity }) {
  const t = useAppT();
  const [language] = useLanguage();
  const schedule = props.opportunity.schedule;
  if (schedule.format === "one_off") {
    return (
      <>
        <p className="kern-body">{t("offer.oneOff", { date: day(schedule.date, language) })}</p>
        <ul className="kern-list">
          {schedule.shifts.map((shift) => (
            <li key={new Date(shift.startsAt).toISOString()}>
              {t("offer.shift", {
                from: time(new Date(shift.startsAt), language),
                to: time(new Date(shift.endsAt), language),
                places: shift.capacity,
              })}
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (schedule.format === "project") {
    return (
      <p className="kern-body">
        {t("offer.project", {
          from: day(schedule.startDate, language),
          to: day(schedule.endDate, language),
        })}
      </p>
    );
  }
  const hours = schedule.hours.toLocaleString(LOCALES[language]);
  return (
    <>
      <p className="kern-body">
        {t(schedule.per === "week" ? "offer.regularWeek" : "offer.regularMonth", { hours })}
      </p>
      {schedule.windows.length > 0 ? (
        <ul className="kern-list">
          {schedule.windows.map((w) => (
            <li key={`${w.weekday}-${w.from}`}>
              {t("offer.window", { day: t(`weekday.${w.weekday}`), from: w.from, to: w.to })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{t("offer.noWindows")}</p>
      )}
    </>
  );
}

function Details(props: { opportunity: Opportunity }) {
  const t = useAppT();
  const [language] = useLanguage();
  const city = useCityConfig().data;
  const qualificationName = useQualificationName();
  const o = props.opportunity;
  const districtName = (slug: string | null) =>
    city?.districts.find((d) => d.slug === slug)?.name ?? slug;
  const languageNames = new Intl.DisplayNames([LOCALES[language]], { type: "language" });
  const categoryLabel = (slug: string) =>
    city?.categories.find((c) => c.slug === slug)?.label[language] ?? slug;
  return (
    <>
      <p className="kern-body kern-body--large">{o.summary}</p>
      <p className="engagiert-badges">
        <span className="kern-badge kern-badge--info">
          <span className="kern-label">{t(`format.${o.format}`)}</span>
        </span>
        {o.categories.map((slug) => (
          <span key={slug} className="kern-badge kern-badge--info">
            <span className="kern-label">{categoryLabel(slug)}</span>
          </span>
        ))}
      </p>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading" className="kern-heading-medium">
          {t("offer.what")}
        </h2>
        {o.description.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i} className="kern-body">
            {paragraph}
          </p>
        ))}
      </section>
      <section aria-labelledby="where-heading">
        <h2 id="where-heading" className="kern-heading-medium">
          {t("offer.where")}
        </h2>
        {o.place.kind === "remote" ? (
          <p className="kern-body">{t("offer.remote")}</p>
        ) : (
          <p className="kern-body">
            {o.place.address}
            {o.place.district ? ` (${districtName(o.place.district)})` : null}
          </p>
        )}
      </section>
      <section aria-labelledby="when-heading">
        <h2 id="when-heading" className="kern-heading-medium">
          {t("offer.when")}
        </h2>
        <When opportunity={o} />
      </section>
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading" className="kern-heading-medium">
          {t("offer.contact")}
        </h2>
        <dl className="kern-description-list">
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("offer.organisation")}</dt>
            <dd className="kern-description-list-item__value">{o.organisation.name}</dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("offer.contact")}</dt>
            <dd className="kern-description-list-item__value">{o.contact.name}</dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.email")}</dt>
            <dd className="kern-description-list-item__value">
              <a className="kern-link" href={`mailto:${o.contact.email}`}>
                {o.contact.email}
              </a>
            </dd>
          </div>
          {o.contact.phone ? (
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t("contact.phone")}</dt>
              <dd className="kern-description-list-item__value">{o.contact.phone}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="requirements-heading">
        <h2 id="requirements-heading" className="kern-heading-medium">
          {t("offer.requirements")}
        </h2>
        <ul className="kern-list">
          <li>
            {o.minimumAge > 0
              ? t("offer.minimumAge", { age: o.minimumAge })
              : t("offer.noMinimumAge")}
          </li>
          {o.minimumAge < 18 ? <li>{t("offer.minorsNeedConsent")}</li> : null}
          {o.involvesMinorContact ? <li>{t("offer.fuehrungszeugnis")}</li> : null}
          {o.requiredQualifications.length > 0 ? (
            <li>
              {t("offer.qualifications", {
                list: o.requiredQualifications.map(qualificationName).join(", "),
              })}
            </li>
          ) : null}
          <li>
            {t("offer.languages", {
              list: o.languages.map((code) => languageNames.of(code) ?? code).join(", "),
            })}
          </li>
        </ul>
        {o.place.kind === "place" ? (
          <>
            <h3 className="kern-heading-small">{t("offer.accessibility")}</h3>
            <ul className="kern-list">
              <li>{o.accessibility.stepFree ? t("offer.stepFree") : t("offer.notStepFree")}</li>
              {o.accessibility.accessibleToilet ? <li>{t("offer.accessibleToilet")}</li> : null}
              {o.accessibility.notes ? <li>{o.accessibility.notes}</li> : null}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="insurance-heading">
        <h2 id="insurance-heading" className="kern-heading-medium">
          {t("offer.insurance")}
        </h2>
        <ul className="kern-list">
          {o.insurance.items.map((item) => (
            <li key={item.kind}>
              {t(`offer.insurance.${item.kind}`, { year: item.sinceYear ?? "" })}
            </li>
          ))}
          {o.insurance.shouldAskOrganisation ? <li>{t("offer.insurance.ask")}</li> : null}
        </ul>
      </section>
    </>
  );
}

export function OpportunityPage() {
  const t = useAppT();
  const { id } = route.useParams();
  const { schicht } = route.useSearch();
  const query = useOpportunity(id);
  const failure = query.error ? readError(query.error) : null;
  const isMissing = failure?.code === "NOT_FOUND" || failure?.code === "BAD_REQUEST";

  return (
    <Page title={query.data?.title ?? (isMissing ? t("offer.notFound") : t("common.loading"))}>
      {query.isPending ? (
        <Loading />
      ) : isMissing ? (
        <Alert tone="info" title={t("offer.notFound")}>
          <p>
            <LinkButton to="/suchen" variant="secondary">
              {t("offer.backToSearch")}
            </LinkButton>
          </p>
        </Alert>
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Details opportunity={query.data} />
          {query.data.format === "one_off" ? (
            <ShiftList opportunityId={query.data.id} confirmSignupId={schicht} />
          ) : null}
          <ApplyForm opportunityId={query.data.id} minimumAge={query.data.minimumAge} />
        </>
      )}
    </Page>
  );
}
