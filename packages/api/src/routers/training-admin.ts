import { writeAudit } from "@engagiert/db/queries/audit";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { listQualificationTypes } from "@engagiert/db/queries/qualifications";
import {
  insertTraining,
  listRegistrations,
  listTrainingsForAdmin,
  openRegistrantsBatch,
  organisationName,
  sessionReplacementProblems,
  sessionsOfTraining,
  setTrainingStatus,
  updateTraining,
  type TrainingRow,
} from "@engagiert/db/queries/training-admin";
import {
  canMoveTraining,
  TrainingAdminListInput,
  TrainingAdminRef,
  TrainingEditorInput,
  TrainingRegistrationsInput,
  TrainingUpdateInput,
  type TrainingStatus,
} from "@engagiert/domain/trainings";
import type { Executor } from "@engagiert/db/client";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { trainingCancelledByOrganiserMail } from "../mail/training-admin-mails.ts";
import { authorize, refuse, staffProcedure } from "../trpc.ts";
import { fieldErrors, organisationFilter } from "./akquise-helpers.ts";
import {
  assertEditable,
  checkEditorInput,
  manageable,
  organiserName,
  STATUS_NAMES,
  trainingView,
} from "./training-admin-access.ts";
import { trainingAttendanceProcedures } from "./training-attendance.ts";
import { promoteAndNotify } from "./trainings.ts";

/** How many people are written to per read when a training is cancelled. */
const MAIL_BATCH = 200;

function assertMove(row: TrainingRow, to: TrainingStatus) {
  if (!canMoveTraining(row.status, to)) {
    throw refuse(
      "CONFLICT",
      "move_not_allowed",
      `Eine Schulung im Status „${STATUS_NAMES[row.status]}“ kann nicht ${to === "published" ? "veröffentlicht" : "abgesagt"} werden.`,
    );
  }
}

/** Tells everyone who held a place or waited that the training was cancelled. */
async function notifyCancellation(tx: Executor, ctx: Context, row: TrainingRow) {
  const sessions = await sessionsOfTraining(tx, ctx.scope, row.id);
  const organiser = organiserName(
    ctx,
    row.organisationId ? await organisationName(tx, ctx.scope, row.organisationId) : null,
  );
  const calendarPageUrl = new URL("/schulungen", ctx.settings.publicAppUrl).toString();
  let afterId: string | null = null;
  let notified = 0;
  for (;;) {
    const batch = await openRegistrantsBatch(tx, ctx.scope, row.id, afterId, MAIL_BATCH);
    for (const person of batch) {
      await enqueueMail(
        tx,
        ctx.scope,
        trainingCancelledByOrganiserMail({
          to: person.email,
          firstName: person.firstName,
          cityName: ctx.city.name,
          trainingTitle: row.title,
          organiserName: organiser,
          sessions,
          hadPlace: person.status === "confirmed",
          calendarPageUrl,
        }),
      );
    }
    notified += batch.length;
    if (batch.length < MAIL_BATCH) return notified;
    afterId = batch.at(-1)!.id;
  }
}

