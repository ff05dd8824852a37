import { createHash } from "node:crypto";
import { erasedEmail } from "@engagiert/domain/privacy";
import { and, eq, inArray, isNull, like, or } from "drizzle-orm";
import type { Executor } from "../client.ts";
import {
  auditLog,
  calendarFeeds,
  consents,
  engagementEvents,
  engagementLinks,
  engagementNotes,
  engagements,
  fuehrungszeugnisInspections,
  hourEntries,
  networkEventRegistrations,
  outbox,
  persons,
  qualificationRecords,
  recognitionInvitations,
  recoveryCodes,
  sessions,
  signInAttempts,
  signInLinks,
  surveyInvitations,
  users,
} from "../schema/index.ts";
import { writeAudit } from "./audit.ts";
import { giveUpShifts, giveUpTrainings } from "./erasure-places.ts";
import type { CityScope } from "./scope.ts";

/** Why a person is erased, as the audit log records it (never who they were). */
export type ErasureReason = "own_request" | "inactivity" | "application_retention";

export type ErasureResult =
  | { erased: false; reason: "not_found" | "already_erased" }
  | {
      erased: true;
      /** Shifts where a confirmed place became free: the caller moves the waiting list up. */
      freedShiftIds: string[];
      /** Trainings where a confirmed place became free. */
      freedTrainingIds: string[];
    };

const SURVEY_TOKEN = /\/umfrage\?token=([\w-]+)/g;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const OPEN_BEFORE_START = ["submitted", "in_contact", "onboarding"] as const;
const RUNNING = ["active", "paused"] as const;

/**
 * Erases a person (DSGVO Art. 17) in one transaction: every personal field is cleared, the
 * account is closed and its sessions and links end, consents are marked withdrawn, Führungszeugnis
 * records, staff notes, links and unsent mail are deleted, and sent mail keeps neither address nor
 * text. What counts for the city's figures stays without a name: the person's row (as "deleted
 * person"), engagements, hours, attendance, qualifications by type, allowance payments. Running
 * applications and engagements end, places in shifts and trainings still to come are given up.
 */
export async function erasePerson(
  db: Executor,
  scope: CityScope,
  personId: string,
  options: { now: Date; actorUserId: string | null; reason: ErasureReason },
): Promise<ErasureResult> {
  const { now } = options;
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: persons.id, email: persons.email, erasedAt: persons.erasedAt })
      .from(persons)
      .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)))
      .for("update");
    if (!person) return { erased: false, reason: "not_found" } as const;
    if (person.erasedAt) return { erased: false, reason: "already_erased" } as const;

    const accounts = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(eq(users.cityId, scope.cityId), eq(users.personId, personId)));
    const userIds = accounts.map((a) => a.id);
    const ownEngagements = await tx
      .select({
        id: engagements.id,
        status: engagements.status,
        guardianEmail: engagements.guardianEmail,
      })
      .from(engagements)
      .where(and(eq(engagements.cityId, scope.cityId), eq(engagements.personId, personId)));
    const engagementIds = ownEngagements.map((e) => e.id);
    const addresses = [
      ...new Set([
        person.email,
        ...accounts.map((a) => a.email),
        ...ownEngagements.flatMap((e) => (e.guardianEmail ? [e.guardianEmail] : [])),
      ]),
    ];

    await clearMail(tx, scope, addresses, personId);
    await clearSignIn(tx, scope, userIds, addresses, now);
    await tx
      .update(consents)
      .set({ withdrawnAt: now })
      .where(
        and(
          eq(consents.cityId, scope.cityId),
          eq(consents.personId, personId),
          isNull(consents.withdrawnAt),
        ),
      );
    await endEngagements(tx, scope, ownEngagements, options.actorUserId, now);
    if (engagementIds.length > 0) {
      const ofEngagements = <T extends typeof engagementNotes | typeof engagementLinks>(t: T) =>
        and(eq(t.cityId, scope.cityId), inArray(t.engagementId, engagementIds));
      await tx.delete(engagementNotes).where(ofEngagements(engagementNotes));
      await tx.delete(engagementLinks).where(ofEngagements(engagementLinks));
      await tx
        .update(engagements)
        .set({ message: null, guardianEmail: null, updatedAt: now })
        .where(and(eq(engagements.cityId, scope.cityId), inArray(engagements.id, engagementIds)));
    }
    // Hours stay for the figures; what the person wrote about them and staff's comments go.
    await tx
      .update(hourEntries)
      .set({ activity: "", returnComment: null, correctionReason: null })
      .where(and(eq(hourEntries.cityId, scope.cityId), eq(hourEntries.personId, personId)));
    await tx
      .update(qualificationRecords)
      .set({ issuer: null, remindedAt: now })
      .where(
        and(
          eq(qualificationRecords.cityId, scope.cityId),
          eq(qualificationRecords.personId, personId),
        ),
      );
    await tx
      .delete(fuehrungszeugnisInspections)
      .where(
        and(
          eq(fuehrungszeugnisInspections.cityId, scope.cityId),
          eq(fuehrungszeugnisInspections.personId, personId),
        ),
      );
    await tx
      .delete(calendarFeeds)
      .where(and(eq(calendarFeeds.cityId, scope.cityId), eq(calendarFeeds.personId, personId)));
    await tx
      .delete(recognitionInvitations)
      .where(
        and(
          eq(recognitionInvitations.cityId, scope.cityId),
          eq(recognitionInvitations.personId, personId),
        ),
      );
    await tx
      .update(auditLog)
      .set({ details: {} })
      .where(and(eq(auditLog.cityId, scope.cityId), eq(auditLog.personId, personId)));
    const freedShiftIds = await giveUpShifts(tx, scope, personId, now);
    const freedTrainingIds = await giveUpTrainings(tx, scope, personId, now);

    await tx
      .update(persons)
      .set({
        firstName: "",
        lastName: "",
        email: erasedEmail(personId),
        phone: null,
        birthDate: null,
        district: null,
        interests: [],
        skills: [],
        availability: [],
        accessibilityNeeds: null,
        recognitionGroups: [],
        erasedAt: now,
        inactivityNoticeAt: null,
        updatedAt: now,
      })
      .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)));
    await writeAudit(tx, scope, {
      actorUserId: options.actorUserId,
      action: "person.erased",
      subjectType: "person",
      subjectId: personId,
      personId,
      details: {
        reason: options.reason,
        engagements: engagementIds.length,
        freedShifts: freedShiftIds.length,
        freedTrainings: freedTrainingIds.length,
      },
    });
    return { erased: true, freedShiftIds, freedTrainingIds } as const;
  });
}

