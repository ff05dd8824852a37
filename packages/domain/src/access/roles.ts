import { z } from "zod";

/**
 * The six roles of the platform.
 * - volunteer: a citizen who applies and engages
 * - staff: works for one organisation (a department or a local partner)
 * - coordinator: the city's coordination office, sees the whole city
 * - city_admin: configures the city and manages staff accounts
 * - network_member: a member of the Engaged Cities network (a city's network contact or a partner)
 * - network_admin: runs the network's shared spaces (directory, events)
 */
export const Role = z.enum([
  "volunteer",
  "staff",
  "coordinator",
  "city_admin",
  "network_member",
  "network_admin",
]);
export type Role = z.infer<typeof Role>;

export const STAFF_ROLES = ["staff", "coordinator", "city_admin"] as const satisfies Role[];
export const NETWORK_ROLES = ["network_member", "network_admin"] as const satisfies Role[];

/** Roles that sign in with a password (everyone except volunteers, who use an e-mail link). */
export function signsInWithPassword(role: Role): boolean {
  return role !== "volunteer";
}

/** Who is asking: nobody, or a signed-in user of one city. */
export type Actor =
  | { kind: "anonymous"; cityId: string }
  | {
      kind: "user";
      userId: string;
      cityId: string;
      role: Role;
      /** Set for staff: the one organisation they work for. */
      organisationId: string | null;
      /** Set for volunteers: their person record. */
      personId: string | null;
    };
