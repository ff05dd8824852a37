import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import { auditLog, persons, users } from "../schema/index.ts";
import { keysetPage, readTimestampCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

export type AuditLogQuery = {
  personId?: string | null;
  actorUserId?: string | null;
  action?: string | null;
  /** Days in Europe/Berlin (YYYY-MM-DD), both included. */
  from?: string | null;
  to?: string | null;
};

const actor = alias(users, "actor");
const account = alias(users, "account");

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  action: auditLog.action,
  subjectType: auditLog.subjectType,
  subjectId: auditLog.subjectId,
  personId: auditLog.personId,
  actorUserId: auditLog.actorUserId,
  actorName: actor.displayName,
  personFirstName: persons.firstName,
  personLastName: persons.lastName,
  isPersonErased: sql<boolean>`${persons.erasedAt} is not null`,
  accountName: account.displayName,
  cursorAt: sql<string>`${auditLog.at}::text`,
};

function whereOf(scope: CityScope, filter: AuditLogQuery) {
  return and(
    eq(auditLog.cityId, scope.cityId),
    filter.personId ? eq(auditLog.personId, filter.personId) : undefined,
    filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    // Whole days in the city's time zone, whatever the server's.
    filter.from
      ? sql`${auditLog.at} >= (${filter.from}::date::timestamp at time zone 'Europe/Berlin')`
      : undefined,
    filter.to
      ? sql`${auditLog.at} < ((${filter.to}::date + 1)::timestamp at time zone 'Europe/Berlin')`
      : undefined,
  );
}

/**
 * Entries of the log, newest first, with the names of who acted, the person concerned and (for
 * account changes) the account. Keyset on (at, id) descending, so the indexes on (city, at) and
 * (city, person, at) serve every page.
 */
export async function listAuditLog(
  db: Executor,
  scope: CityScope,
  filter: AuditLogQuery & { limit: number; cursor?: string | null },
) {
  const after = readTimestampCursor(filter.cursor);
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(actor, and(eq(actor.cityId, auditLog.cityId), eq(actor.id, auditLog.actorUserId)))
    .leftJoin(persons, and(eq(persons.cityId, auditLog.cityId), eq(persons.id, auditLog.personId)))
    .leftJoin(
      account,
      and(
        eq(account.cityId, auditLog.cityId),
        eq(auditLog.subjectType, "user"),
        eq(account.id, auditLog.subjectId),
      ),
    )
    .where(
      and(
        whereOf(scope, filter),
        after
          ? sql`(${auditLog.at}, ${auditLog.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.limit + 1);
  const page = keysetPage(rows, filter.limit, (last) => [last.cursorAt, last.id]);
  return {
    items: page.items.map(({ cursorAt: _c, personFirstName, personLastName, ...row }) => ({
      ...row,
      personName:
        personFirstName !== null && !row.isPersonErased
          ? `${personFirstName} ${personLastName}`
          : null,
    })),
    nextCursor: page.nextCursor,
  };
}

export type AuditLogItem = Awaited<ReturnType<typeof listAuditLog>>["items"][number];

/** Every entry that fits the filter, up to `max`, newest first (for the CSV download). */
export async function auditLogForExport(
  db: Executor,
  scope: CityScope,
  filter: AuditLogQuery,
  max: number,
): Promise<{ items: AuditLogItem[]; isTruncated: boolean }> {
  const items: AuditLogItem[] = [];
  let cursor: string | null = null;
  do {
    const page = await listAuditLog(db, scope, {
      ...filter,
      cursor,
      limit: Math.min(1000, max - items.length),
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return { items, isTruncated: cursor !== null };
}
