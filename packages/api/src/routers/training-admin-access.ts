import type { Executor } from "@engagiert/db/client";
import { organisationExists } from "@engagiert/db/queries/opportunity-admin";
import { getQualificationType } from "@engagiert/db/queries/qualifications";
import {
  getTrainingRow,
  organisationName,
  registrationCounts,
  sessionsOfTraining,
  type TrainingRow,
  type TrainingSessionRow,
} from "@engagiert/db/queries/training-admin";
import {
  isTrainingEditable,
  nextTrainingStatuses,
  type TrainingEditorInput,
  type TrainingStatus,
} from "@engagiert/domain/trainings";
import type { Context } from "../context.ts";
import { authorize, refuse } from "../trpc.ts";
import { fieldErrors, notFound } from "./akquise-helpers.ts";

// What the staff's training procedures share: loading a training the caller may manage, checking
// the editor's input against the city, and the training as the Verwaltung shows it.

export const STATUS_NAMES: Record<TrainingStatus, string> = {
  draft: "Entwurf",
  published: "veröffentlicht",
  cancelled: "abgesagt",
  closed: "abgeschlossen",
};

/** Loads a training the caller may manage; another city's reads as not found. */
export async function manageable(
  ctx: Context,
  trainingId: string,
  db: Executor = ctx.db,
  lock = false,
): Promise<TrainingRow> {
  const row = await getTrainingRow(db, ctx.scope, trainingId, { lock });
  if (!row) throw notFound("Diese Schulung gibt es nicht.");
  authorize(ctx, "training.manage", { cityId: ctx.city.id, organisationId: row.organisationId });
  return row;
}

/** Refuses every change to a training that was cancelled or closed. */
export function assertEditable(row: TrainingRow) {
  if (!isTrainingEditable(row.status)) {
    throw refuse(
      "CONFLICT",
      row.status === "closed" ? "training_closed" : "training_cancelled",
      `Diese Schulung ist ${STATUS_NAMES[row.status]} und kann nicht mehr geändert werden.`,
    );
  }
}

/**
 * Checks what only the city knows: the caller may act for the organisation (staff only for
 * their own; only the coordination office offers city-wide trainings), the organisation exists,
 * and the qualification is one of the city's, with at least the units its rules ask for.
 */
export async function checkEditorInput(
  ctx: Context,
  input: TrainingEditorInput,
  current: { qualificationTypeSlug: string | null } | null = null,
  db: Executor = ctx.db,
) {
  authorize(ctx, "training.manage", { cityId: ctx.city.id, organisationId: input.organisationId });
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (input.organisationId && !(await organisationExists(db, ctx.scope, input.organisationId))) {
    issues.push({ path: ["organisationId"], message: "Diese Organisation gibt es nicht." });
  }
  if (input.qualificationTypeSlug) {
    const type = await getQualificationType(db, ctx.scope, input.qualificationTypeSlug);
    const isUnchanged = current?.qualificationTypeSlug === input.qualificationTypeSlug;
    if (!type) {
      issues.push({
        path: ["qualificationTypeSlug"],
        message: "Diese Qualifikation gibt es nicht.",
      });
    } else if (type.isArchived && !isUnchanged) {
      issues.push({
        path: ["qualificationTypeSlug"],
        message: "Diese Qualifikation wird nicht mehr vergeben.",
      });
    } else if (input.requiredUnits < type.rules.requiredUnits) {
      issues.push({
        path: ["requiredUnits"],
        message: `Für „${type.nameDe}“ sind mindestens ${type.rules.requiredUnits} Unterrichtseinheiten nötig.`,
      });
    }
  }
  if (issues.length > 0) throw fieldErrors(issues);
}

/** The editor's input back from a stored training and its sessions. */
function inputOf(row: TrainingRow, sessions: readonly TrainingSessionRow[]) {
  return {
    organisationId: row.organisationId,
    title: row.title,
    description: row.description,
    audience: row.audience,
    topic: row.topic as TrainingEditorInput["topic"],
    qualificationTypeSlug: row.qualificationTypeSlug,
    requiredUnits: row.requiredUnits,
    trainer: row.trainer,
    place: row.place,
    onlineUrl: row.onlineUrl,
    capacity: row.capacity,
    registrationDeadline: row.registrationDeadline,
    costCents: row.costCents,
    sessions: sessions.map((s) => ({ ...s })),
  };
}

/** A training as the Verwaltung shows it: its fields, sessions, counts and what can be done. */
export async function trainingView(ctx: Context, row: TrainingRow, db: Executor = ctx.db) {
  const [sessions, counts, organisation] = await Promise.all([
    sessionsOfTraining(db, ctx.scope, row.id),
    registrationCounts(db, ctx.scope, row.id),
    row.organisationId ? organisationName(db, ctx.scope, row.organisationId) : null,
  ]);
  const now = ctx.now();
  const lastEnd = sessions.reduce<Date | null>(
    (last, s) => (last === null || s.endsAt > last ? s.endsAt : last),
    null,
  );
  return {
    id: row.id,
    status: row.status,
    /** Null: the coordination office offers it. */
    organisationName: organisation,
    input: inputOf(row, sessions),
    totalUnits: sessions.reduce((sum, s) => sum + s.units, 0),
    counts,
    publishedAt: row.publishedAt,
    closedAt: row.closedAt,
    updatedAt: row.updatedAt,
    nextStatuses: nextTrainingStatuses(row.status),
    isEditable: isTrainingEditable(row.status),
    /** Closing needs the last session to be over. */
    isOver: lastEnd !== null && lastEnd <= now,
    sessions: sessions.map((s) => ({ ...s, hasStarted: s.startsAt <= now })),
  };
}

/** Who offers a training, for an e-mail or a qualification record's issuer. */
export function organiserName(ctx: Context, organisationName: string | null) {
  return organisationName ?? `${ctx.city.config.coordinationOffice.name} ${ctx.city.name}`;
}
