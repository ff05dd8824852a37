import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { consents, engagementEvents, engagements } from "../schema/index.ts";
import { readTimestampCursor } from "./pagination.ts";
import { encodeCursor, type CityScope } from "./scope.ts";

/** A person's consents, newest first (keyset on given_at, id): one per application or sign-up. */
export async function listOwnConsents(
  db: Executor,
  scope: CityScope,
  personId: string,
  page: { limit: number; cursor?: string | null },
) {
  const after = readTimestampCursor(page.cursor);
  const rows = await db
    .select({
      id: consents.id,
      purpose: consents.purpose,
      version: consents.version,
      givenAt: consents.givenAt,
      withdrawnAt: consents.withdrawnAt,
      cursorAt: sql<string>`${consents.givenAt}::text`,
    })
    .from(consents)
    .where(
      and(
        eq(consents.cityId, scope.cityId),
        eq(consents.personId, personId),
        after
          ? sql`(${consents.givenAt}, ${consents.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(consents.givenAt), desc(consents.id))
    .limit(page.limit + 1);
  const [totals] = await db
    .select({ total: count() })
    .from(consents)
    .where(and(eq(consents.cityId, scope.cityId), eq(consents.personId, personId)));
  const items = rows.slice(0, page.limit).map(({ cursorAt: _c, ...row }) => row);
  const last = rows[page.limit - 1];
  return {
    items,
    total: totals?.total ?? 0,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.cursorAt, last.id]) : null,
  };
}

/**
 * Withdraws a consent of the person (DSGVO Art. 7(3)): the purpose it was given for, so every
 * consent of that purpose that still stands ends now. Returns the purpose, or null if the consent
 * is not the person's or was withdrawn already. Call it inside a transaction.
 */
export async function withdrawOwnConsent(
  tx: Executor,
  scope: CityScope,
  personId: string,
  consentId: string,
  now: Date,
): Promise<string | null> {
  const [consent] = await tx
    .select({ purpose: consents.purpose })
    .from(consents)
    .where(
      and(
        eq(consents.cityId, scope.cityId),
        eq(consents.personId, personId),
        eq(consents.id, consentId),
        isNull(consents.withdrawnAt),
      ),
    )
    .for("update");
  if (!consent) return null;
  await tx
    .update(consents)
    .set({ withdrawnAt: now })
    .where(
      and(
        eq(consents.cityId, scope.cityId),
        eq(consents.personId, personId),
        eq(consents.purpose, consent.purpose),
        isNull(consents.withdrawnAt),
      ),
    );
  return consent.purpose;
}

/**
 * The volunteer withdraws every application that has not started (the lifecycle allows them to),
 * each with its history row. Returns how many.
 */
export async function withdrawOpenApplications(
  tx: Executor,
  scope: CityScope,
  personId: string,
  actorUserId: string,
  now: Date,
): Promise<number> {
  const open = await tx
    .select({ id: engagements.id, status: engagements.status })
    .from(engagements)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.personId, personId),
        inArray(engagements.status, ["submitted", "in_contact", "onboarding"]),
      ),
    )
    .for("update");
  if (open.length === 0) return 0;
  await tx
    .update(engagements)
    .set({ status: "withdrawn", statusChangedAt: now, updatedAt: now })
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        inArray(
          engagements.id,
          open.map((e) => e.id),
        ),
      ),
    );
  await tx.insert(engagementEvents).values(
    open.map((e) => ({
      cityId: scope.cityId,
      engagementId: e.id,
      fromStatus: e.status,
      toStatus: "withdrawn",
      actorKind: "volunteer" as const,
      actorUserId,
      at: now,
    })),
  );
  return open.length;
}
