import { staffInvitations, users } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../auth/tokens.ts";
import { insertCity, insertUser, testClient } from "../testing.ts";
import { auditActions, invitationTokenFor, refusalOf, sessionOf } from "./staff-admin.fixture.ts";

type City = Awaited<ReturnType<typeof insertCity>>;
type User = Awaited<ReturnType<typeof insertUser>>;

const GOOD_PASSWORD = "Fahrrad Wolke Zitrone Leuchtturm";

describe.each(testDatabaseKinds())("staff invitations on %s", (kind) => {
  let database: TestDatabase;
  let a: City;
  let b: City;
  let admin: User;
  let adminB: User;

  const adminCall = async (user: User = admin, city: City = a) =>
    (await sessionOf(database.db, city.city, user.id)).call();
  const visitor = (city = "stadt-a") => testClient(database.db, city);
  const invitationRow = async (token: string) =>
    (
      await database.db
        .select()
        .from(staffInvitations)
        .where(eq(staffInvitations.tokenHash, hashToken(token)))
    )[0];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    a = await insertCity(database.db, "stadt-a");
    b = await insertCity(database.db, "stadt-b");
    admin = await insertUser(database.db, a.city.id, {
      email: "admin@a.example",
      role: "city_admin",
    });
    adminB = await insertUser(database.db, b.city.id, {
      email: "admin@b.example",
      role: "city_admin",
    });
    await insertUser(database.db, a.city.id, {
      email: "aktiv@amt-a.example",
      role: "staff",
      organisationId: a.orgA.id,
    });
    await insertUser(database.db, a.city.id, { email: "vera@a.example", role: "volunteer" });
  });
  afterAll(() => database?.drop());

  it("sends a link to the Verwaltung app and keeps only the token's hash", async () => {
    const api = await adminCall();
    const sent = await api.staffAdmin.invite({
      email: "Neu@Amt-A.example",
      displayName: "Nora Neu",
      role: "staff",
      organisationId: a.orgA.id,
    });
    expect(sent.expiresAt.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    const { link, token } = await invitationTokenFor(database.db, a.city.id, "neu@amt-a.example");
    expect(link).toBe(`http://localhost:5174/einladung/${token}`);
    const row = await invitationRow(token);
    expect(row).toMatchObject({
      email: "neu@amt-a.example",
      role: "staff",
      invitedByUserId: admin.id,
    });
    expect(JSON.stringify(row)).not.toContain(token);

    const open = await api.staffAdmin.invitations({});
    expect(open.items.map((i) => [i.email, i.status, i.organisationName, i.invitedByName])).toEqual(
      [["neu@amt-a.example", "pending", "Amt A", "admin"]],
    );
    // Another city's admin sees none of it, and cannot revoke it.
    const other = await adminCall(adminB, b);
    expect((await other.staffAdmin.invitations({})).items).toEqual([]);
    expect(
      (await refusalOf(other.staffAdmin.revokeInvitation({ invitationId: sent.id }))).code,
    ).toBe("NOT_FOUND");
    expect((await auditActions(database.db, a.city.id, sent.id)).map((e) => e.action)).toEqual([
      "staff.invited",
    ]);
  });

  it("refuses an address that already has an active account or a volunteer's", async () => {
    const api = await adminCall();
    for (const email of ["aktiv@amt-a.example", "vera@a.example"]) {
      const refusal = await refusalOf(
        api.staffAdmin.invite({ email, displayName: "Schon Da", role: "coordinator" }),
      );
      expect(refusal).toMatchObject({ code: "CONFLICT", reason: "account_exists" });
    }
    const missing = await refusalOf(
      api.staffAdmin.invite({ email: "x@a.example", displayName: "X", role: "staff" }),
    );
    expect(missing.fields.sort()).toEqual(["displayName", "organisationId"]);
    const foreign = await refusalOf(
      api.staffAdmin.invite({
        email: "x@a.example",
        displayName: "Xaver",
        role: "staff",
        organisationId: b.orgA.id,
      }),
    );
    expect(foreign.fields).toEqual(["organisationId"]);
    const written = await database.db
      .select()
      .from(staffInvitations)
      .where(eq(staffInvitations.email, "x@a.example"));
    expect(written).toEqual([]);
  });

  it("lets the person choose a password, then sign in with the role given", async () => {
    const { token } = await invitationTokenFor(database.db, a.city.id, "neu@amt-a.example");
    const person = visitor();
    const shown = await (await person.call()).staffAdmin.invitation({ token });
    expect(shown).toMatchObject({
      status: "pending",
      email: "neu@amt-a.example",
      displayName: "Nora Neu",
      role: "staff",
      organisationName: "Amt A",
    });

    const weak = await refusalOf(
      (await person.call()).staffAdmin.acceptInvitation({ token, password: "passwort1234" }),
    );
    expect(weak).toMatchObject({ code: "BAD_REQUEST", fields: ["password"] });
    expect((await invitationRow(token))?.acceptedAt).toBeNull();

    expect(
      await (await person.call()).staffAdmin.acceptInvitation({ token, password: GOOD_PASSWORD }),
    ).toEqual({ email: "neu@amt-a.example" });
    const [account] = await database.db
      .select()
      .from(users)
      .where(and(eq(users.cityId, a.city.id), eq(users.email, "neu@amt-a.example")));
    expect(account).toMatchObject({
      role: "staff",
      organisationId: a.orgA.id,
      displayName: "Nora Neu",
      isActive: true,
    });
    const signedIn = await (
      await person.call()
    ).auth.signIn({
      email: "neu@amt-a.example",
      password: GOOD_PASSWORD,
    });
    expect(signedIn.user?.organisationName).toBe("Amt A");
    expect((await invitationRow(token))?.acceptedAt).not.toBeNull();
    expect((await auditActions(database.db, a.city.id, account!.id)).map((e) => e.action)).toEqual([
      "staff.invitation_accepted",
    ]);

    // The link works once.
    expect((await (await visitor().call()).staffAdmin.invitation({ token })).status).toBe(
      "accepted",
    );
    const reused = await refusalOf(
      (await visitor().call()).staffAdmin.acceptInvitation({ token, password: GOOD_PASSWORD }),
    );
    expect(reused.reason).toBe("invitation_accepted");
  });

  it("revokes the earlier link when the same address is invited again", async () => {
    const api = await adminCall();
    await api.staffAdmin.invite({
      email: "zwei@a.example",
      displayName: "Zoe Zwei",
      role: "coordinator",
    });
    const first = await invitationTokenFor(database.db, a.city.id, "zwei@a.example");
    const again = await api.staffAdmin.invite({
      email: "zwei@a.example",
      displayName: "Zoe Zwei",
      role: "network_member",
    });
    expect(again.replaced).toBe(1);
    const second = await invitationTokenFor(database.db, a.city.id, "zwei@a.example");
    expect(second.token).not.toBe(first.token);
    const person = await visitor().call();
    expect((await person.staffAdmin.invitation({ token: first.token })).status).toBe("revoked");
    const refused = await refusalOf(
      person.staffAdmin.acceptInvitation({ token: first.token, password: GOOD_PASSWORD }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", reason: "invitation_revoked" });
    expect((await person.staffAdmin.invitation({ token: second.token })).status).toBe("pending");
  });

  it("stops a revoked link and says so", async () => {
    const api = await adminCall();
    const { id } = await api.staffAdmin.invite({
      email: "weg@a.example",
      displayName: "Willi Weg",
      role: "coordinator",
    });
    const { token } = await invitationTokenFor(database.db, a.city.id, "weg@a.example");
    await api.staffAdmin.revokeInvitation({ invitationId: id });
    const again = await refusalOf(api.staffAdmin.revokeInvitation({ invitationId: id }));
    expect(again.reason).toBe("invitation_closed");
    const refused = await refusalOf(
      (await visitor().call()).staffAdmin.acceptInvitation({ token, password: GOOD_PASSWORD }),
    );
    expect(refused.reason).toBe("invitation_revoked");
    expect((await auditActions(database.db, a.city.id, id)).map((e) => e.action)).toEqual([
      "staff.invited",
      "staff.invitation_revoked",
    ]);
    const all = await api.staffAdmin.invitations({ status: "all" });
    expect(all.items.find((i) => i.id === id)?.status).toBe("revoked");
    expect((await api.staffAdmin.invitations({})).items.map((i) => i.id)).not.toContain(id);
  });

  it("lets a link expire after seven days", async () => {
    const api = await adminCall();
    await api.staffAdmin.invite({
      email: "spaet@a.example",
      displayName: "Sven Spät",
      role: "staff",
      organisationId: a.orgB.id,
    });
    const { token } = await invitationTokenFor(database.db, a.city.id, "spaet@a.example");
    const person = visitor();
    person.advance(7 * 24 * 60);
    expect((await (await person.call()).staffAdmin.invitation({ token })).status).toBe("expired");
    const refused = await refusalOf(
      (await person.call()).staffAdmin.acceptInvitation({ token, password: GOOD_PASSWORD }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", reason: "invitation_expired" });
    expect(
      await database.db.select().from(users).where(eq(users.email, "spaet@a.example")),
    ).toEqual([]);
  });

  it("knows no link of another city, nor a made-up one", async () => {
    await (
      await adminCall()
    ).staffAdmin.invite({
      email: "fremd@a.example",
      displayName: "Fritz Fremd",
      role: "coordinator",
    });
    const { token } = await invitationTokenFor(database.db, a.city.id, "fremd@a.example");
    const elsewhere = await visitor("stadt-b").call();
    expect(await elsewhere.staffAdmin.invitation({ token })).toEqual({ status: "unknown" });
    const refused = await refusalOf(
      elsewhere.staffAdmin.acceptInvitation({ token, password: GOOD_PASSWORD }),
    );
    expect(refused.reason).toBe("invitation_unknown");
    const malformed = await refusalOf(
      elsewhere.staffAdmin.invitation({ token: "<script>alert(1)</script>" }),
    );
    expect(malformed.code).toBe("BAD_REQUEST");
  });

  it("brings a deactivated account back with the new role", async () => {
    const api = await adminCall();
    const formerly = await insertUser(database.db, a.city.id, {
      email: "zurueck@a.example",
      role: "staff",
      organisationId: a.orgA.id,
    });
    await api.staffAdmin.deactivate({ userId: formerly.id });
    await api.staffAdmin.invite({
      email: "zurueck@a.example",
      displayName: "Rita Zurück",
      role: "coordinator",
    });
    const { token } = await invitationTokenFor(database.db, a.city.id, "zurueck@a.example");
    await (await visitor().call()).staffAdmin.acceptInvitation({ token, password: GOOD_PASSWORD });
    const [row] = await database.db.select().from(users).where(eq(users.id, formerly.id));
    expect(row).toMatchObject({
      role: "coordinator",
      organisationId: null,
      isActive: true,
      deactivatedAt: null,
      displayName: "Rita Zurück",
      totpEnabledAt: null,
    });
  });
});
