import type { Executor } from "@engagiert/db/client";
import { getQualificationType } from "@engagiert/db/queries/qualifications";
import {
  organisationName,
  registrationCounts,
  sessionsOfTraining,
  setTrainingStatus,
  type TrainingRow,
} from "@engagiert/db/queries/training-admin";
import {
  attendanceOf,
  closingData,
  confirmedAmong,
  confirmedParticipantsPage,
  hasTrainingRecords,
  insertTrainingRecords,
  sessionOfTraining,
  upsertAttendance,
} from "@engagiert/db/queries/training-attendance";
import {
  closingResults,
  CloseTrainingInput,
  RecordAttendanceInput,
  TrainingAttendanceInput,
  type ClosingOutcome,
} from "@engagiert/domain/trainings";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { refuse, staffProcedure } from "../trpc.ts";
import { fieldErrors, notFound, todayIn } from "./akquise-helpers.ts";
import { manageable, organiserName, trainingView } from "./training-admin-access.ts";

// Attendance per session and closing a training: who attended enough and meets the
// qualification's prerequisites gets a qualification record.

/** Attendance is taken, and a training closed, only while it is published. */
function assertPublished(row: TrainingRow) {
  if (row.status === "closed") {
    throw refuse("CONFLICT", "training_closed", "Diese Schulung ist schon abgeschlossen.");
  }
  if (row.status !== "published") {
    throw refuse(
      "CONFLICT",
      "training_not_published",
      row.status === "draft"
        ? "Diese Schulung ist noch nicht veröffentlicht."
        : "Diese Schulung wurde abgesagt.",
    );
  }
}

export type ClosingResultItem = {
  personId: string;
  firstName: string;
  lastName: string;
  attendedUnits: number;
  outcome: ClosingOutcome;
};

/**
 * Judges every confirmed participant with the domain's closing rule, on the day of the last
 * session. Persons named in `justifiedPersonIds` are judged with the type's lower age for
 * justified cases.
 */
async function judge(
  db: Executor,
  ctx: Context,
  row: TrainingRow,
  justifiedPersonIds: readonly string[],
) {
  const sessions = await sessionsOfTraining(db, ctx.scope, row.id);
  const type = row.qualificationTypeSlug
    ? await getQualificationType(db, ctx.scope, row.qualificationTypeSlug)
    : null;
  const data = await closingData(
    db,
    ctx.scope,
    row.id,
    sessions.map((s) => s.id),
  );
  const justified = new Set(justifiedPersonIds);
  const results = closingResults({
    qualification: type ? { typeSlug: type.slug, rules: type.rules } : null,
    requiredUnits: row.requiredUnits,
    sessions: sessions.map((s) => ({ id: s.id, units: s.units, day: todayIn(s.startsAt) })),
    attendance: data.attendance,
    participants: data.participants.map((p) => ({
      personId: p.personId,
      birthDate: p.birthDate,
      birthYear: p.birthYear,
      held: data.held.filter((h) => h.personId === p.personId),
      isJustifiedCase: justified.has(p.personId),
    })),
  });
  const people = new Map(data.participants.map((p) => [p.personId, p]));
  const items: ClosingResultItem[] = results.map((r) => ({
    ...r,
    firstName: people.get(r.personId)!.firstName,
    lastName: people.get(r.personId)!.lastName,
  }));
  return {
    qualification: type ? { slug: type.slug, nameDe: type.nameDe, nameEn: type.nameEn } : null,
    results: items,
    grantedCount: items.filter((i) => i.outcome.status === "granted").length,
  };
}

