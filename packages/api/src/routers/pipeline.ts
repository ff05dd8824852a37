import { listQualificationTypes } from "@engagiert/db/queries/qualifications";
import type { Executor } from "@engagiert/db/client";
import {
  addNote,
  applyEngagementMove,
  engagementHistory,
  engagementOwner,
  getEngagementDetail,
  insertInspection,
  inspectionsOf,
  listNotes,
  listPipeline,
  lockOpportunity,
  pipelineBoard,
  placesTaken,
  qualificationsOf,
  setChecklistItem,
} from "@engagiert/db/queries/engagements";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import {
  availableMoves,
  canActivate,
  canMoveEngagement,
  checklistOf,
  checkNewInspection,
  ChecklistItemInput,
  currentFuehrungszeugnis,
  EngagementRef,
  FuehrungszeugnisInspectionInput,
  fuehrungszeugnisValidity,
  isQualificationValid,
  MoveEngagementInput,
  NoteInput,
  NotesListInput,
  PipelineFilter,
  PipelineListInput,
  type ChecklistItem,
  type EngagementStatus,
} from "@engagiert/domain/engagement";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { engagementMoveMail } from "../mail/engagement-mails.ts";
import { authorize, staffProcedure } from "../trpc.ts";
import { fieldErrors, notFound, organisationFilter, todayIn } from "./akquise-helpers.ts";

/** The board's columns: every status in which the organisation still has something to do. */
const BOARD_STATUSES: EngagementStatus[] = [
  "submitted",
  "in_contact",
  "onboarding",
  "active",
  "paused",
];

const ITEM_NAMES: Record<string, string> = {
  first_conversation: "Erstgespräch",
  agreement: "Engagementvereinbarung",
  data_protection_notice: "Datenschutzhinweis",
  insurance_information: "Versicherungsinformation",
  fuehrungszeugnis: "gültige Einsicht in das erweiterte Führungszeugnis",
  guardian_consent: "Einverständnis der Erziehungsberechtigten",
};

/** A missing item in plain words; a qualification by the name the city gave its type. */
function itemName(item: ChecklistItem, typeNames: ReadonlyMap<string, string>) {
  if (!item.startsWith("qualification:")) return ITEM_NAMES[item] ?? item;
  const slug = item.slice("qualification:".length);
  return `Qualifikation ${typeNames.get(slug) ?? slug}`;
}

const withMoves = <T extends { status: EngagementStatus }>(item: T) => ({
  ...item,
  moves: availableMoves(item.status, "organisation"),
});

/** Loads who hosts an engagement and checks the caller may act for that organisation. */
async function owned(ctx: Context, id: string, action: "engagement.read" | "engagement.move") {
  const owner = await engagementOwner(ctx.db, ctx.scope, id);
  if (!owner) throw notFound("Diese Bewerbung gibt es nicht.");
  authorize(ctx, action, {
    cityId: ctx.city.id,
    organisationId: owner.organisationId,
    personId: owner.personId,
  });
  return owner;
}

/** Everything the checklist shows and `canActivate` decides on. */
async function checklistState(
  db: Executor,
  ctx: Context,
  detail: NonNullable<Awaited<ReturnType<typeof getEngagementDetail>>>,
) {
  const today = todayIn(ctx.now());
  const { engagement, opportunity } = detail;
  const [inspections, qualifications] = await Promise.all([
    inspectionsOf(db, ctx.scope, engagement.personId),
    qualificationsOf(db, ctx.scope, engagement.personId),
  ]);
  const checklist = checklistOf({ ...engagement, inspections, qualifications }, today);
  const requirements = {
    requiresFuehrungszeugnis: opportunity.involvesMinorContact,
    requiredQualifications: opportunity.requiredQualifications,
    isMinor: engagement.isMinor,
  };
  const current = currentFuehrungszeugnis(inspections);
  return {
    checklist,
    requirements,
    activation: canActivate(checklist, requirements),
    items: {
      first_conversation: engagement.firstConversationAt,
      agreement: engagement.agreementAt,
      data_protection_notice: engagement.dataProtectionNoticeAt,
      insurance_information: engagement.insuranceInformationAt,
    },
    fuehrungszeugnis: {
      isRequired: opportunity.involvesMinorContact,
      current,
      validity: current ? fuehrungszeugnisValidity(current, today) : null,
    },
    qualifications: opportunity.requiredQualifications.map((slug) => ({
      slug,
      isValid: qualifications.some((q) => q.typeSlug === slug && isQualificationValid(q, today)),
    })),
    guardianConsent: {
      isRequired: engagement.isMinor,
      givenAt: engagement.guardianConsentAt,
    },
  };
}

