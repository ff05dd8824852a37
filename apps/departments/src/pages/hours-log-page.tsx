import { useTRPC } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { TextField } from "@engagiert/ui/text-field";
import { personName } from "@engagiert/ui/person-name";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useDeferredValue, useState } from "react";
import { useSeesWholeCity } from "./use-staff.ts";
import { useHoursT } from "../hours-messages.ts";

/**
 * Logging hours for a volunteer starts with finding them: the active engagements of the
 * organisation, searched by name; each leads to the engagement's hours with the form.
 */
export function HoursLogPage() {
  const t = useHoursT();
  const trpc = useTRPC();
  const seesWholeCity = useSeesWholeCity();
  const [search, setSearch] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const deferred = useDeferredValue(search.trim());
  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  const engagements = useQuery({
    ...trpc.pipeline.list.queryOptions({
      status: "active",
      search: deferred || null,
      organisationId: organisationId || null,
      sort: "name",
      limit: 20,
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <Page title={t("hours.log.title")}>
      <p className="kern-body">{t("hours.log.intro")}</p>
      <div className="engagiert-filters">
        {seesWholeCity && organisations.data ? (
          <SelectField
            label={t("common.organisation")}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            options={[
              { value: "", label: t("common.all") },
              ...organisations.data.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ) : null}
        <TextField
          label={t("hours.log.search")}
          type="search"
          value={search}
          maxLength={100}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <section aria-labelledby="results-heading" className="engagiert-section">
        <h2 id="results-heading" className="kern-heading-medium">
          {t("hours.log.results")}
        </h2>
        {engagements.isPending ? (
          <Loading />
        ) : engagements.isError ? (
          <QueryError error={engagements.error} onRetry={() => void engagements.refetch()} />
        ) : engagements.data.items.length === 0 ? (
          <p className="kern-body">{t("hours.log.noResults")}</p>
        ) : (
          <ul className="kern-list" aria-busy={engagements.isFetching}>
            {engagements.data.items.map((e) => (
              <li key={e.id}>
                <Link
                  to="/stunden/engagement/$engagementId"
                  params={{ engagementId: e.id }}
                  className="kern-link"
                >
                  {personName(t, e, "last-first")}
                </Link>{" "}
                – {e.opportunityTitle}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
