import { alias } from "drizzle-orm/pg-core";
import { and, count, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { organisations, staffInvitations, users } from "../schema/index.ts";
import { keysetPage, readTimestampCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";
import type { AccountRoleValue } from "./staff-admin.ts";

const inviter = alias(users, "inviter");

const invitationColumns = {
  id: staffInvitations.id,
  email: staffInvitations.email,
  displayName: staffInvitations.displayName,
  role: staffInvitations.role,
  organisationId: staffInvitations.organisationId,
  organisationName: organisations.name,
  invitedByName: inviter.displayName,
  expiresAt: staffInvitations.expiresAt,
  acceptedAt: staffInvitations.acceptedAt,
  revokedAt: staffInvitations.revokedAt,
  createdAt: staffInvitations.createdAt,
};

const organisationOfInvitation = and(
  eq(organisations.cityId, staffInvitations.cityId),
  eq(organisations.id, staffInvitations.organisationId),
);
const inviterOfInvitation = and(
  eq(inviter.cityId, staffInvitations.cityId),
  eq(inviter.id, staffInvitations.invitedByUserId),
);

const isOpen = and(isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt));

/**
 * The city's invitations, newest first, page by page (keyset on created_at, id): the open ones
 * (neither accepted nor revoked, also when expired), or all.
 */
export async function listInvitations(
  db: Executor,
  scope: CityScope,
  filter: { status: "open" | "all"; limit: number; cursor?: string | null },
) {
  const where = and(
    eq(staffInvitations.cityId, scope.cityId),
    filter.status === "open" ? isOpen : undefined,
  );
  const after = readTimestampCursor(filter.cursor);
  const [rows, totals] = await Promise.all([
    db
      .select({ ...invitationColumns, cursorAt: sql<string>`${staffInvitations.createdAt}::text` })
      .from(staffInvitations)
      .leftJoin(organisations, organisationOfInvitation)
      .innerJoin(inviter, inviterOfInvitation)
      .where(
        and(
          where,
          after
            ? sql`(${staffInvitations.createdAt}, ${staffInvitations.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(staffInvitations.createdAt), desc(staffInvitations.id))
      .limit(filter.limit + 1),
    db.select({ total: count() }).from(staffInvitations).where(where),
  ]);
  const page = keysetPage(rows, filter.limit, (last) => [last.cursorAt, last.id]);
  return {
    items: page.items.map(({ cursorAt: _c, ...item }) => item),
    nextCursor: page.nextCursor,
    total: totals[0]?.total ?? 0,
  };
}

export async function getInvitation(db: Executor, scope: CityScope, invitationId: string) {
  const [row] = await db
    .select(invitationColumns)
    .from(staffInvitations)
    .leftJoin(organisations, organisationOfInvitation)
    .innerJoin(inviter, inviterOfInvitation)
    .where(and(eq(staffInvitations.cityId, scope.cityId), eq(staffInvitations.id, invitationId)))
    .limit(1);
  return row ?? null;
}

/** The invitation behind a link (by the hash of its token), whatever its state. */
export async function findInvitationByToken(db: Executor, scope: CityScope, tokenHash: string) {
  const [row] = await db
    .select(invitationColumns)
    .from(staffInvitations)
    .leftJoin(organisations, organisationOfInvitation)
    .innerJoin(inviter, inviterOfInvitation)
    .where(
      and(eq(staffInvitations.cityId, scope.cityId), eq(staffInvitations.tokenHash, tokenHash)),
    )
    .limit(1);
  return row ?? null;
}

export async function insertInvitation(
  tx: Executor,
  scope: CityScope,
  invitation: {
    email: string;
    displayName: string;
    role: AccountRoleValue;
    organisationId: string | null;
    tokenHash: string;
    invitedByUserId: string;
    expiresAt: Date;
    now: Date;
  },
) {
  const { now, ...fields } = invitation;
  const [row] = await tx
    .insert(staffInvitations)
    .values({ cityId: scope.cityId, ...fields, createdAt: now })
    .returning({ id: staffInvitations.id });
  return row!;
}

/** Revokes the open invitations of an address (a new one replaces them). Returns their ids. */
export async function revokeOpenInvitationsOf(
  tx: Executor,
  scope: CityScope,
  email: string,
  now: Date,
) {
  const rows = await tx
    .update(staffInvitations)
    .set({ revokedAt: now })
    .where(
      and(eq(staffInvitations.cityId, scope.cityId), eq(staffInvitations.email, email), isOpen),
    )
    .returning({ id: staffInvitations.id });
  return rows.map((r) => r.id);
}

/** Revokes one invitation if it is still open; null when it was accepted or revoked before. */
export async function revokeInvitation(
  tx: Executor,
  scope: CityScope,
  invitationId: string,
  now: Date,
) {
  const [row] = await tx
    .update(staffInvitations)
    .set({ revokedAt: now })
    .where(
      and(eq(staffInvitations.cityId, scope.cityId), eq(staffInvitations.id, invitationId), isOpen),
    )
    .returning({ id: staffInvitations.id, email: staffInvitations.email });
  return row ?? null;
}

/**
 * Uses an invitation link: succeeds once, only while it is open and valid. The update is the
 * check, so two submissions of the same link cannot both create an account.
 */
export async function consumeInvitation(
  tx: Executor,
  scope: CityScope,
  tokenHash: string,
  now: Date,
) {
  const [row] = await tx
    .update(staffInvitations)
    .set({ acceptedAt: now })
    .where(
      and(
        eq(staffInvitations.cityId, scope.cityId),
        eq(staffInvitations.tokenHash, tokenHash),
        isOpen,
        gt(staffInvitations.expiresAt, now),
      ),
    )
    .returning({
      id: staffInvitations.id,
      email: staffInvitations.email,
      displayName: staffInvitations.displayName,
      role: staffInvitations.role,
      organisationId: staffInvitations.organisationId,
      invitedByUserId: staffInvitations.invitedByUserId,
    });
  return row ?? null;
}
