import {
  latestAssessments,
  listStandards,
  matrixOrganisations,
  type QualityStandard,
} from "@engagiert/db/queries/quality";
import { latestFeedbackByOrganisation } from "@engagiert/db/queries/survey-results";
import {
  FEEDBACK_STANDARD_SLUG,
  MatrixInput,
  maturityScore,
  qualityMatrixCsv,
} from "@engagiert/domain/quality";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { authorize, staffProcedure } from "../trpc.ts";
import { todayIn } from "./akquise-helpers.ts";

const CSV_CHUNK = 100;

/** One page of the matrix: per organisation its current level per standard and its score. */
async function matrixPage(
  ctx: Context,
  standards: readonly QualityStandard[],
  page: { limit: number; cursor?: string | null },
) {
  const organisations = await matrixOrganisations(ctx.db, ctx.scope, page);
  const latest = await latestAssessments(
    ctx.db,
    ctx.scope,
    organisations.items.map((o) => o.id),
  );
  const ids = standards.map((s) => s.id);
  const rows = organisations.items.map((organisation) => {
    const mine = latest.filter((a) => a.organisationId === organisation.id);
    const levels = new Map(mine.map((a) => [a.standardId, a.level]));
    const dates = new Map(mine.map((a) => [a.standardId, a.assessedOn]));
    return {
      organisation,
      score: maturityScore(ids, levels),
      levels,
      cells: ids.map((id) =>
        levels.has(id) ? { level: levels.get(id)!, assessedOn: dates.get(id)! } : null,
      ),
    };
  });
  return { rows, nextCursor: organisations.nextCursor, total: organisations.total };
}

/** The coordination office's view of the whole city: matrix, export. */
export const qualityOverviewRouter = {
  /**
   * Organisations × standards with the current levels and each organisation's maturity score.
   * Beside the standard on regular feedback, the volunteers' own feedback (average 1–5 of the
   * latest survey) where a group of at least 5 answered.
   */
  matrix: staffProcedure.input(MatrixInput).query(async ({ ctx, input }) => {
    authorize(ctx, "quality.overview", { cityId: ctx.city.id });
    const standards = await listStandards(ctx.db, ctx.scope);
    const [page, feedback] = await Promise.all([
      matrixPage(ctx, standards, input),
      latestFeedbackByOrganisation(ctx.db, ctx.scope),
    ]);
    return {
      standards: standards.map(({ id, slug, title }) => ({ id, slug, title })),
      feedbackStandardId: standards.find((s) => s.slug === FEEDBACK_STANDARD_SLUG)?.id ?? null,
      rows: page.rows.map(({ organisation, score, cells }) => ({
        organisation,
        score,
        cells,
        feedback: feedback.get(organisation.id) ?? null,
      })),
      nextCursor: page.nextCursor,
      total: page.total,
    };
  }),

  /** The whole matrix as a CSV file for a spreadsheet. */
  matrixCsv: staffProcedure.query(async ({ ctx }) => {
    authorize(ctx, "quality.overview", { cityId: ctx.city.id });
    const standards = await listStandards(ctx.db, ctx.scope);
    const feedback = await latestFeedbackByOrganisation(ctx.db, ctx.scope);
    const rows = [];
    let cursor: string | null = null;
    do {
      const page = await matrixPage(ctx, standards, { limit: CSV_CHUNK, cursor });
      rows.push(
        ...page.rows.map((row) => ({
          organisationName: row.organisation.name,
          score: row.score,
          levels: row.levels,
          feedbackAverage: feedback.get(row.organisation.id)?.average ?? null,
        })),
      );
      cursor = page.nextCursor;
    } while (cursor);
    return {
      filename: `qualitaet-${ctx.city.slug}-${todayIn(ctx.now())}.csv`,
      content: qualityMatrixCsv({ standards, rows, hasFeedback: feedback.size > 0 }),
    };
  }),
} satisfies TRPCRouterRecord;
