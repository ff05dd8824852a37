import {
  applicationRetention,
  daysAfter,
  FUEHRUNGSZEUGNIS_MONTHS_AFTER_END,
  INACTIVITY_NOTICE_DAYS,
  fuehrungszeugnisRetention,
  inactivityCutoffs,
  inactivityStep,
  periodCutoff,
  type RetentionSettings,
  type RetentionKind,
} from "@engagiert/domain/privacy";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Database, Executor } from "../client.ts";
import {
  engagementEvents,
  engagementLinks,
  engagementNotes,
  engagements,
  fuehrungszeugnisInspections,
  outbox,
  persons,
  retentionRuns,
  users,
} from "../schema/index.ts";
import { erasePerson } from "./erasure.ts";
import { enqueueMail, type OutgoingMail } from "./outbox.ts";
import {
  closedApplications,
  deletableInspections,
  deliveredMailWithText,
  engagementsForInspection,
  inactivePersons,
  moment,
} from "./retention-candidates.ts";
import { personsLeftWithNothing } from "./retention-persons.ts";
import type { CityScope } from "./scope.ts";

/**
 * A sign of life (sign-in, application, hours logged): inactivity counts from now on, and a
 * notice before deletion that went out is void.
 */
export async function markPersonActive(db: Executor, scope: CityScope, personId: string, at: Date) {
  await db
    .update(persons)
    .set({ lastActiveAt: at, inactivityNoticeAt: null })
    .where(
      and(eq(persons.cityId, scope.cityId), eq(persons.id, personId), isNull(persons.erasedAt)),
    );
}

/** `markPersonActive` for the person behind an account (staff accounts have none). */
export async function markUserActive(db: Executor, scope: CityScope, userId: string, at: Date) {
  const owner = db
    .select({ personId: users.personId })
    .from(users)
    .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId)));
  await db
    .update(persons)
    .set({ lastActiveAt: at, inactivityNoticeAt: null })
    .where(
      and(eq(persons.cityId, scope.cityId), inArray(persons.id, owner), isNull(persons.erasedAt)),
    );
}

export type RetentionCounts = {
  applications: number;
  applicantsErased: number;
  inactivityNotices: number;
  inactiveErased: number;
  fuehrungszeugnis: number;
  mailBodies: number;
};

/** What a notice before deletion needs to say; the caller writes the mail. */
export type InactivityNotice = { to: string; firstName: string; erasesOn: Date };

export type RetentionOptions = {
  now: Date;
  settings: RetentionSettings;
  /** Counts what would go and changes nothing but the run's own record. */
  dryRun: boolean;
  /** Null when the schedule runs it. */
  triggeredByUserId: string | null;
  noticeMail: (notice: InactivityNotice) => OutgoingMail;
};

const BATCH = 200;

/**
 * One retention run for a city: applications that never became an engagement, inactive accounts
 * (notice first, deletion after), Führungszeugnis records (§72a(5) SGB VIII) and the texts of
 * delivered mail. Every row the database selects is confirmed by the domain rule before anything
 * happens to it. The run is recorded with its counts, a dry run too.
 */
export async function runRetention(
  db: Database,
  scope: CityScope,
  options: RetentionOptions,
): Promise<{ runId: string; counts: RetentionCounts }> {
  const { now, dryRun } = options;
  const started = performance.now();
  const [run] = await db
    .insert(retentionRuns)
    .values({
      cityId: scope.cityId,
      kind: "all",
      dryRun,
      triggeredByUserId: options.triggeredByUserId,
      startedAt: now,
    })
    .returning({ id: retentionRuns.id });
  const counts: RetentionCounts = {
    applications: 0,
    applicantsErased: 0,
    inactivityNotices: 0,
    inactiveErased: 0,
    fuehrungszeugnis: 0,
    mailBodies: 0,
  };
  const erase = (personId: string, reason: "inactivity" | "application_retention") =>
    erasePerson(db, scope, personId, { now, actorUserId: options.triggeredByUserId, reason });

  const touched = new Set<string>();
  const wouldGo: string[] = [];
  for await (const application of dueApplications(db, scope, options)) {
    counts.applications += 1;
    touched.add(application.personId);
    if (dryRun) wouldGo.push(application.id);
    else await deleteApplication(db, scope, application.id);
  }
  for (const personId of await personsLeftWithNothing(db, scope, [...touched], wouldGo)) {
    if (dryRun || (await erase(personId, "application_retention")).erased) {
      counts.applicantsErased += 1;
    }
  }

  for await (const person of inactivityDue(db, scope, options, "notify")) {
    if (dryRun || (await sendNotice(db, scope, person, options))) counts.inactivityNotices += 1;
  }
  for await (const person of inactivityDue(db, scope, options, "erase")) {
    if (dryRun || (await erase(person.id, "inactivity")).erased) counts.inactiveErased += 1;
  }

  for await (const inspection of dueInspections(db, scope, now)) {
    counts.fuehrungszeugnis += 1;
    if (!dryRun) {
      await db
        .delete(fuehrungszeugnisInspections)
        .where(
          and(
            eq(fuehrungszeugnisInspections.cityId, scope.cityId),
            eq(fuehrungszeugnisInspections.id, inspection.id),
          ),
        );
    }
  }

  for await (const mail of mailWithTextDue(db, scope, options)) {
    counts.mailBodies += 1;
    if (!dryRun) {
      await db
        .update(outbox)
        .set({ bodyText: "" })
        .where(and(eq(outbox.cityId, scope.cityId), eq(outbox.id, mail.id)));
    }
  }

  await db
    .update(retentionRuns)
    .set({ counts, finishedAt: new Date(now.getTime() + Math.round(performance.now() - started)) })
    .where(and(eq(retentionRuns.cityId, scope.cityId), eq(retentionRuns.id, run!.id)));
  return { runId: run!.id, counts };
}

