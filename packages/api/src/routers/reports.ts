import { getOrganisation } from "@engagiert/db/queries/dashboard";
import type { ReportPeriod } from "@engagiert/db/queries/reports";
import {
  REPORT_CSV_FILE_NAMES,
  ReportCsvInput,
  reportCsv,
  ReportInput,
} from "@engagiert/domain/recognition";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { authorize, staffProcedure } from "../trpc.ts";
import { notFound, organisationFilter } from "./akquise-helpers.ts";
import {
  categoriesOf,
  csvRowsOf,
  districtsOf,
  loadParts,
  overviewOf,
  PARTS_OF_TABLE,
  retentionOf,
} from "./report-tables.ts";

/**
 * Who the report is about, authorised: staff their own organisation, the coordination office
 * the organisation it picked or the whole city.
 */
async function reportScope(
  ctx: Context,
  input: { from: string; to: string; organisationId?: string | null },
) {
  const organisationId = organisationFilter(ctx, input.organisationId);
  const period: ReportPeriod = {
    from: input.from,
    to: input.to,
    organisationId,
    now: ctx.now(),
  };
  if (organisationId === null) {
    authorize(ctx, "city.dashboard", { cityId: ctx.city.id });
    return { kind: "city" as const, name: ctx.city.name, period };
  }
  authorize(ctx, "organisation.dashboard", { cityId: ctx.city.id, organisationId });
  const organisation = await getOrganisation(ctx.db, ctx.scope, organisationId);
  if (!organisation) throw notFound("Diese Organisation gibt es nicht.");
  return { kind: "organisation" as const, name: organisation.name, period };
}

/** Every figure of the report, each computed in the database, with the city's labels. */
async function buildReport(ctx: Context, period: ReportPeriod) {
  const parts = await loadParts(ctx, period, ["figures", "breakdowns", "hours"]);
  const figures = parts.figures!;
  const breakdowns = parts.breakdowns!;
  const months = parts.months!;
  return {
    overview: overviewOf(figures, months),
    hoursPerMonth: months,
    ageGroups: breakdowns.ageGroups,
    categories: categoriesOf(ctx.city.config, breakdowns),
    districts: districtsOf(ctx.city.config, breakdowns),
    retention: retentionOf(figures),
  };
}

export const reportsRouter = {
  /**
   * The reports page: active volunteers, applications and conversion, approved hours per month,
   * volunteers by age group, field and district, and retention, for a period.
   */
  report: staffProcedure.input(ReportInput).query(async ({ ctx, input }) => {
    const scope = await reportScope(ctx, input);
    return {
      scope: scope.kind,
      name: scope.name,
      from: input.from,
      to: input.to,
      ...(await buildReport(ctx, scope.period)),
    };
  }),

  /** One table of the report as CSV, for a spreadsheet. */
  csv: staffProcedure.input(ReportCsvInput).query(async ({ ctx, input }) => {
    const scope = await reportScope(ctx, input);
    const parts = await loadParts(ctx, scope.period, PARTS_OF_TABLE[input.table]);
    const rows = csvRowsOf(input.table, parts, ctx.city.config, input.language);
    const name = REPORT_CSV_FILE_NAMES[input.table][input.language];
    return {
      fileName: `${name}-${input.from}-${input.to}.csv`,
      content: reportCsv(input.table, input.language, rows),
    };
  }),
} satisfies TRPCRouterRecord;
