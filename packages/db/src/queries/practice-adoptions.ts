import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { practiceAdoptions, practices } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

/*
 * "We adopted this": a mark of the adopting city (city-owned, keyed by practice and city), so
 * every query here takes that city's scope.
 */

/**
 * What adopting or asking needs to know of a practice (its city, status, title and contact),
 * with the row locked against a concurrent change of status while the transaction runs.
 */
export async function lockPracticeForReaction(db: Executor, practiceId: string) {
  const [row] = await db
    .select({
      id: practices.id,
      cityId: practices.cityId,
      status: practices.status,
      title: practices.title,
      authorUserId: practices.authorUserId,
      authorName: practices.authorName,
      contactEmail: practices.contactEmail,
    })
    .from(practices)
    .where(eq(practices.id, practiceId))
    .limit(1)
    .for("share");
  return row ?? null;
}

/**
 * Marks the practice adopted by the scope's city, or — when the city marked it before —
 * updates the note: one mark per city, whoever of its members sets it. The first date stays.
 */
export async function upsertAdoption(
  db: Executor,
  scope: CityScope,
  adoption: { practiceId: string; userId: string; note: string; now: Date },
): Promise<{ isNew: boolean; note: string; adoptedAt: Date }> {
  const [row] = await db
    .insert(practiceAdoptions)
    .values({
      practiceId: adoption.practiceId,
      cityId: scope.cityId,
      userId: adoption.userId,
      note: adoption.note,
      createdAt: adoption.now,
    })
    .onConflictDoUpdate({
      target: [practiceAdoptions.practiceId, practiceAdoptions.cityId],
      set: { note: sql`excluded.note`, userId: sql`excluded.user_id` },
    })
    // xmax is 0 only for a freshly inserted row version.
    .returning({
      isNew: sql<boolean>`(xmax = 0)`,
      note: practiceAdoptions.note,
      adoptedAt: practiceAdoptions.createdAt,
    });
  return row!;
}

/** Takes the scope's city's mark back; false when there was none. */
export async function deleteAdoption(
  db: Executor,
  scope: CityScope,
  practiceId: string,
): Promise<boolean> {
  const removed = await db
    .delete(practiceAdoptions)
    .where(
      and(eq(practiceAdoptions.cityId, scope.cityId), eq(practiceAdoptions.practiceId, practiceId)),
    )
    .returning({ practiceId: practiceAdoptions.practiceId });
  return removed.length > 0;
}

/** The scope's city's mark on a practice, if it set one. */
export async function getAdoption(db: Executor, scope: CityScope, practiceId: string) {
  const [row] = await db
    .select({ note: practiceAdoptions.note, adoptedAt: practiceAdoptions.createdAt })
    .from(practiceAdoptions)
    .where(
      and(eq(practiceAdoptions.cityId, scope.cityId), eq(practiceAdoptions.practiceId, practiceId)),
    )
    .limit(1);
  return row ?? null;
}
