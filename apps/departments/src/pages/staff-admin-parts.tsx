import type { RouterOutputs } from "@engagiert/ui/api";
import { errorText, type ReadableError } from "@engagiert/ui/errors";
import { useCallback } from "react";
import { useStaffAdminT, type StaffAdminMessageKey } from "../staff-admin-messages.ts";

export type AccountRole = RouterOutputs["staffAdmin"]["invitations"]["items"][number]["role"];

/** The roles an admin gives, in the order the choice shows them. */
export const ACCOUNT_ROLES: readonly AccountRole[] = [
  "staff",
  "coordinator",
  "city_admin",
  "network_member",
  "network_admin",
];

/** Refusals of the account management the page words itself, in the visitor's language. */
const OWN_REASONS = [
  "account_exists",
  "self",
  "last_city_admin",
  "already_inactive",
  "already_active",
  "invitation_closed",
] as const;

/** The sentence for a failed account call: the area's own words first, then the shared ones. */
export function useStaffErrorText() {
  const t = useStaffAdminT();
  return useCallback(
    (failure: ReadableError) => {
      const own = OWN_REASONS.find((reason) => reason === failure.reason);
      return own ? t(`staffAdmin.error.${own}` as StaffAdminMessageKey) : errorText(failure, t);
    },
    [t],
  );
}

/** The role's name, in the visitor's language. */
export function useRoleName() {
  const t = useStaffAdminT();
  return useCallback(
    (role: string) =>
      ACCOUNT_ROLES.includes(role as AccountRole)
        ? t(`staffAdmin.role.${role as AccountRole}`)
        : role,
    [t],
  );
}
