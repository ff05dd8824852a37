import type { RouterOutputs } from "@engagiert/ui/api";
import { BarChart } from "@engagiert/ui/chart";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { useFiguresT } from "../figures-messages.ts";

type ComparisonRow = RouterOutputs["network"]["compareFigures"]["items"][number];

/**
 * The comparison as a bar chart: per 1,000 inhabitants for the cities whose population is known,
 * so cities of different size compare fairly; where no population is known, the figures as such.
 */
export function ComparisonChart(props: {
  rows: readonly ComparisonRow[];
  metricName: string;
  year: number;
}) {
  const t = useFiguresT();
  const [language] = useLanguage();
  const number = (value: number) => formatNumber(value, language);
  const isPerThousand = props.rows.some((row) => row.perThousand !== null);
  const charted = props.rows
    .map((row) => ({ name: row.name, value: isPerThousand ? row.perThousand : row.value }))
    .filter((row): row is { name: string; value: number } => row.value !== null);
  if (charted.length === 0) return null;
  const params = { metric: props.metricName, year: props.year };
  const seriesName = isPerThousand ? t("compare.perThousand") : props.metricName;

  return (
    <BarChart
      title={
        isPerThousand ? t("compare.chartTitle", params) : t("compare.chartTitleValues", params)
      }
      description={t(
        isPerThousand ? "compare.chartDescription" : "compare.chartDescriptionValues",
        {
          ...params,
          values: charted
            .map((row) => t("compare.chartEntry", { city: row.name, value: number(row.value) }))
            .join(", "),
        },
      )}
      categories={charted.map((row) => row.name)}
      series={[{ name: seriesName, values: charted.map((row) => row.value) }]}
      xAxisLabel={t("compare.city")}
      yAxisLabel={seriesName}
      formatValue={number}
      tableLabel={t("compare.chartTable")}
      categoryHeader={t("compare.city")}
    />
  );
}
