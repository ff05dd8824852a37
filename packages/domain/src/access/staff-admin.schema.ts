import { z } from "zod";
import { Email, Id, PageInput } from "../shared/primitives.ts";
import type { Role } from "./roles.ts";

/** The roles a city admin gives to an account: every role except volunteer. */
export const ACCOUNT_ROLES = [
  "staff",
  "coordinator",
  "city_admin",
  "network_member",
  "network_admin",
] as const satisfies Role[];
export const AccountRole = z.enum(ACCOUNT_ROLES, { message: "Bitte eine Rolle wählen." });
export type AccountRole = z.infer<typeof AccountRole>;

/** How long an invitation link can be used. */
export const INVITATION_VALID_DAYS = 7;

/**
 * Staff work for exactly one organisation (a department or a local partner); every other role
 * acts for the whole city or the network and belongs to none.
 */
export function organisationProblem(
  role: AccountRole,
  organisationId: string | null | undefined,
): string | null {
  if (role === "staff" && !organisationId) {
    return "Mitarbeitende brauchen eine Organisation.";
  }
  if (role !== "staff" && organisationId) {
    return "Nur Mitarbeitende gehören zu einer Organisation; diese Rolle hat keine.";
  }
  return null;
}

function checkOrganisation(
  value: { role: AccountRole; organisationId?: string | null },
  ctx: z.RefinementCtx,
) {
  const problem = organisationProblem(value.role, value.organisationId);
  if (problem) ctx.addIssue({ code: "custom", path: ["organisationId"], message: problem });
}

const OrganisationField = z.uuid({ message: "Bitte eine gültige Organisation wählen." }).nullish();

const DisplayName = z
  .string()
  .trim()
  .min(2, { message: "Bitte den Namen angeben (mindestens 2 Zeichen)." })
  .max(100, { message: "Der Name ist zu lang (höchstens 100 Zeichen)." });

/** The accounts list: search in name and e-mail, filters, page by page. */
export const StaffListInput = PageInput.extend({
  search: z.string().trim().max(100, { message: "Höchstens 100 Zeichen." }).nullish(),
  role: AccountRole.nullish(),
  organisationId: OrganisationField,
  status: z.enum(["active", "inactive"]).nullish(),
});
export type StaffListInput = z.infer<typeof StaffListInput>;

export const InvitationListInput = PageInput.extend({
  /** Open: neither accepted nor revoked (still valid or expired). */
  status: z.enum(["open", "all"]).default("open"),
});
export type InvitationListInput = z.infer<typeof InvitationListInput>;

/** A city admin invites a person by e-mail to an account with this role. */
export const StaffInvitationInput = z
  .object({
    email: Email,
    displayName: DisplayName,
    role: AccountRole,
    organisationId: OrganisationField,
  })
  .superRefine(checkOrganisation);
export type StaffInvitationInput = z.infer<typeof StaffInvitationInput>;

/** A new role and organisation for an account. */
export const StaffAccountChange = z
  .object({ userId: Id, role: AccountRole, organisationId: OrganisationField })
  .superRefine(checkOrganisation);
export type StaffAccountChange = z.infer<typeof StaffAccountChange>;

export const StaffAccountRef = z.object({ userId: Id });
export type StaffAccountRef = z.infer<typeof StaffAccountRef>;

export const StaffInvitationRef = z.object({ invitationId: Id });
export type StaffInvitationRef = z.infer<typeof StaffInvitationRef>;

/** The secret of an invitation link: 256 random bits, URL-safe. */
export const InvitationToken = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, { message: "Der Einladungslink ist unvollständig." }),
});
export type InvitationToken = z.infer<typeof InvitationToken>;

/** Accepting an invitation: the new password (its rules are checked when it is set). */
export const AcceptInvitationInput = InvitationToken.extend({
  password: z.string().min(1, { message: "Bitte ein Passwort eingeben." }).max(1024, {
    message: "Das Passwort ist zu lang.",
  }),
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;
