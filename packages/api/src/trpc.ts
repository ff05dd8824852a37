import { can, type Action, type Resource } from "@engagiert/domain/access";
import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError, ZodRealError } from "zod";
import type { Context } from "./context.ts";
import { fieldErrorsOf, summaryOf } from "./errors.ts";

// Where a schema names no message of its own, zod answers in German, the platform's first language.
z.config(z.locales.de());

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Never send a stack trace to a client, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const problem = error.cause instanceof Problem ? error.cause : null;
    // An unexpected failure is logged on the server; the client learns nothing of its inside.
    const message =
      shape.data.code === "INTERNAL_SERVER_ERROR"
        ? "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut."
        : zod
          ? summaryOf(zod)
          : shape.message;
    return {
      ...shape,
      message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        fieldErrors: zod ? fieldErrorsOf(zod) : null,
        // A stable key the apps translate; the message stays as the German fallback.
        reason:
          problem?.reason ?? (zod ? "invalid_input" : (GENERIC_REASONS[shape.data.code] ?? null)),
        retryAfterSeconds: problem?.retryAfterSeconds ?? null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The cause of an expected refusal: a stable `reason` the apps translate through their
 * catalogue, and for rate limits the seconds until the next try (429 with Retry-After).
 */
export class Problem extends Error {
  constructor(
    readonly reason: string,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** A refusal with a reason: `refuse("UNAUTHORIZED", "wrong_credentials", "E-Mail … stimmen nicht.")`. */
export function refuse(
  code: TRPC_ERROR_CODE_KEY,
  reason: string,
  message: string,
  retryAfterSeconds: number | null = null,
): TRPCError {
  return new TRPCError({ code, message, cause: new Problem(reason, message, retryAfterSeconds) });
}

const GENERIC_REASONS: Partial<Record<string, string>> = {
  UNAUTHORIZED: "not_signed_in",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not_found",
  INTERNAL_SERVER_ERROR: "internal",
  TOO_MANY_REQUESTS: "too_many_attempts",
};

/** Where in an input a text holds the NUL character, which PostgreSQL cannot store. */
function nulCharacterAt(
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (typeof value !== "object" || value === null || value instanceof Date) return null;
  // Deeper than any form goes: the schema refuses it anyway.
  if (path.length > 20) return null;
  for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = key.toString().includes("\u0000")
      ? [...path, key]
      : nulCharacterAt(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * Anyone, signed in or not; still scoped to the request's city. No form has a reason to send
 * the NUL character: it is refused on its field before any procedure runs.
 */
export const publicProcedure = t.procedure.use(async ({ getRawInput, next }) => {
  const path = nulCharacterAt(await getRawInput());
  if (path) {
    const message = "Dieses Feld enthält ein unzulässiges Steuerzeichen.";
    const cause = new ZodRealError([{ code: "custom", path, message, input: undefined }]);
    throw new TRPCError({ code: "BAD_REQUEST", message, cause });
  }
  return next();
});

/** Any signed-in user. */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.actor.kind !== "user" || !ctx.user) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Bitte melden Sie sich an." });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor, user: ctx.user } });
});

const withRoles = (roles: readonly string[], message: string) =>
  signedInProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.actor.role)) throw new TRPCError({ code: "FORBIDDEN", message });
    return next();
  });

/** Volunteers, signed in by e-mail link. */
export const volunteerProcedure = withRoles(["volunteer"], "Nur für Engagierte.");

/** Staff of an organisation, the coordination office and city admins. */
export const staffProcedure = withRoles(
  ["staff", "coordinator", "city_admin"],
  "Nur für Mitarbeitende der Stadt und ihrer Partner.",
);

/** The city's coordination office (and city admins). */
export const coordinatorProcedure = withRoles(
  ["coordinator", "city_admin"],
  "Nur für die Koordinierungsstelle.",
);

/** City admins only. */
export const cityAdminProcedure = withRoles(
  ["city_admin"],
  "Nur für Administratorinnen und Administratoren der Stadt.",
);

/** Members of the Engaged Cities network, including the city's staff. */
export const networkProcedure = withRoles(
  ["staff", "coordinator", "city_admin", "network_member", "network_admin"],
  "Nur für Mitglieder des Netzwerks.",
);

/** Decides with the domain policy and refuses with a reason a person understands. */
export function authorize(ctx: Pick<Context, "actor">, action: Action, resource: Resource): void {
  const decision = can(ctx.actor, action, resource);
  if (decision.allowed) return;
  if (decision.reason === "not_signed_in") {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Bitte melden Sie sich an." });
  }
  if (decision.reason === "other_city") {
    throw new TRPCError({ code: "NOT_FOUND", message: "Nicht gefunden." });
  }
  throw new TRPCError({ code: "FORBIDDEN", message: "Dafür fehlt Ihnen die Berechtigung." });
}
