import { getOrganisation } from "@engagiert/db/queries/dashboard";
import { ACCOUNT_CHANGE_MESSAGES, type AccountChangeDecision } from "@engagiert/domain/access";
import type { Context } from "../context.ts";
import { authorize, refuse, signedInProcedure } from "../trpc.ts";
import { fieldErrors } from "./akquise-helpers.ts";

/** City admins only: managing accounts is the policy action `staff.manage`. */
export const staffManagerProcedure = signedInProcedure.use(({ ctx, next }) => {
  authorize(ctx, "staff.manage", { cityId: ctx.city.id });
  return next();
});

/** Refuses an account change the domain rules do not allow, with a reason the app translates. */
export function ensureAllowed(decision: AccountChangeDecision) {
  if (!decision.ok) {
    throw refuse("CONFLICT", decision.reason, ACCOUNT_CHANGE_MESSAGES[decision.reason]);
  }
}

/** The organisation of the city an account is for; another city's is refused on its field. */
export async function organisationOfCity(ctx: Context, organisationId: string | null) {
  if (!organisationId) return null;
  const organisation = await getOrganisation(ctx.db, ctx.scope, organisationId);
  if (!organisation) {
    throw fieldErrors([
      { path: ["organisationId"], message: "Diese Organisation gibt es in der Stadt nicht." },
    ]);
  }
  return organisation;
}