export const trainingAttendanceProcedures = {
  /**
   * The confirmed participants, page by page, with their attendance at every session
   * (null: not recorded yet).
   */
  attendance: staffProcedure.input(TrainingAttendanceInput).query(async ({ ctx, input }) => {
    const row = await manageable(ctx, input.trainingId);
    const [sessions, page, counts] = await Promise.all([
      sessionsOfTraining(ctx.db, ctx.scope, row.id),
      confirmedParticipantsPage(ctx.db, ctx.scope, row.id, input),
      registrationCounts(ctx.db, ctx.scope, row.id),
    ]);
    const marks = await attendanceOf(
      ctx.db,
      ctx.scope,
      sessions.map((s) => s.id),
      page.items.map((p) => p.personId),
    );
    const now = ctx.now();
    return {
      sessions: sessions.map((s) => ({ ...s, hasStarted: s.startsAt <= now })),
      total: counts.confirmed,
      nextCursor: page.nextCursor,
      items: page.items.map((p) => ({
        personId: p.personId,
        firstName: p.firstName,
        lastName: p.lastName,
        present: Object.fromEntries(
          sessions.map((s) => [
            s.id,
            marks.find((m) => m.sessionId === s.id && m.personId === p.personId)?.isPresent ?? null,
          ]),
        ) as Record<string, boolean | null>,
      })),
    };
  }),

  /**
   * Records attendance at one session for confirmed participants, once the session has begun.
   * Under the training's lock, so closing never misses a tick made at the same moment.
   */
  recordAttendance: staffProcedure.input(RecordAttendanceInput).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const row = await manageable(ctx, input.trainingId, tx, true);
      assertPublished(row);
      const session = await sessionOfTraining(tx, ctx.scope, row.id, input.sessionId);
      if (!session) throw notFound("Diesen Termin gibt es in der Schulung nicht.");
      if (session.startsAt > now) {
        throw refuse(
          "CONFLICT",
          "session_not_started",
          "Die Anwesenheit wird erfasst, sobald der Termin begonnen hat.",
        );
      }
      const confirmed = await confirmedAmong(
        tx,
        ctx.scope,
        row.id,
        input.entries.map((e) => e.personId),
      );
      const strangers = input.entries.flatMap((e, i) =>
        confirmed.has(e.personId)
          ? []
          : [
              {
                path: ["entries", i, "personId"],
                message: "Diese Person hat keinen bestätigten Platz in der Schulung.",
              },
            ],
      );
      if (strangers.length > 0) throw fieldErrors(strangers);
      await upsertAttendance(tx, ctx.scope, session.id, input.entries, ctx.user.userId, now);
      return { recorded: input.entries.length };
    });
  }),

  /** What closing would grant now, without writing anything: for the confirmation. */
  closingPreview: staffProcedure.input(CloseTrainingInput).query(async ({ ctx, input }) => {
    const row = await manageable(ctx, input.trainingId);
    assertPublished(row);
    return judge(ctx.db, ctx, row, input.justifiedPersonIds);
  }),

  /**
   * Closes a training once its last session is over: in one transaction, every confirmed
   * participant is judged and a qualification record is written for each who earned it.
   * Closing twice is refused.
   */
  close: staffProcedure.input(CloseTrainingInput).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const row = await manageable(ctx, input.trainingId, tx, true);
      assertPublished(row);
      const view = await trainingView(ctx, row, tx);
      if (!view.isOver) {
        throw refuse(
          "CONFLICT",
          "training_not_over",
          "Eine Schulung wird abgeschlossen, wenn ihr letzter Termin vorbei ist.",
        );
      }
      // Records of this training mean it was closed before, whatever its status says.
      if (await hasTrainingRecords(tx, ctx.scope, row.id)) {
        throw refuse("CONFLICT", "training_closed", "Diese Schulung ist schon abgeschlossen.");
      }
      const judged = await judge(tx, ctx, row, input.justifiedPersonIds);
      if (judged.qualification) {
        const issuer = organiserName(
          ctx,
          row.organisationId ? await organisationName(tx, ctx.scope, row.organisationId) : null,
        );
        await insertTrainingRecords(
          tx,
          ctx.scope,
          { id: row.id, typeSlug: judged.qualification.slug, issuer },
          judged.results.flatMap((r) =>
            r.outcome.status === "granted"
              ? [
                  {
                    personId: r.personId,
                    validFrom: r.outcome.validFrom,
                    validUntil: r.outcome.validUntil,
                    units: r.attendedUnits,
                  },
                ]
              : [],
          ),
          now,
        );
      }
      const closed = await setTrainingStatus(tx, ctx.scope, row.id, "closed", now);
      return { ...judged, training: await trainingView(ctx, closed, tx) };
    });
  }),
} satisfies TRPCRouterRecord;
