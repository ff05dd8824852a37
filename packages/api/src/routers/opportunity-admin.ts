import {
  getOpportunityRow,
  inputOfRow,
  insertOpportunity,
  listOpportunitiesForAdmin,
  organisationExists,
  setOpportunityStatus,
  updateOpportunity,
  type OpportunityRow,
} from "@engagiert/db/queries/opportunity-admin";
import {
  canMoveOpportunity,
  checkOpportunityAgainstCity,
  nextOpportunityStatuses,
  OpportunityAdminListInput,
  OpportunityInput,
  OpportunityRef,
  OpportunityStatusInput,
  OpportunityUpdateInput,
} from "@engagiert/domain/opportunities";
import type { Executor } from "@engagiert/db/client";
import { listQualificationTypes } from "@engagiert/db/queries/qualifications";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { authorize, staffProcedure } from "../trpc.ts";
import { fieldErrors, notFound, organisationFilter } from "./akquise-helpers.ts";

const STATUS_NAMES = {
  draft: "Entwurf",
  published: "veröffentlicht",
  paused: "pausiert",
  closed: "beendet",
  archived: "archiviert",
} as const;

/** Loads an opportunity the caller may manage; another city's reads as not found. */
async function manageable(ctx: Context, id: string, db: Executor = ctx.db, lock = false) {
  const row = await getOpportunityRow(db, ctx.scope, id, { lock });
  if (!row) throw notFound("Dieses Angebot gibt es nicht.");
  authorize(ctx, "opportunity.manage", { cityId: ctx.city.id, organisationId: row.organisationId });
  return row;
}

/** Checks what only the city knows (organisation, districts, fields, qualification types). */
async function checkInput(ctx: Context, input: OpportunityInput) {
  authorize(ctx, "opportunity.manage", {
    cityId: ctx.city.id,
    organisationId: input.organisationId,
  });
  const issues = checkOpportunityAgainstCity(input, {
    ...ctx.city.config,
    qualificationTypes: await listQualificationTypes(ctx.db, ctx.scope),
  });
  if (!(await organisationExists(ctx.db, ctx.scope, input.organisationId))) {
    issues.push({ path: ["organisationId"], message: "Diese Organisation gibt es nicht." });
  }
  if (issues.length > 0) throw fieldErrors(issues);
}

function view(row: OpportunityRow) {
  return {
    id: row.id,
    status: row.status,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    input: inputOfRow(row),
    nextStatuses: nextOpportunityStatuses(row.status),
  };
}

export const opportunityAdminRouter = {
  /** The city's districts with their centres, to prefill an opportunity's coordinates. */
  districts: staffProcedure.query(({ ctx }) =>
    ctx.city.config.districts.map(({ slug, name, center }) => ({ slug, name, center })),
  ),

  /** The organisation's opportunities (coordination office: the city's, or one organisation's). */
  list: staffProcedure.input(OpportunityAdminListInput).query(async ({ ctx, input }) => {
    const organisationId = organisationFilter(ctx, input.organisationId);
    authorize(ctx, "opportunity.manage", { cityId: ctx.city.id, organisationId });
    return listOpportunitiesForAdmin(
      ctx.db,
      ctx.scope,
      { organisationId, status: input.status ?? null },
      input,
    );
  }),

  get: staffProcedure
    .input(OpportunityRef)
    .query(async ({ ctx, input }) => view(await manageable(ctx, input.id))),

  /** A new opportunity starts as a draft. */
  create: staffProcedure.input(OpportunityInput).mutation(async ({ ctx, input }) => {
    await checkInput(ctx, input);
    // The opportunity and its shifts are written together or not at all.
    return view(await ctx.db.transaction((tx) => insertOpportunity(tx, ctx.scope, input)));
  }),

  update: staffProcedure.input(OpportunityUpdateInput).mutation(async ({ ctx, input }) => {
    const { id, ...opportunity } = input;
    await checkInput(ctx, opportunity);
    return ctx.db.transaction(async (tx) => {
      const row = await manageable(ctx, id, tx, true);
      if (row.status === "archived") {
        throw new TRPCError({
          code: "CONFLICT",
          message: "Ein archiviertes Angebot kann nicht mehr geändert werden.",
        });
      }
      return view((await updateOpportunity(tx, ctx.scope, id, opportunity, ctx.now()))!);
    });
  }),

  /** Publish, pause, resume, close or archive, as the domain's status rule allows. */
  move: staffProcedure.input(OpportunityStatusInput).mutation(async ({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await manageable(ctx, input.id, tx, true);
      const decision = canMoveOpportunity(row.status, input.to);
      if (!decision.ok) {
        const allowed = decision.allowed.map((s) => STATUS_NAMES[s]).join(", ") || "keine";
        throw new TRPCError({
          code: "CONFLICT",
          message: `Von „${STATUS_NAMES[row.status]}“ nach „${STATUS_NAMES[input.to]}“ geht es nicht. Möglich: ${allowed}.`,
        });
      }
      const now = ctx.now();
      const publishedAt = input.to === "published" ? (row.publishedAt ?? now) : row.publishedAt;
      return view((await setOpportunityStatus(tx, ctx.scope, row.id, input.to, publishedAt, now))!);
    }),
  ),

  /** A copy as a new draft, to start the next round of the same opportunity. */
  duplicate: staffProcedure.input(OpportunityRef).mutation(async ({ ctx, input }) => {
    const row = await manageable(ctx, input.id);
    const copy = inputOfRow(row);
    const title = `${copy.title} (Kopie)`.slice(0, 120);
    return view(await insertOpportunity(ctx.db, ctx.scope, { ...copy, title }));
  }),
} satisfies TRPCRouterRecord;
