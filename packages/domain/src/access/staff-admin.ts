import type { Role } from "./roles.ts";
import { INVITATION_VALID_DAYS, type AccountRole } from "./staff-admin.schema.ts";

export type InvitationStatus = "pending" | "expired" | "revoked" | "accepted";

/** Where an invitation stands: used and revoked links stay so, whatever the date. */
export function invitationStatus(
  invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
  now: Date,
): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

export function invitationExpiresAt(now: Date): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 3_600_000);
}

/** The facts about an account a change is checked against. */
export type ManagedAccount = {
  id: string;
  role: Role;
  isActive: boolean;
};

export type AccountChangeRefusal =
  "self" | "last_city_admin" | "already_inactive" | "already_active";

export type AccountChangeDecision = { ok: true } | { ok: false; reason: AccountChangeRefusal };

const OK: AccountChangeDecision = { ok: true };
const refused = (reason: AccountChangeRefusal): AccountChangeDecision => ({ ok: false, reason });

/**
 * Whether a city admin may deactivate an account. Never their own (they would lock themselves
 * out mid-task), and never the last active city admin, or nobody could manage accounts anymore.
 */
export function canDeactivate(
  actorUserId: string,
  account: ManagedAccount,
  activeCityAdmins: number,
): AccountChangeDecision {
  if (account.id === actorUserId) return refused("self");
  if (!account.isActive) return refused("already_inactive");
  if (account.role === "city_admin" && activeCityAdmins <= 1) return refused("last_city_admin");
  return OK;
}

export function canReactivate(account: ManagedAccount): AccountChangeDecision {
  return account.isActive ? refused("already_active") : OK;
}

/**
 * Whether a city admin may give an account another role or organisation. Their own role is
 * changed by another admin, and the last active city admin keeps that role.
 */
export function canChangeRole(
  actorUserId: string,
  account: ManagedAccount,
  newRole: AccountRole,
  activeCityAdmins: number,
): AccountChangeDecision {
  if (account.id === actorUserId && newRole !== account.role) return refused("self");
  const removesAdmin = account.role === "city_admin" && newRole !== "city_admin";
  if (removesAdmin && account.isActive && activeCityAdmins <= 1) {
    return refused("last_city_admin");
  }
  return OK;
}

/** The sentence for a refused account change, for the API's answer. */
export const ACCOUNT_CHANGE_MESSAGES: Record<AccountChangeRefusal, string> = {
  self: "Ihren eigenen Zugang kann nur eine andere Administratorin oder ein anderer Administrator ändern.",
  last_city_admin:
    "Das ist der letzte aktive Zugang als Administration der Stadt. Bitte zuerst einen weiteren Zugang mit dieser Rolle einrichten.",
  already_inactive: "Dieser Zugang ist schon deaktiviert.",
  already_active: "Dieser Zugang ist schon aktiv.",
};
