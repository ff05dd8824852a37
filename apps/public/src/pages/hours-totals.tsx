import { useTRPC } from "@engagiert/ui/api";
import { BarChart } from "@engagiert/ui/chart";
import { QueryError } from "@engagiert/ui/error-page";
import { useLanguage, type Language } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useDuration } from "./hours-duration.tsx";
import { useHoursT } from "./hours-messages.ts";

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

const monthName = (month: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { month: "long", timeZone: "UTC" }).format(
    new Date(`2000-${month}-15T12:00:00Z`),
  );

/** Approved and pending hours per month of a chosen year (chart and table) and per year. */
export function HoursTotals() {
  const t = useHoursT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const duration = useDuration();
  const [year, setYear] = useState<number | undefined>(undefined);
  const totals = useQuery({
    ...trpc.hours.myTotals.queryOptions({ year }),
    placeholderData: keepPreviousData,
  });
  if (totals.isPending) return <Loading />;
  if (totals.isError) {
    return <QueryError error={totals.error} onRetry={() => void totals.refetch()} />;
  }
  const data = totals.data;
  const years = [...new Set([String(data.year), ...data.years.map((y) => y.period)])].sort((a, b) =>
    b.localeCompare(a),
  );
  const monthOf = (month: string) => data.months.find((m) => m.period === `${data.year}-${month}`);
  const hours = (minutes: number | undefined) => Math.round(((minutes ?? 0) / 60) * 10) / 10;

  return (
    <section aria-labelledby="hours-totals-heading" className="engagiert-section">
      <h2 id="hours-totals-heading" className="kern-heading-medium">
        {t("hours.totals.title")}
      </h2>
      <div className="engagiert-filters">
        <SelectField
          label={t("hours.totals.year")}
          value={String(data.year)}
          onChange={(e) => setYear(Number(e.target.value))}
          options={years.map((y) => ({ value: y, label: y }))}
        />
      </div>
      {data.months.length === 0 ? (
        <p className="kern-body">{t("hours.totals.none")}</p>
      ) : (
        <BarChart
          title={t("hours.totals.byMonth", { year: data.year })}
          description={t("hours.totals.byMonthDescription", { year: data.year })}
          categories={MONTHS.map((m) => monthName(m, language))}
          series={[
            {
              name: t("hours.totals.approved"),
              values: MONTHS.map((m) => hours(monthOf(m)?.approvedMinutes)),
            },
            {
              name: t("hours.totals.pending"),
              values: MONTHS.map((m) => hours(monthOf(m)?.pendingMinutes)),
            },
          ]}
          xAxisLabel={t("hours.totals.month")}
          yAxisLabel={t("hours.totals.hoursAxis")}
          formatValue={(v) => duration(Math.round(v * 60))}
          tableLabel={t("hours.totals.table")}
          categoryHeader={t("hours.totals.month")}
          isTableOpen
        />
      )}
      {data.years.length > 0 ? (
        <Table caption={t("hours.totals.byYear")}>
          <TableHead>
            <HeaderCell>{t("hours.totals.yearColumn")}</HeaderCell>
            <HeaderCell isNumeric>{t("hours.totals.approved")}</HeaderCell>
            <HeaderCell isNumeric>{t("hours.totals.pending")}</HeaderCell>
          </TableHead>
          <TableBody>
            {data.years.map((y) => (
              <Row key={y.period}>
                <RowHeader>{y.period}</RowHeader>
                <Cell isNumeric>{duration(y.approvedMinutes)}</Cell>
                <Cell isNumeric>{duration(y.pendingMinutes)}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}