export const trainingAdminRouter = {
  /** The qualification types a training may lead to, with the units each asks for. */
  qualificationTypes: staffProcedure.query(async ({ ctx }) => {
    authorize(ctx, "training.manage", {
      cityId: ctx.city.id,
      organisationId: ctx.actor.organisationId,
    });
    const types = await listQualificationTypes(ctx.db, ctx.scope);
    return types.map((t) => ({
      slug: t.slug,
      nameDe: t.nameDe,
      nameEn: t.nameEn,
      requiredUnits: t.rules.requiredUnits,
      isArchived: t.isArchived,
    }));
  }),

  /**
   * The trainings the caller manages, latest first: staff their organisation's, the
   * coordination office the whole city's, one organisation's or its own ("city").
   */
  list: staffProcedure.input(TrainingAdminListInput).query(async ({ ctx, input }) => {
    const isOfficeOwn = input.organisationId === "city";
    const organisationId = isOfficeOwn ? null : organisationFilter(ctx, input.organisationId);
    // The office's own trainings have no organisation: staff of an organisation are refused.
    authorize(ctx, "training.manage", { cityId: ctx.city.id, organisationId });
    return listTrainingsForAdmin(
      ctx.db,
      ctx.scope,
      { organisationId: isOfficeOwn ? "city" : organisationId, status: input.status ?? null },
      input,
    );
  }),

  get: staffProcedure
    .input(TrainingAdminRef)
    .query(async ({ ctx, input }) => trainingView(ctx, await manageable(ctx, input.trainingId))),

  /** A new training starts as a draft; it and its sessions are written together or not at all. */
  create: staffProcedure.input(TrainingEditorInput).mutation(async ({ ctx, input }) => {
    await checkEditorInput(ctx, input);
    if (input.sessions.some((s) => s.id)) {
      throw fieldErrors([
        { path: ["sessions"], message: "Ein neuer Termin hat noch keine Kennung." },
      ]);
    }
    return ctx.db.transaction(async (tx) => {
      const row = await insertTraining(tx, ctx.scope, input, ctx.user.userId, ctx.now());
      return trainingView(ctx, row, tx);
    });
  }),

  /**
   * Saves the editor: fields and sessions in one transaction. A raised capacity moves the first
   * who wait up at once, each told by e-mail. Refused once the training is cancelled or closed.
   */
  update: staffProcedure.input(TrainingUpdateInput).mutation(async ({ ctx, input }) => {
    const { trainingId, ...training } = input;
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const row = await manageable(ctx, trainingId, tx, true);
      assertEditable(row);
      await checkEditorInput(ctx, training, row, tx);
      const problems = await sessionReplacementProblems(
        tx,
        ctx.scope,
        trainingId,
        training.sessions,
      );
      const issues = [
        ...problems.unknownIndexes.map((i) => ({
          path: ["sessions", i, "id"],
          message: "Diesen Termin gibt es in der Schulung nicht (mehr).",
        })),
        ...(problems.removedWithAttendance > 0
          ? [
              {
                path: ["sessions"],
                message:
                  "Ein Termin, für den schon Anwesenheit erfasst ist, kann nicht entfernt werden.",
              },
            ]
          : []),
      ];
      if (issues.length > 0) throw fieldErrors(issues);
      const updated = await updateTraining(tx, ctx.scope, trainingId, training, now);
      const promoted =
        updated.status === "published" && updated.capacity > row.capacity
          ? await promoteAndNotify(tx, ctx, trainingId, now)
          : [];
      return { ...(await trainingView(ctx, updated, tx)), promoted: promoted.length };
    });
  }),

  /** Publishes a draft, so volunteers can register; only while registration can still open. */
  publish: staffProcedure.input(TrainingAdminRef).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const row = await manageable(ctx, input.trainingId, tx, true);
      assertMove(row, "published");
      if (row.registrationDeadline <= now) {
        throw refuse(
          "CONFLICT",
          "deadline_passed",
          "Der Anmeldeschluss ist schon vorbei. Bitte verlegen Sie ihn, bevor Sie die Schulung veröffentlichen.",
        );
      }
      return trainingView(
        ctx,
        await setTrainingStatus(tx, ctx.scope, row.id, "published", now),
        tx,
      );
    });
  }),

  /** Cancels a training; everyone with a place or on the waiting list is told by e-mail. */
  cancel: staffProcedure.input(TrainingAdminRef).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const row = await manageable(ctx, input.trainingId, tx, true);
      assertMove(row, "cancelled");
      const cancelled = await setTrainingStatus(tx, ctx.scope, row.id, "cancelled", now);
      const notified = await notifyCancellation(tx, ctx, row);
      return { ...(await trainingView(ctx, cancelled, tx)), notified };
    });
  }),

  /**
   * Places, the waiting list (in the order it moves up) or cancellations, page by page. The list
   * shows names and e-mail addresses, so each read is written to the audit log.
   */
  registrations: staffProcedure.input(TrainingRegistrationsInput).query(async ({ ctx, input }) => {
    const row = await manageable(ctx, input.trainingId);
    const page = await listRegistrations(ctx.db, ctx.scope, row.id, input.status, input);
    await writeAudit(ctx.db, ctx.scope, {
      actorUserId: ctx.user.userId,
      action: "training.registrations.read",
      subjectType: "training",
      subjectId: row.id,
      details: { status: input.status, shown: page.items.length },
    });
    return page;
  }),

  ...trainingAttendanceProcedures,
} satisfies TRPCRouterRecord;