/** Applications due for deletion, batch by batch, each confirmed by the domain rule. */
export async function* dueApplications(
  db: Executor,
  scope: CityScope,
  options: Pick<RetentionOptions, "now" | "settings">,
  after: string | null = null,
) {
  const cutoff = periodCutoff(options.now, options.settings.applicationMonths);
  for (let cursor = after; ;) {
    const rows = await closedApplications(db, scope, cutoff, { after: cursor, limit: BATCH });
    for (const row of rows) {
      const rule = applicationRetention(row, options.settings, options.now);
      if (rule.kind === "closed" && rule.isDue)
        yield { ...row, reason: rule.reason, closedAt: rule.closedAt };
    }
    if (rows.length < BATCH) return;
    cursor = rows.at(-1)!.id;
  }
}

/** People for whom the inactivity rule says `action` now. */
export async function* inactivityDue(
  db: Executor,
  scope: CityScope,
  options: Pick<RetentionOptions, "now" | "settings">,
  action: "notify" | "erase",
  after: string | null = null,
) {
  const cutoffs = inactivityCutoffs(options.settings, options.now);
  const activeBefore =
    action === "notify" ? cutoffs.noticeIfActiveBefore : cutoffs.eraseIfActiveBefore;
  for (let cursor = after; ;) {
    const rows = await inactivePersons(db, scope, {
      activeBefore,
      noticed: action === "erase",
      now: options.now,
      after: cursor,
      limit: BATCH,
    });
    for (const row of rows) {
      const step = inactivityStep(row, options.settings, options.now);
      if (step.action === action) {
        yield { ...row, erasesOn: step.action === "notify" ? step.erasesOn : null };
      }
    }
    if (rows.length < BATCH) return;
    cursor = rows.at(-1)!.id;
  }
}

/** Führungszeugnis records due for deletion (§72a(5) SGB VIII), confirmed per person. */
export async function* dueInspections(
  db: Executor,
  scope: CityScope,
  now: Date,
  after: string | null = null,
) {
  const endedBefore = periodCutoff(now, FUEHRUNGSZEUGNIS_MONTHS_AFTER_END);
  for (let cursor = after; ;) {
    const rows = await deletableInspections(db, scope, endedBefore, {
      after: cursor,
      limit: BATCH,
    });
    const people = await engagementsForInspection(db, scope, [
      ...new Set(rows.map((r) => r.personId)),
    ]);
    for (const row of rows) {
      const rule = fuehrungszeugnisRetention(
        people.filter((p) => p.personId === row.personId),
        row.createdAt,
        now,
      );
      if (rule.kind === "deletable" && rule.isDue) {
        yield { ...row, reason: rule.reason, countsFrom: rule.countsFrom };
      }
    }
    if (rows.length < BATCH) return;
    cursor = rows.at(-1)!.id;
  }
}

/** Delivered mail whose text is older than the city's period. */
export async function* mailWithTextDue(
  db: Executor,
  scope: CityScope,
  options: Pick<RetentionOptions, "now" | "settings">,
  after: string | null = null,
) {
  const deliveredBefore = daysAfter(options.now, -options.settings.sentMailDays);
  for (let cursor = after; ;) {
    const rows = await deliveredMailWithText(db, scope, deliveredBefore, {
      after: cursor,
      limit: BATCH,
    });
    yield* rows;
    if (rows.length < BATCH) return;
    cursor = rows.at(-1)!.id;
  }
}

/** Deletes an application that never started, with its history, notes and links. */
async function deleteApplication(db: Database, scope: CityScope, engagementId: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: engagements.id })
      .from(engagements)
      .where(
        and(
          eq(engagements.cityId, scope.cityId),
          eq(engagements.id, engagementId),
          isNull(engagements.startedAt),
        ),
      )
      .for("update");
    if (!row) return;
    for (const table of [engagementEvents, engagementNotes, engagementLinks]) {
      await tx
        .delete(table)
        .where(and(eq(table.cityId, scope.cityId), eq(table.engagementId, engagementId)));
    }
    await tx
      .delete(engagements)
      .where(and(eq(engagements.cityId, scope.cityId), eq(engagements.id, engagementId)));
  });
}

/**
 * Records the notice and queues its mail in one transaction. The update is the check: a notice
 * already standing, or activity in between, leaves nothing to do, so no notice goes out twice.
 */
async function sendNotice(
  db: Database,
  scope: CityScope,
  person: {
    id: string;
    email: string;
    firstName: string;
    lastActivityAt: Date;
    erasesOn: Date | null;
  },
  options: RetentionOptions,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [noticed] = await tx
      .update(persons)
      .set({ inactivityNoticeAt: options.now })
      .where(
        and(
          eq(persons.cityId, scope.cityId),
          eq(persons.id, person.id),
          isNull(persons.erasedAt),
          or(
            isNull(persons.inactivityNoticeAt),
            sql`${persons.inactivityNoticeAt} < ${moment(person.lastActivityAt)}`,
          ),
          sql`coalesce(${persons.lastActiveAt}, ${persons.createdAt}) <= ${moment(person.lastActivityAt)}`,
        ),
      )
      .returning({ id: persons.id });
    if (!noticed) return false;
    await enqueueMail(
      tx,
      scope,
      options.noticeMail({
        to: person.email,
        firstName: person.firstName,
        erasesOn: person.erasesOn ?? daysAfter(options.now, INACTIVITY_NOTICE_DAYS),
      }),
    );
    return true;
  });
}

export type { RetentionKind };
