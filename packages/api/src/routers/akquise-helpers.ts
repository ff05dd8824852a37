import type { Context } from "../context.ts";
import { TRPCError } from "@trpc/server";
import { ZodRealError } from "zod";
import { summaryOf } from "../errors.ts";

/** Today's date in Europe/Berlin, where the city works. */
export function todayIn(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(now);
}

/**
 * A 400 with messages per field, in the same shape as a schema's refusal. The error must be a
 * real `Error` (zod's plain `ZodError` is not), or tRPC replaces it and the fields are lost.
 */
export function fieldErrors(issues: { path: (string | number)[]; message: string }[]): TRPCError {
  const zod = new ZodRealError(
    issues.map((issue) => ({ code: "custom" as const, input: undefined, ...issue })),
  );
  return new TRPCError({ code: "BAD_REQUEST", message: summaryOf(zod), cause: zod });
}

export const notFound = (message = "Nicht gefunden.") =>
  new TRPCError({ code: "NOT_FOUND", message });

/**
 * The organisation a staff list is about: staff always their own (another is refused by the
 * policy), the coordination office the one it picked or, with null, the whole city.
 */
export function organisationFilter(
  ctx: Pick<Context, "actor">,
  requested: string | null | undefined,
): string | null {
  if (ctx.actor.kind === "user" && ctx.actor.role === "staff") {
    return requested ?? ctx.actor.organisationId;
  }
  return requested ?? null;
}
