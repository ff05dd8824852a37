import { and, asc, count, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { organisations, recoveryCodes, sessions, users } from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

/** The roles an account managed by a city admin can have (everyone but volunteers). */
export const ACCOUNT_ROLE_VALUES = [
  "staff",
  "coordinator",
  "city_admin",
  "network_member",
  "network_admin",
] as const;
export type AccountRoleValue = (typeof ACCOUNT_ROLE_VALUES)[number];

const organisationOfUser = and(
  eq(organisations.cityId, users.cityId),
  eq(organisations.id, users.organisationId),
);

const accountColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  isActive: users.isActive,
  lastSignInAt: users.lastSignInAt,
  hasSecondFactor: sql<boolean>`${users.totpEnabledAt} is not null`,
  deactivatedAt: users.deactivatedAt,
  createdAt: users.createdAt,
};

/** Staff and network accounts, never volunteers' sign-ins. */
const isManagedAccount = inArray(users.role, [...ACCOUNT_ROLE_VALUES]);

/**
 * Serialises account changes within a city: whether an admin is the last one is decided by
 * counting, and two admins deactivating each other at the same moment must not both pass.
 */
export async function lockAccountChanges(tx: Executor, scope: CityScope) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`staff-admin:${scope.cityId}`}))`);
}

export type StaffListFilter = {
  search?: string | null;
  role?: AccountRoleValue | null;
  organisationId?: string | null;
  status?: "active" | "inactive" | null;
  limit: number;
  cursor?: string | null;
};

/** The city's staff and network accounts by name, page by page (keyset on name, id). */
export async function listStaffAccounts(db: Executor, scope: CityScope, filter: StaffListFilter) {
  const term = filter.search?.trim();
  const pattern = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    eq(users.cityId, scope.cityId),
    filter.role ? eq(users.role, filter.role) : isManagedAccount,
    filter.organisationId ? eq(users.organisationId, filter.organisationId) : undefined,
    filter.status ? eq(users.isActive, filter.status === "active") : undefined,
    pattern ? or(ilike(users.displayName, pattern), ilike(users.email, pattern)) : undefined,
  );
  const after = readCursor(filter.cursor, ["text", "uuid"]);
  const [rows, totals] = await Promise.all([
    db
      .select(accountColumns)
      .from(users)
      .leftJoin(organisations, organisationOfUser)
      .where(
        and(
          where,
          after
            ? sql`(${users.displayName}, ${users.id}) > (${after[0]}, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(users.displayName), asc(users.id))
      .limit(filter.limit + 1),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return {
    ...keysetPage(rows, filter.limit, (last) => [last.displayName, last.id]),
    total: totals[0]?.total ?? 0,
  };
}

/** One staff or network account of the city, or null (also for a volunteer's sign-in). */
export async function getStaffAccount(db: Executor, scope: CityScope, userId: string) {
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .leftJoin(organisations, organisationOfUser)
    .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId), isManagedAccount))
    .limit(1);
  return row ?? null;
}

export async function countActiveCityAdmins(db: Executor, scope: CityScope) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(
      and(eq(users.cityId, scope.cityId), eq(users.role, "city_admin"), eq(users.isActive, true)),
    );
  return row?.n ?? 0;
}

/** Deactivates an account and ends every session it has, at once. Returns the sessions ended. */
export async function deactivateAccount(
  tx: Executor,
  scope: CityScope,
  userId: string,
  now: Date,
): Promise<number> {
  await tx
    .update(users)
    .set({ isActive: false, deactivatedAt: now })
    .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId)));
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.cityId, scope.cityId), eq(sessions.userId, userId)))
    .returning({ id: sessions.id });
  return ended.length;
}

export async function reactivateAccount(tx: Executor, scope: CityScope, userId: string) {
  await tx
    .update(users)
    .set({ isActive: true, deactivatedAt: null })
    .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId)));
}

/**
 * A new role and organisation. Sessions end too: the person signs in again with the new rights
 * (and, if the new role needs one, sets up a second factor).
 */
export async function changeAccountRole(
  tx: Executor,
  scope: CityScope,
  userId: string,
  change: { role: AccountRoleValue; organisationId: string | null },
) {
  await tx
    .update(users)
    .set({ role: change.role, organisationId: change.organisationId })
    .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId)));
  await tx
    .delete(sessions)
    .where(and(eq(sessions.cityId, scope.cityId), eq(sessions.userId, userId)));
}

/**
 * Gives an invited person their account: a new one, or a deactivated staff account of the same
 * address brought back with the new role, password and no second factor of before (the person
 * sets one up again). Returns null when the address has an active account meanwhile.
 */
export async function createInvitedAccount(
  tx: Executor,
  scope: CityScope,
  account: {
    email: string;
    displayName: string;
    role: AccountRoleValue;
    organisationId: string | null;
    passwordHash: string;
    now: Date;
  },
): Promise<{ id: string } | null> {
  const fields = {
    displayName: account.displayName,
    role: account.role,
    organisationId: account.organisationId,
    passwordHash: account.passwordHash,
    passwordChangedAt: account.now,
    isActive: true,
    deactivatedAt: null,
    totpSecret: null,
    totpEnabledAt: null,
  };
  const [existing] = await tx
    .select({ id: users.id, isActive: users.isActive, role: users.role })
    .from(users)
    .where(and(eq(users.cityId, scope.cityId), eq(users.email, account.email)))
    .for("update");
  if (existing) {
    if (existing.isActive || existing.role === "volunteer") return null;
    await tx
      .update(users)
      .set(fields)
      .where(and(eq(users.cityId, scope.cityId), eq(users.id, existing.id)));
    await tx
      .delete(recoveryCodes)
      .where(and(eq(recoveryCodes.cityId, scope.cityId), eq(recoveryCodes.userId, existing.id)));
    return { id: existing.id };
  }
  const [created] = await tx
    .insert(users)
    .values({ cityId: scope.cityId, email: account.email, createdAt: account.now, ...fields })
    .returning({ id: users.id });
  return created ?? null;
}

/** Whether an address already belongs to an account that an invitation may not replace. */
export async function accountBlockingInvitation(db: Executor, scope: CityScope, email: string) {
  const [row] = await db
    .select({ id: users.id, isActive: users.isActive, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.cityId, scope.cityId),
        eq(users.email, email),
        or(eq(users.isActive, true), eq(users.role, "volunteer")),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Accounts that acted in the city (for the audit log's staff filter), by name. */
export async function accountsByName(db: Executor, scope: CityScope, limit = 500) {
  return db
    .select({ id: users.id, displayName: users.displayName, isActive: users.isActive })
    .from(users)
    .where(and(eq(users.cityId, scope.cityId), isManagedAccount))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(limit);
}
