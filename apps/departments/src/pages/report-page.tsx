import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { DateField } from "@engagiert/ui/date-time-fields";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate, isoDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { RadioGroup } from "@engagiert/ui/radio-group";
import { SelectField } from "@engagiert/ui/select-field";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { periodOf, type Period, type PeriodPreset } from "./report-period.ts";
import { ReportSections } from "./report-sections.tsx";
import { useSeesWholeCity } from "./use-staff.ts";
import { useReportT } from "../report-messages.ts";

type Choice = PeriodPreset | "custom";
const CHOICES: Choice[] = ["this_year", "last_12_months", "custom"];
const CITY_WIDE = "";

/** The custom period's two dates, checked before they are asked for. */
function CustomPeriod(props: { period: Period; onApply: (period: Period) => void }) {
  const t = useReportT();
  const [from, setFrom] = useState(props.period.from);
  const [to, setTo] = useState(props.period.to);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  return (
    <form
      className="engagiert-filters"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const next = {
          from: from ? undefined : t("report.dateMissing"),
          to: !to
            ? t("report.dateMissing")
            : from && to < from
              ? t("report.toBeforeFrom")
              : undefined,
        };
        setErrors(next);
        if (!next.from && !next.to) props.onApply({ from, to });
      }}
    >
      <DateField
        label={t("report.from")}
        value={from}
        onChange={(e) => setFrom(e.target.value)}
        error={errors.from}
      />
      <DateField
        label={t("report.to")}
        value={to}
        onChange={(e) => setTo(e.target.value)}
        error={errors.to}
      />
      <Button type="submit" variant="secondary">
        {t("report.apply")}
      </Button>
    </form>
  );
}

/**
 * The reports: for staff their organisation, for the coordination office the whole city or one
 * organisation; every figure for a period, as a chart with its table and a CSV download.
 */
export function ReportPage() {
  const t = useReportT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const seesWholeCity = useSeesWholeCity();
  const today = isoDate(new Date());
  const [choice, setChoice] = useState<Choice>("last_12_months");
  const [period, setPeriod] = useState<Period>(() => periodOf("last_12_months", today));
  const [organisationId, setOrganisationId] = useState(CITY_WIDE);

  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  const input = { ...period, organisationId: organisationId || null };
  const report = useQuery({
    ...trpc.reports.report.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), language);

  return (
    <Page title={t("report.title")}>
      <div className="engagiert-filters">
        {seesWholeCity && organisations.data ? (
          <SelectField
            label={t("report.scope")}
            value={organisationId}
            onChange={(event) => setOrganisationId(event.target.value)}
            options={[
              { value: CITY_WIDE, label: t("report.wholeCity") },
              ...organisations.data.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ) : null}
        <RadioGroup
          legend={t("report.period")}
          value={choice}
          isHorizontal
          onChange={(value) => {
            const next = value as Choice;
            setChoice(next);
            if (next !== "custom") setPeriod(periodOf(next, today));
          }}
          options={CHOICES.map((c) => ({ value: c, label: t(`report.preset.${c}`) }))}
        />
      </div>
      {choice === "custom" ? <CustomPeriod period={period} onApply={setPeriod} /> : null}
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <div aria-busy={report.isFetching}>
          <p className="kern-heading-small" aria-live="polite">
            {t("report.heading", {
              name: report.data.name,
              from: day(report.data.from),
              to: day(report.data.to),
            })}
          </p>
          <ReportSections report={report.data} period={input} />
        </div>
      )}
    </Page>
  );
}