/**
 * Mail: what was not yet delivered is removed; what was delivered (sent, or printed to the log
 * without SMTP) keeps its kind and dates for the outbox's bookkeeping, nothing else. Before the
 * texts go, the answer links of survey invitations in them are made unusable.
 */
async function clearMail(tx: Executor, scope: CityScope, addresses: string[], personId: string) {
  const toThem = and(eq(outbox.cityId, scope.cityId), inArray(outbox.toEmail, addresses));
  const surveyMails = await tx
    .select({ body: outbox.bodyText })
    .from(outbox)
    .where(and(toThem, eq(outbox.kind, "survey_invitation")));
  const tokenHashes = surveyMails.flatMap((m) =>
    [...m.body.matchAll(SURVEY_TOKEN)].map((match) => hashToken(match[1]!)),
  );
  if (tokenHashes.length > 0) {
    await tx
      .update(surveyInvitations)
      .set({ isUsed: true })
      .where(
        and(
          eq(surveyInvitations.cityId, scope.cityId),
          inArray(surveyInvitations.tokenHash, tokenHashes),
        ),
      );
  }
  await tx.delete(outbox).where(and(toThem, isNull(outbox.sentAt), isNull(outbox.loggedAt)));
  await tx
    .update(outbox)
    .set({ toEmail: erasedEmail(personId), subject: "", bodyText: "", lastError: null })
    .where(toThem);
}

/** The account: closed, without address, name or secrets; sessions, links and codes deleted. */
async function clearSignIn(
  tx: Executor,
  scope: CityScope,
  userIds: string[],
  addresses: string[],
  now: Date,
) {
  // Rate-limit records are keyed by address ("link:…", "apply:…").
  await tx
    .delete(signInAttempts)
    .where(
      and(
        eq(signInAttempts.cityId, scope.cityId),
        or(...addresses.map((address) => like(signInAttempts.key, `%:${escapeLike(address)}`))),
      ),
    );
  if (userIds.length === 0) return;
  const ofUsers = <T extends typeof sessions | typeof signInLinks | typeof recoveryCodes>(t: T) =>
    and(eq(t.cityId, scope.cityId), inArray(t.userId, userIds));
  await tx.delete(sessions).where(ofUsers(sessions));
  await tx.delete(signInLinks).where(ofUsers(signInLinks));
  await tx.delete(recoveryCodes).where(ofUsers(recoveryCodes));
  await tx
    .update(networkEventRegistrations)
    .set({ participantName: "", participantEmail: "" })
    .where(
      and(
        eq(networkEventRegistrations.cityId, scope.cityId),
        inArray(networkEventRegistrations.userId, userIds),
      ),
    );
  for (const userId of userIds) {
    await tx
      .update(users)
      .set({
        email: erasedEmail(userId),
        displayName: "",
        isActive: false,
        deactivatedAt: now,
        passwordHash: null,
        totpSecret: null,
        totpEnabledAt: null,
      })
      .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId)));
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Applications that have not started are withdrawn and running engagements end, each with a
 * history row by the platform, so no organisation waits for a person who no longer exists here.
 */
async function endEngagements(
  tx: Executor,
  scope: CityScope,
  rows: { id: string; status: (typeof engagements.$inferSelect)["status"] }[],
  actorUserId: string | null,
  now: Date,
) {
  for (const row of rows) {
    const isOpen = (OPEN_BEFORE_START as readonly string[]).includes(row.status);
    const isRunning = (RUNNING as readonly string[]).includes(row.status);
    if (!isOpen && !isRunning) continue;
    const to = isOpen ? ("withdrawn" as const) : ("ended" as const);
    await tx
      .update(engagements)
      .set({
        status: to,
        statusChangedAt: now,
        updatedAt: now,
        ...(to === "ended" ? { endedAt: now, endReason: "volunteer_decision" } : {}),
      })
      .where(and(eq(engagements.cityId, scope.cityId), eq(engagements.id, row.id)));
    await tx.insert(engagementEvents).values({
      cityId: scope.cityId,
      engagementId: row.id,
      fromStatus: row.status,
      toStatus: to,
      actorKind: "system",
      actorUserId,
      endReason: to === "ended" ? "volunteer_decision" : null,
      at: now,
    });
  }
}
