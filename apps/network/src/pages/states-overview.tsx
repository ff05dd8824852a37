import { useTRPC } from "@engagiert/ui/api";
import { BarChart } from "@engagiert/ui/chart";
import { QueryError } from "@engagiert/ui/error-page";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { useQuery } from "@tanstack/react-query";
import { useDirectoryT } from "../directory-messages.ts";
import { FEDERAL_STATES } from "../messages.ts";

/**
 * How many member cities each federal state has, drawn from the directory itself: a bar chart
 * with the same numbers in a table, nothing loaded from elsewhere.
 */
export function StatesOverview() {
  const t = useDirectoryT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const perState = useQuery(trpc.network.citiesPerState.queryOptions());

  if (perState.isPending) return <Loading />;
  if (perState.isError) {
    return <QueryError error={perState.error} onRetry={() => void perState.refetch()} />;
  }
  const counts = new Map(perState.data.map((row) => [row.federalState, row.cities]));
  const states = FEDERAL_STATES.map((state) => ({
    label: t(`state.${state}`),
    count: counts.get(state) ?? 0,
  }));

  return (
    <section aria-labelledby="states-overview">
      <h2 className="kern-heading-medium" id="states-overview">
        {t("states.title")}
      </h2>
      <BarChart
        title={t("states.chartTitle")}
        description={t("states.description", {
          counts: states
            .map((s) =>
              t("states.entry", { state: s.label, count: formatNumber(s.count, language) }),
            )
            .join(", "),
        })}
        categories={states.map((s) => s.label)}
        series={[{ name: t("states.series"), values: states.map((s) => s.count) }]}
        xAxisLabel={t("states.axisX")}
        yAxisLabel={t("states.axisY")}
        formatValue={(value) => formatNumber(value, language)}
        tableLabel={t("states.table")}
        categoryHeader={t("states.axisX")}
      />
    </section>
  );
}
