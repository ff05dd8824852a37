import { describe, expect, it } from "vitest";
import {
  canChangeRole,
  canDeactivate,
  canReactivate,
  invitationExpiresAt,
  invitationStatus,
  type ManagedAccount,
} from "./staff-admin.ts";
import {
  AccountRole,
  organisationProblem,
  StaffAccountChange,
  StaffInvitationInput,
} from "./staff-admin.schema.ts";

const ME = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";
const ORG = "00000000-0000-4000-8000-0000000000aa";

const account = (overrides: Partial<ManagedAccount> = {}): ManagedAccount => ({
  id: OTHER,
  role: "staff",
  isActive: true,
  ...overrides,
});

describe("which role belongs to an organisation", () => {
  it.each([
    ["staff", ORG, null],
    ["staff", null, "Mitarbeitende brauchen eine Organisation."],
    ["coordinator", null, null],
    ["coordinator", ORG, "Nur Mitarbeitende gehören zu einer Organisation; diese Rolle hat keine."],
    ["city_admin", null, null],
    ["city_admin", ORG, "Nur Mitarbeitende gehören zu einer Organisation; diese Rolle hat keine."],
    ["network_member", null, null],
    [
      "network_admin",
      ORG,
      "Nur Mitarbeitende gehören zu einer Organisation; diese Rolle hat keine.",
    ],
  ] as const)("%s with organisation %s → %s", (role, organisationId, problem) => {
    expect(organisationProblem(role, organisationId)).toBe(problem);
  });

  it("puts the problem on the organisation field of an invitation", () => {
    const result = StaffInvitationInput.safeParse({
      email: " Neu@Amt.Example ",
      displayName: "Neue Kollegin",
      role: "staff",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["organisationId", "Mitarbeitende brauchen eine Organisation."],
    ]);
  });

  it("normalises the address of an invitation", () => {
    const parsed = StaffInvitationInput.parse({
      email: " Neu@Amt.Example ",
      displayName: "  Neue Kollegin ",
      role: "coordinator",
      organisationId: null,
    });
    expect(parsed).toMatchObject({ email: "neu@amt.example", displayName: "Neue Kollegin" });
  });

  it("never lets an account become a volunteer", () => {
    expect(AccountRole.safeParse("volunteer").success).toBe(false);
    expect(StaffAccountChange.safeParse({ userId: OTHER, role: "volunteer" }).success).toBe(false);
  });
});

describe("an invitation's status", () => {
  const now = new Date("2026-11-24T09:00:00Z");
  const sent = { expiresAt: invitationExpiresAt(now), acceptedAt: null, revokedAt: null };

  it("is valid for seven days", () => {
    expect(sent.expiresAt.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(invitationStatus(sent, new Date("2026-12-01T08:59:59Z"))).toBe("pending");
    expect(invitationStatus(sent, new Date("2026-12-01T09:00:00Z"))).toBe("expired");
  });

  it("stays accepted or revoked, whatever the date", () => {
    expect(invitationStatus({ ...sent, acceptedAt: now }, new Date("2027-01-01"))).toBe("accepted");
    expect(invitationStatus({ ...sent, revokedAt: now }, now)).toBe("revoked");
  });
});

describe("changes to an account", () => {
  it.each([
    ["another staff account", account(), 1, { ok: true }],
    [
      "one's own account",
      account({ id: ME, role: "city_admin" }),
      2,
      { ok: false, reason: "self" },
    ],
    [
      "an inactive account",
      account({ isActive: false }),
      1,
      { ok: false, reason: "already_inactive" },
    ],
    [
      "the last active city admin",
      account({ role: "city_admin" }),
      1,
      { ok: false, reason: "last_city_admin" },
    ],
    ["one of two city admins", account({ role: "city_admin" }), 2, { ok: true }],
  ] as const)("deactivating %s", (_what, target, admins, decision) => {
    expect(canDeactivate(ME, target, admins)).toEqual(decision);
  });

  it.each([
    ["staff to coordinator", account(), "coordinator", 1, { ok: true }],
    [
      "one's own role",
      account({ id: ME, role: "city_admin" }),
      "coordinator",
      3,
      { ok: false, reason: "self" },
    ],
    [
      "one's own organisation only",
      account({ id: ME, role: "city_admin" }),
      "city_admin",
      1,
      { ok: true },
    ],
    [
      "the last city admin to staff",
      account({ role: "city_admin" }),
      "staff",
      1,
      { ok: false, reason: "last_city_admin" },
    ],
    ["one of two city admins to staff", account({ role: "city_admin" }), "staff", 2, { ok: true }],
    [
      "an inactive city admin to staff",
      account({ role: "city_admin", isActive: false }),
      "staff",
      1,
      { ok: true },
    ],
  ] as const)("changing %s", (_what, target, role, admins, decision) => {
    expect(canChangeRole(ME, target, role, admins)).toEqual(decision);
  });

  it("reactivates only an inactive account", () => {
    expect(canReactivate(account({ isActive: false }))).toEqual({ ok: true });
    expect(canReactivate(account())).toEqual({ ok: false, reason: "already_active" });
  });
});
