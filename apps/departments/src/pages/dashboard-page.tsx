import { useTRPC } from "@engagiert/ui/api";
import { Card } from "@engagiert/ui/card";
import { QueryError } from "@engagiert/ui/error-page";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useAppT, type DepartmentsMessageKey } from "../messages.ts";

const route = getRouteApi("/");

type CountKey<K> = K extends `count.${infer Count}` ? Count : never;

/** Every figure the API counts, each with its label in the catalogue. */
const COUNTS = [
  "publishedOpportunities",
  "draftOpportunities",
  "openApplications",
  "onboarding",
  "activeVolunteers",
  "pausedEngagements",
] as const satisfies readonly CountKey<DepartmentsMessageKey>[];

const CITY_WIDE = "";

export function DashboardPage() {
  const t = useAppT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const { user } = route.useRouteContext();
  const seesWholeCity = user.role === "coordinator" || user.role === "city_admin";
  const [organisationId, setOrganisationId] = useState(CITY_WIDE);

  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  const counts = useQuery({
    ...trpc.dashboard.counts.queryOptions({ organisationId: organisationId || null }),
    placeholderData: keepPreviousData,
  });

  return (
    <Page title={t("dashboard.title")}>
      {seesWholeCity && organisations.data ? (
        <div className="engagiert-filters">
          <SelectField
            label={t("dashboard.scope")}
            value={organisationId}
            onChange={(event) => setOrganisationId(event.target.value)}
            options={[
              { value: CITY_WIDE, label: t("dashboard.wholeCity") },
              ...organisations.data.map((organisation) => ({
                value: organisation.id,
                label: organisation.name,
              })),
            ]}
          />
        </div>
      ) : null}
      {counts.isPending ? (
        <Loading />
      ) : counts.isError ? (
        <QueryError error={counts.error} onRetry={() => void counts.refetch()} />
      ) : (
        <section aria-labelledby="counts-heading" aria-busy={counts.isFetching}>
          <h2 id="counts-heading" className="kern-heading-medium" aria-live="polite">
            {t("dashboard.countsFor", { name: counts.data.name })}
          </h2>
          <ul className="engagiert-card-grid">
            {COUNTS.map((key) => (
              <li key={key}>
                <Card headingLevel={3} title={t(`count.${key}`)}>
                  <p className="engagiert-figure">
                    {formatNumber(counts.data.counts[key], language)}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