export const pipelineRouter = {
  /** Columns per status with their counts and the most recently moved applications. */
  board: staffProcedure.input(PipelineFilter).query(async ({ ctx, input }) => {
    const organisationId = organisationFilter(ctx, input.organisationId);
    authorize(ctx, "engagement.read", { cityId: ctx.city.id, organisationId });
    const columns = await pipelineBoard(
      ctx.db,
      ctx.scope,
      { organisationId, opportunityId: input.opportunityId, search: input.search },
      BOARD_STATUSES,
      20,
    );
    return columns.map((column) => ({ ...column, items: column.items.map(withMoves) }));
  }),

  /** The applications table: filters, sorting, pages. */
  list: staffProcedure.input(PipelineListInput).query(async ({ ctx, input }) => {
    const organisationId = organisationFilter(ctx, input.organisationId);
    authorize(ctx, "engagement.read", { cityId: ctx.city.id, organisationId });
    const page = await listPipeline(
      ctx.db,
      ctx.scope,
      {
        organisationId,
        opportunityId: input.opportunityId,
        status: input.status,
        search: input.search,
      },
      input.sort,
      input,
    );
    return { ...page, items: page.items.map(withMoves) };
  }),

  /** One application: person, opportunity, the moves offered, the checklist and the history. */
  get: staffProcedure.input(EngagementRef).query(async ({ ctx, input }) => {
    await owned(ctx, input.engagementId, "engagement.read");
    const detail = await getEngagementDetail(ctx.db, ctx.scope, input.engagementId);
    if (!detail) throw notFound("Diese Bewerbung gibt es nicht.");
    const { engagement } = detail;
    return {
      id: engagement.id,
      status: engagement.status,
      message: engagement.message,
      isMinor: engagement.isMinor,
      appliedAt: engagement.createdAt,
      startedAt: engagement.startedAt,
      endedAt: engagement.endedAt,
      endReason: engagement.endReason,
      exitConversationWanted: engagement.exitConversationWanted,
      organisationId: engagement.organisationId,
      organisationName: detail.organisationName,
      person: detail.person,
      opportunity: detail.opportunity,
      moves: availableMoves(engagement.status, "organisation"),
      onboarding: await checklistState(ctx.db, ctx, detail),
      history: await engagementHistory(ctx.db, ctx.scope, engagement.id),
    };
  }),

  /**
   * A lifecycle move by the organisation. The opportunity's row is locked first, so activations
   * of the same opportunity run one after the other and its capacity is never exceeded.
   */
  move: staffProcedure.input(MoveEngagementInput).mutation(async ({ ctx, input }) => {
    const owner = await owned(ctx, input.engagementId, "engagement.move");
    return ctx.db.transaction(async (tx) => {
      const opportunity = await lockOpportunity(tx, ctx.scope, owner.opportunityId);
      const detail = await getEngagementDetail(tx, ctx.scope, input.engagementId, { lock: true });
      if (!opportunity || !detail) throw notFound("Diese Bewerbung gibt es nicht.");
      const from = detail.engagement.status;
      const decision = canMoveEngagement({
        from,
        to: input.to,
        by: "organisation",
        endReason: input.endReason,
      });
      if (!decision.ok) {
        if (decision.reason === "end_reason_required") {
          throw fieldErrors([{ path: ["endReason"], message: "Bitte einen Grund wählen." }]);
        }
        throw new TRPCError({
          code: "CONFLICT",
          message:
            decision.reason === "not_for_mover"
              ? "Diesen Schritt kann nur die engagierte Person selbst gehen."
              : "Dieser Schritt ist im jetzigen Stand nicht möglich.",
        });
      }
      if (from === "onboarding" && input.to === "active") {
        const state = await checklistState(tx, ctx, detail);
        if (!state.activation.ok) {
          const typeNames = new Map(
            (await listQualificationTypes(tx, ctx.scope)).map((type) => [type.slug, type.nameDe]),
          );
          const missing = state.activation.missing.map((item) => itemName(item, typeNames));
          throw new TRPCError({
            code: "PRECONDITION_FAILED",
            message: `Noch nicht vollständig. Es fehlt: ${missing.join(", ")}.`,
          });
        }
        if ((await placesTaken(tx, ctx.scope, opportunity.id)) >= opportunity.capacity) {
          throw new TRPCError({
            code: "CONFLICT",
            message: `Alle ${opportunity.capacity} Plätze dieses Angebots sind vergeben.`,
          });
        }
      }
      const now = ctx.now();
      await applyEngagementMove(tx, ctx.scope, detail.engagement.id, {
        from,
        to: input.to,
        actorUserId: ctx.user.userId,
        endReason: input.endReason,
        exitConversationWanted: input.exitConversationWanted,
        now,
      });
      const mail = engagementMoveMail(input.to, {
        toEmail: detail.person.email,
        firstName: detail.person.firstName,
        opportunityTitle: detail.opportunity.title,
        organisationName: detail.organisationName,
        cityName: ctx.city.name,
      });
      if (mail) await enqueueMail(tx, ctx.scope, mail);
      return { status: input.to, moves: availableMoves(input.to, "organisation") };
    });
  }),

  /** Ticks or unticks an item of the onboarding checklist, with the moment it was done. */
  setChecklistItem: staffProcedure.input(ChecklistItemInput).mutation(async ({ ctx, input }) => {
    await owned(ctx, input.engagementId, "engagement.move");
    const now = ctx.now();
    await setChecklistItem(
      ctx.db,
      ctx.scope,
      input.engagementId,
      input.item,
      input.done ? now : null,
      now,
    );
    return { item: input.item, at: input.done ? now : null };
  }),

  /**
   * Records an inspection of an erweitertes Führungszeugnis (§72a SGB VIII): only the dates, the
   * inspector and whether it holds a relevant entry; never the document.
   */
  recordInspection: staffProcedure
    .input(FuehrungszeugnisInspectionInput)
    .mutation(async ({ ctx, input }) => {
      const owner = await owned(ctx, input.engagementId, "engagement.move");
      const detail = await getEngagementDetail(ctx.db, ctx.scope, input.engagementId);
      if (!detail) throw notFound("Diese Bewerbung gibt es nicht.");
      if (!detail.opportunity.involvesMinorContact) {
        throw new TRPCError({
          code: "PRECONDITION_FAILED",
          message:
            "Ein Führungszeugnis wird nur für Tätigkeiten mit Kontakt zu Minderjährigen eingesehen (§72a SGB VIII).",
        });
      }
      const check = checkNewInspection(input, todayIn(ctx.now()));
      if (!check.ok) throw fieldErrors([{ path: [check.field], message: check.message }]);
      const id = await insertInspection(ctx.db, ctx.scope, {
        personId: owner.personId,
        certificateIssuedOn: input.certificateIssuedOn,
        inspectedOn: input.inspectedOn,
        hasRelevantEntry: input.hasRelevantEntry,
        selfDeclarationOn: input.selfDeclarationOn ?? null,
        inspectedByUserId: ctx.user.userId,
      });
      return { id };
    }),

  /** Staff notes on an application, newest first. */
  notes: staffProcedure.input(NotesListInput).query(async ({ ctx, input }) => {
    await owned(ctx, input.engagementId, "engagement.read");
    return listNotes(ctx.db, ctx.scope, input.engagementId, input);
  }),

  addNote: staffProcedure.input(NoteInput).mutation(async ({ ctx, input }) => {
    await owned(ctx, input.engagementId, "engagement.move");
    const id = await addNote(ctx.db, ctx.scope, {
      engagementId: input.engagementId,
      authorUserId: ctx.user.userId,
      body: input.body,
      now: ctx.now(),
    });
    return { id };
  }),
} satisfies TRPCRouterRecord;
