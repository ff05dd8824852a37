import type { RouterOutputs } from "@engagiert/ui/api";
import { BarChart, LineChart } from "@engagiert/ui/chart";
import { formatDate, formatNumber } from "@engagiert/ui/format";
import { useLanguage, type Language } from "@engagiert/ui/i18n";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import type { ReactNode } from "react";
import { CsvButton, type ReportTable } from "./report-csv-button.tsx";
import { monthDate } from "./report-period.ts";
import { useReportT } from "../report-messages.ts";

export type Report = RouterOutputs["reports"]["report"];
type Period = { from: string; to: string; organisationId: string | null };

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };

const hoursOf = (minutes: number, language: Language) =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(minutes / 60);

const percentOf = (share: number, language: Language) =>
  new Intl.NumberFormat(LOCALES[language], { style: "percent", maximumFractionDigits: 1 }).format(
    share,
  );

const monthOf = (month: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    month: "short",
    year: "numeric",
    timeZone: "Europe/Berlin",
  }).format(monthDate(month));

/** One figure of the report: its heading, how it is counted, the figure, its CSV download. */
function Section(props: {
  id: ReportTable;
  title: string;
  explain: string;
  period: Period;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`report-${props.id}`} className="engagiert-section">
      <h2 id={`report-${props.id}`} className="kern-heading-medium">
        {props.title}
      </h2>
      <p className="kern-body kern-body--small">{props.explain}</p>
      {props.children}
      <CsvButton table={props.id} tableName={props.title} period={props.period} />
    </section>
  );
}

function Overview(props: { report: Report; period: Period }) {
  const t = useReportT();
  const [language] = useLanguage();
  const o = props.report.overview;
  const rows: [string, string][] = [
    [t("report.activeVolunteers"), formatNumber(o.activeVolunteers, language)],
    [t("report.activeEngagements"), formatNumber(o.activeEngagements, language)],
    [t("report.applications"), formatNumber(o.applications, language)],
    [t("report.converted"), formatNumber(o.converted, language)],
    [
      t("report.conversion"),
      o.conversion === null ? t("report.noShare") : percentOf(o.conversion, language),
    ],
    [t("report.approvedHours"), hoursOf(o.approvedMinutes, language)],
  ];
  return (
    <Section
      id="overview"
      title={t("report.overview")}
      explain={t("report.overview.explain")}
      period={props.period}
    >
      <Table caption={t("report.overview.caption")} isCaptionHidden>
        <TableHead>
          <HeaderCell>{t("report.figure")}</HeaderCell>
          <HeaderCell isNumeric>{t("report.value")}</HeaderCell>
        </TableHead>
        <TableBody>
          {rows.map(([label, value]) => (
            <Row key={label}>
              <RowHeader>{label}</RowHeader>
              <Cell isNumeric>{value}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

/** A bar chart of volunteers per group, or a note when the period has none. */
function VolunteersChart(props: {
  title: string;
  description: string;
  categoryHeader: string;
  tableLabel: string;
  groups: { label: string; volunteers: number }[];
}) {
  const t = useReportT();
  const [language] = useLanguage();
  if (props.groups.length === 0) return <p className="kern-body">{t("report.empty")}</p>;
  return (
    <BarChart
      title={props.title}
      description={props.description}
      categories={props.groups.map((g) => g.label)}
      series={[
        { name: t("report.volunteersSeries"), values: props.groups.map((g) => g.volunteers) },
      ]}
      xAxisLabel={props.categoryHeader}
      yAxisLabel={t("report.volunteersSeries")}
      formatValue={(v) => formatNumber(v, language)}
      tableLabel={props.tableLabel}
      categoryHeader={props.categoryHeader}
      isTableOpen
    />
  );
}

/** Every figure of a report, each as a chart with its table, and a CSV download per table. */
export function ReportSections(props: { report: Report; period: Period }) {
  const t = useReportT();
  const [language] = useLanguage();
  const { report, period } = props;
  const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), language);
  // A chart's own title says whose figures and which days, so it stands alone when copied.
  const titleOf = (figure: string) =>
    t("report.chartTitle", {
      figure,
      name: report.name,
      from: day(report.from),
      to: day(report.to),
    });
  return (
    <>
      <Overview report={report} period={period} />
      <Section
        id="hoursPerMonth"
        title={t("report.hours")}
        explain={t("report.hours.explain")}
        period={period}
      >
        <LineChart
          title={titleOf(t("report.hours"))}
          description={t("report.hours.description")}
          categories={report.hoursPerMonth.map((m) => monthOf(m.month, language))}
          series={[
            {
              name: t("report.hoursSeries"),
              values: report.hoursPerMonth.map((m) => Math.round(m.minutes / 6) / 10),
            },
          ]}
          xAxisLabel={t("report.month")}
          yAxisLabel={t("report.hoursSeries")}
          formatValue={(v) => formatNumber(v, language)}
          tableLabel={t("report.hours.table")}
          categoryHeader={t("report.month")}
          isTableOpen
        />
      </Section>
      <Section
        id="ageGroups"
        title={t("report.ages")}
        explain={t("report.ages.explain")}
        period={period}
      >
        <VolunteersChart
          title={titleOf(t("report.ages"))}
          description={t("report.ages.description")}
          categoryHeader={t("report.ageGroup")}
          tableLabel={t("report.ages.table")}
          groups={report.ageGroups.map((g) => ({
            label: t(`report.age.${g.key}`),
            volunteers: g.volunteers,
          }))}
        />
      </Section>
      <Section
        id="categories"
        title={t("report.categories")}
        explain={t("report.categories.explain")}
        period={period}
      >
        <VolunteersChart
          title={titleOf(t("report.categories"))}
          description={t("report.categories.description")}
          categoryHeader={t("report.category")}
          tableLabel={t("report.categories.table")}
          groups={report.categories.map((c) => ({
            label: c.label[language],
            volunteers: c.volunteers,
          }))}
        />
      </Section>
      <Section
        id="districts"
        title={t("report.districts")}
        explain={t("report.districts.explain")}
        period={period}
      >
        <VolunteersChart
          title={titleOf(t("report.districts"))}
          description={t("report.districts.description")}
          categoryHeader={t("report.district")}
          tableLabel={t("report.districts.table")}
          groups={report.districts.map((d) => ({
            label: d.name ?? t("report.noDistrict"),
            volunteers: d.volunteers,
          }))}
        />
      </Section>
      <Section
        id="retention"
        title={t("report.retention")}
        explain={t("report.retention.explain")}
        period={period}
      >
        <BarChart
          title={titleOf(t("report.retention"))}
          description={t("report.retention.description")}
          categories={report.retention.map((r) => t("report.months", { count: r.months }))}
          series={[
            {
              name: t("report.retainedSeries"),
              values: report.retention.map((r) =>
                r.share === null ? null : Math.round(r.share * 1000) / 10,
              ),
            },
          ]}
          xAxisLabel={t("report.afterMonths")}
          yAxisLabel={t("report.retainedSeries")}
          yMax={100}
          formatValue={(v) => formatNumber(v, language)}
          tableLabel={t("report.retention.table")}
          categoryHeader={t("report.afterMonths")}
          isTableOpen
        />
        <ul className="kern-list">
          {report.retention.map((r) => (
            <li key={r.months} className="kern-body">
              {t("report.retention.counts", {
                months: r.months,
                retained: formatNumber(r.retained, language),
                cohort: formatNumber(r.cohort, language),
              })}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
