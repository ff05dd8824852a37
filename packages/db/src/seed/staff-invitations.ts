import { createHash } from "node:crypto";
import type { Executor } from "../client.ts";
import { staffInvitations } from "../schema/index.ts";

type UserRow = { id: string; role: string };

const DAY_MS = 86_400_000;

/**
 * Two invitations the demo city's admin sent: one still open, one expired, so the account
 * management shows both. Their links were never mailed; the stored hash is of a text that is no
 * valid token, so no one can accept them.
 */
export async function seedStaffInvitations(
  tx: Executor,
  context: { cityId: string; now: Date },
  input: { userRows: readonly UserRow[]; organisationIds: ReadonlyMap<string, string> },
) {
  const admin = input.userRows.find((u) => u.role === "city_admin");
  if (!admin) return;
  const { cityId, now } = context;
  const hashOf = (email: string) =>
    createHash("sha256").update(`demo invitation ${cityId} ${email}`).digest("hex");
  const at = (days: number) => new Date(now.getTime() + days * DAY_MS);
  await tx.insert(staffInvitations).values([
    {
      cityId,
      email: "jana.roth@team.goeppingen.example",
      displayName: "Jana Roth",
      role: "staff",
      organisationId: input.organisationIds.get("stadtbibliothek") ?? null,
      tokenHash: hashOf("jana.roth@team.goeppingen.example"),
      invitedByUserId: admin.id,
      createdAt: at(-2),
      expiresAt: at(5),
    },
    {
      cityId,
      email: "florian.maier@goeppingen.example",
      displayName: "Florian Maier",
      role: "coordinator",
      organisationId: null,
      tokenHash: hashOf("florian.maier@goeppingen.example"),
      invitedByUserId: admin.id,
      createdAt: at(-10),
      expiresAt: at(-3),
    },
  ]);
}
