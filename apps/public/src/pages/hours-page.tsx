import { useTRPC } from "@engagiert/ui/api";
import { LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useSession } from "@engagiert/ui/session";
import { useQuery } from "@tanstack/react-query";
import { HoursEntries } from "./hours-entries.tsx";
import { HoursForm } from "./hours-form.tsx";
import { HoursTotals } from "./hours-totals.tsx";
import { useHoursT } from "./hours-messages.ts";

function NewEntry() {
  const t = useHoursT();
  const trpc = useTRPC();
  const engagements = useQuery(trpc.hours.myEngagementsForHours.queryOptions());
  return (
    <section aria-labelledby="hours-form-heading" className="engagiert-section">
      <h2 id="hours-form-heading" className="kern-heading-medium">
        {t("hours.form.title")}
      </h2>
      {engagements.isPending ? (
        <Loading />
      ) : engagements.isError ? (
        <QueryError error={engagements.error} onRetry={() => void engagements.refetch()} />
      ) : engagements.data.length === 0 ? (
        <>
          <p className="kern-body">{t("hours.form.noEngagements")}</p>
          <p>
            <LinkButton to="/suchen">{t("hours.form.findOpportunities")}</LinkButton>
          </p>
        </>
      ) : (
        <HoursForm engagements={engagements.data} />
      )}
    </section>
  );
}

/** "Meine Stunden": log hours, follow each entry to its approval, see the totals. */
export function HoursPage() {
  const t = useHoursT();
  const { user } = useSession();
  return (
    <Page title={t("hours.title")}>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <>
          <p className="kern-body">{t("hours.signedOut")}</p>
          <p>
            <LinkButton to="/anmelden">{t("mine.signInLink")}</LinkButton>
          </p>
        </>
      ) : user.role !== "volunteer" ? (
        <p className="kern-body">{t("hours.onlyVolunteers")}</p>
      ) : (
        <>
          <p className="kern-body">{t("hours.intro")}</p>
          <NewEntry />
          <HoursEntries />
          <HoursTotals />
        </>
      )}
    </Page>
  );
}
