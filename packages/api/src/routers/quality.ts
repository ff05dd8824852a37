import { getOrganisation } from "@engagiert/db/queries/dashboard";
import {
  addAssessment,
  assessmentHistory,
  assessmentsForTrend,
  createStandard,
  getStandard,
  latestAssessments,
  listStandards,
  lockCatalogueOrder,
  setStandardArchived,
  updateStandard,
  writeCatalogueOrder,
} from "@engagiert/db/queries/quality";
import {
  AssessmentHistoryInput,
  AssessmentInput,
  checkAssessment,
  maturityScore,
  maturityTrend,
  moveInOrder,
  OrganisationRef,
  quartersUpTo,
  StandardArchiveInput,
  StandardInput,
  StandardMoveInput,
  StandardsListInput,
  standardSlug,
  StandardUpdateInput,
  TrendInput,
} from "@engagiert/domain/quality";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { authorize, refuse, staffProcedure } from "../trpc.ts";
import { fieldErrors, notFound, todayIn } from "./akquise-helpers.ts";
import { qualityOverviewRouter } from "./quality-overview.ts";

const manages = (ctx: Context) =>
  authorize(ctx, "quality.catalogue.manage", { cityId: ctx.city.id });

const standardGone = () => notFound("Diesen Standard gibt es nicht.");

/** An organisation's standards, each with its current assessment, and its maturity score. */
async function assessmentOf(ctx: Context, organisationId: string) {
  authorize(ctx, "quality.assess", { cityId: ctx.city.id, organisationId });
  const organisation = await getOrganisation(ctx.db, ctx.scope, organisationId);
  if (!organisation) throw notFound("Diese Organisation gibt es nicht.");
  const [standards, latest] = await Promise.all([
    listStandards(ctx.db, ctx.scope),
    latestAssessments(ctx.db, ctx.scope, [organisation.id]),
  ]);
  const current = new Map(latest.map((a) => [a.standardId, a]));
  return {
    organisation: { id: organisation.id, name: organisation.name },
    score: maturityScore(
      standards.map((s) => s.id),
      new Map(latest.map((a) => [a.standardId, a.level])),
    ),
    standards: standards.map((s) => ({ ...s, current: current.get(s.id) ?? null })),
  };
}

export const qualityRouter = {
  /** The city's catalogue of standards; archived ones only for the coordination office. */
  standards: staffProcedure.input(StandardsListInput).query(async ({ ctx, input }) => {
    if (input.includeArchived) manages(ctx);
    return listStandards(ctx.db, ctx.scope, input);
  }),

  createStandard: staffProcedure.input(StandardInput).mutation(async ({ ctx, input }) => {
    manages(ctx);
    return createStandard(ctx.db, ctx.scope, { ...input, slug: standardSlug(input.title) });
  }),

  updateStandard: staffProcedure.input(StandardUpdateInput).mutation(async ({ ctx, input }) => {
    manages(ctx);
    const { standardId, ...texts } = input;
    const row = await updateStandard(ctx.db, ctx.scope, standardId, texts, ctx.now());
    if (!row) throw standardGone();
    return row;
  }),

  /** Takes a standard out of the catalogue (its assessments stay), or brings it back. */
  archiveStandard: staffProcedure.input(StandardArchiveInput).mutation(async ({ ctx, input }) => {
    manages(ctx);
    const row = await setStandardArchived(
      ctx.db,
      ctx.scope,
      input.standardId,
      input.isArchived,
      ctx.now(),
    );
    if (!row) throw standardGone();
    return row;
  }),

  /** Moves a standard one place up or down in the catalogue. */
  moveStandard: staffProcedure.input(StandardMoveInput).mutation(async ({ ctx, input }) => {
    manages(ctx);
    return ctx.db.transaction(async (tx) => {
      const order = await lockCatalogueOrder(tx, ctx.scope);
      if (!order.includes(input.standardId)) throw standardGone();
      const next = moveInOrder(order, input.standardId, input.direction);
      await writeCatalogueOrder(tx, ctx.scope, next, ctx.now());
      return { order: next };
    });
  }),

  /** The self-assessment of the caller's own organisation (staff). */
  myAssessment: staffProcedure.query(async ({ ctx }) => {
    if (ctx.actor.role !== "staff" || !ctx.actor.organisationId) {
      throw new TRPCError({
        code: "PRECONDITION_FAILED",
        message: "Die Selbsteinschätzung gehört zu einer Organisation; Sie arbeiten für keine.",
      });
    }
    return assessmentOf(ctx, ctx.actor.organisationId);
  }),

  /** The self-assessment of one organisation: staff only their own. */
  organisationAssessment: staffProcedure
    .input(OrganisationRef)
    .query(({ ctx, input }) => assessmentOf(ctx, input.organisationId)),

  /** Every earlier assessment of one standard by one organisation, newest first. */
  history: staffProcedure.input(AssessmentHistoryInput).query(async ({ ctx, input }) => {
    authorize(ctx, "quality.assess", { cityId: ctx.city.id, organisationId: input.organisationId });
    return assessmentHistory(ctx.db, ctx.scope, input, input);
  }),

  /** Records a new self-assessment of one standard; the earlier ones stay as history. */
  assess: staffProcedure.input(AssessmentInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "quality.assess", { cityId: ctx.city.id, organisationId: input.organisationId });
    const check = checkAssessment(input, todayIn(ctx.now()));
    if (!check.ok) throw fieldErrors([{ path: [check.field], message: check.message }]);
    const [organisation, standard] = await Promise.all([
      getOrganisation(ctx.db, ctx.scope, input.organisationId),
      getStandard(ctx.db, ctx.scope, input.standardId),
    ]);
    if (!organisation) throw notFound("Diese Organisation gibt es nicht.");
    if (!standard) throw standardGone();
    if (standard.isArchived) {
      throw refuse(
        "CONFLICT",
        "standard_archived",
        "Dieser Standard ist archiviert und wird nicht mehr eingeschätzt.",
      );
    }
    const row = await addAssessment(ctx.db, ctx.scope, {
      ...input,
      assessedByUserId: ctx.user.userId,
    });
    return { id: row.id };
  }),

  /** An organisation's maturity score per quarter (coordination office). */
  trend: staffProcedure.input(TrendInput).query(async ({ ctx, input }) => {
    authorize(ctx, "quality.overview", { cityId: ctx.city.id });
    const organisation = await getOrganisation(ctx.db, ctx.scope, input.organisationId);
    if (!organisation) throw notFound("Diese Organisation gibt es nicht.");
    const today = todayIn(ctx.now());
    const standards = await listStandards(ctx.db, ctx.scope);
    // The first point is measured at the end of the oldest quarter shown.
    const oldest = quartersUpTo(today, input.quarters)[0]!.endsOn;
    const assessments = await assessmentsForTrend(ctx.db, ctx.scope, organisation.id, {
      from: oldest < today ? oldest : today,
      to: today,
    });
    return {
      organisation: { id: organisation.id, name: organisation.name },
      points: maturityTrend(
        standards.map((s) => s.id),
        assessments,
        today,
        input.quarters,
      ),
    };
  }),

  ...qualityOverviewRouter,
} satisfies TRPCRouterRecord;
