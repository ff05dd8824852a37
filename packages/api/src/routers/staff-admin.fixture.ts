import type { Database } from "@engagiert/db/client";
import { createSession } from "@engagiert/db/queries/accounts";
import { cityScope } from "@engagiert/db/queries/scope";
import { auditLog, outbox } from "@engagiert/db/schema";
import { TRPCError } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { hashToken, newToken } from "../auth/tokens.ts";
import { testClient } from "../testing.ts";

/**
 * A client signed in as a user by a session of its own, as after a complete sign-in (password
 * and, where the role needs one, second factor): these tests are about what comes after.
 */
export async function sessionOf(db: Database, city: { id: string; slug: string }, userId: string) {
  const client = testClient(db, city.slug);
  const token = newToken();
  await createSession(db, cityScope(city.id), {
    tokenHash: hashToken(token),
    userId,
    now: client.state.now,
    expiresAt: new Date(client.state.now.getTime() + 12 * 3_600_000),
  });
  client.state.cookie = token;
  return client;
}

/** The refusal of a call: its code and the stable reason the apps translate. */
export async function refusalOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const cause = (error as TRPCError).cause as { reason?: string; issues?: { path: string[] }[] };
  return {
    code: (error as TRPCError).code,
    reason: cause?.reason ?? null,
    fields: cause?.issues?.map((i) => i.path.join(".")) ?? [],
  };
}

/** The actions written to a city's audit log, oldest first. */
export async function auditActions(db: Database, cityId: string, subjectId?: string) {
  const rows = await db
    .select({ action: auditLog.action, actorUserId: auditLog.actorUserId })
    .from(auditLog)
    .where(
      and(eq(auditLog.cityId, cityId), subjectId ? eq(auditLog.subjectId, subjectId) : undefined),
    )
    .orderBy(auditLog.at, auditLog.id);
  return rows;
}

/** The token in the newest invitation mail to an address, as the person would follow it. */
export async function invitationTokenFor(db: Database, cityId: string, email: string) {
  const [mail] = await db
    .select({ bodyText: outbox.bodyText })
    .from(outbox)
    .where(
      and(
        eq(outbox.cityId, cityId),
        eq(outbox.toEmail, email),
        eq(outbox.kind, "staff_invitation"),
      ),
    )
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(1);
  const link = mail?.bodyText.match(/https?:\/\/\S+\/einladung\/([\w-]{43})/);
  if (!link) throw new Error(`No invitation mail to ${email}.`);
  return { link: link[0], token: link[1]! };
}
