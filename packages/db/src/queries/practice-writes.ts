import type { PracticeInput, PracticeStatus } from "@engagiert/domain/network";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { organisations, practices } from "../schema/index.ts";
import type { PracticeRow } from "./practices.ts";
import type { CityScope } from "./scope.ts";

/*
 * Writing practices. A practice belongs to the city that shares it: every write here is scoped
 * by that city, so a member of another city cannot change it, whatever the id they send.
 */

type Content = Omit<PracticeInput, "id">;

function contentOf(input: Content) {
  return {
    title: input.title,
    summary: input.summary,
    problem: input.problem,
    approach: input.approach,
    resourcesPeople: input.resourcesPeople,
    resourcesMoney: input.resourcesMoney,
    resourcesTime: input.resourcesTime,
    results: input.results,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    links: input.links,
    themes: input.themes,
  };
}

/** A new practice of the scope's city, as a draft; the author is kept by id and name. */
export async function insertPracticeDraft(
  db: Executor,
  scope: CityScope,
  author: { userId: string; name: string },
  input: Content,
  now: Date,
): Promise<PracticeRow> {
  const [row] = await db
    .insert(practices)
    .values({
      cityId: scope.cityId,
      authorUserId: author.userId,
      authorName: author.name,
      status: "draft",
      ...contentOf(input),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row!;
}

/** A practice of the scope's city, locked for the transaction when asked. */
export async function getCityPractice(
  db: Executor,
  scope: CityScope,
  id: string,
  options: { lock?: boolean } = {},
): Promise<PracticeRow | null> {
  const query = db
    .select()
    .from(practices)
    .where(and(eq(practices.cityId, scope.cityId), eq(practices.id, id)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** New content for a practice of the scope's city; its status stays as it is. */
export async function updatePracticeContent(
  db: Executor,
  scope: CityScope,
  id: string,
  input: Content,
  now: Date,
): Promise<PracticeRow | null> {
  const [row] = await db
    .update(practices)
    .set({ ...contentOf(input), updatedAt: now })
    .where(and(eq(practices.cityId, scope.cityId), eq(practices.id, id)))
    .returning();
  return row ?? null;
}

/**
 * Publishes a practice or takes it back to a draft. The first publication's date stays, so a
 * practice taken back for a correction does not jump to the top of the library.
 */
export async function setPracticeStatus(
  db: Executor,
  scope: CityScope,
  id: string,
  status: PracticeStatus,
  now: Date,
): Promise<PracticeRow | null> {
  const [row] = await db
    .update(practices)
    .set({
      status,
      updatedAt: now,
      ...(status === "published"
        ? {
            publishedAt: sql`coalesce(${practices.publishedAt}, ${now.toISOString()}::timestamptz)`,
          }
        : {}),
    })
    .where(and(eq(practices.cityId, scope.cityId), eq(practices.id, id)))
    .returning();
  return row ?? null;
}

/** The kind of one of the city's organisations (a department or a local partner), or null. */
export async function organisationKind(
  db: Executor,
  scope: CityScope,
  organisationId: string,
): Promise<"department" | "partner" | null> {
  const [row] = await db
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(and(eq(organisations.cityId, scope.cityId), eq(organisations.id, organisationId)))
    .limit(1);
  return row?.kind ?? null;
}
