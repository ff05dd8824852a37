import { sessions, users } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, insertUser, TEST_PASSWORD, testClient } from "../testing.ts";
import { auditActions, refusalOf, sessionOf } from "./staff-admin.fixture.ts";

type City = Awaited<ReturnType<typeof insertCity>>;
type User = Awaited<ReturnType<typeof insertUser>>;

describe.each(testDatabaseKinds())("staff accounts on %s", (kind) => {
  let database: TestDatabase;
  let a: City;
  let b: City;
  let admin: User;
  let secondAdmin: User;
  let coordinator: User;
  let staffA: User;
  let staffB: User;
  let network: User;
  let volunteer: User;
  let otherCityStaff: User;

  const as = (user: User, city: City = a) => sessionOf(database.db, city.city, user.id);
  const adminCall = async () => (await as(admin)).call();

  beforeAll(async () => {
    database = await createTestDatabase(kind, { max: 10 });
    const db = database.db;
    a = await insertCity(db, "stadt-a");
    b = await insertCity(db, "stadt-b");
    admin = await insertUser(db, a.city.id, { email: "admin@a.example", role: "city_admin" });
    secondAdmin = await insertUser(db, a.city.id, {
      email: "admin2@a.example",
      role: "city_admin",
    });
    coordinator = await insertUser(db, a.city.id, {
      email: "coord@a.example",
      role: "coordinator",
    });
    staffA = await insertUser(db, a.city.id, {
      email: "anna@amt-a.example",
      role: "staff",
      organisationId: a.orgA.id,
    });
    staffB = await insertUser(db, a.city.id, {
      email: "bernd@partner-b.example",
      role: "staff",
      organisationId: a.orgB.id,
    });
    network = await insertUser(db, a.city.id, { email: "netz@a.example", role: "network_member" });
    volunteer = await insertUser(db, a.city.id, { email: "vera@a.example", role: "volunteer" });
    otherCityStaff = await insertUser(db, b.city.id, {
      email: "otto@b.example",
      role: "staff",
      organisationId: b.orgA.id,
    });
  });
  afterAll(() => database?.drop());

  describe("who may manage accounts", () => {
    it("is only a city admin", async () => {
      for (const user of [coordinator, staffA, network, volunteer]) {
        const api = await (await as(user)).call();
        expect((await refusalOf(api.staffAdmin.list({ limit: 10 }))).code).toBe("FORBIDDEN");
        expect((await refusalOf(api.staffAdmin.deactivate({ userId: staffB.id }))).code).toBe(
          "FORBIDDEN",
        );
        expect(
          (
            await refusalOf(
              api.staffAdmin.invite({
                email: "x@a.example",
                displayName: "X Y",
                role: "coordinator",
              }),
            )
          ).code,
        ).toBe("FORBIDDEN");
      }
      const anonymous = await testClient(database.db, "stadt-a").call();
      expect((await refusalOf(anonymous.staffAdmin.invitations({}))).code).toBe("UNAUTHORIZED");
      await expect((await adminCall()).staffAdmin.list({ limit: 10 })).resolves.toBeDefined();
    });

    it("never shows another city's accounts, nor lets an admin change them", async () => {
      const api = await adminCall();
      const all = await api.staffAdmin.list({ limit: 100 });
      expect(all.items.map((u) => u.email)).not.toContain("otto@b.example");
      expect((await refusalOf(api.staffAdmin.account({ userId: otherCityStaff.id }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await refusalOf(api.staffAdmin.deactivate({ userId: otherCityStaff.id }))).code).toBe(
        "NOT_FOUND",
      );
      const [row] = await database.db
        .select({ isActive: users.isActive })
        .from(users)
        .where(eq(users.id, otherCityStaff.id));
      expect(row?.isActive).toBe(true);
    });
  });

  describe("the list", () => {
    it("holds staff and network accounts by name, never volunteers' sign-ins", async () => {
      const page = await (await adminCall()).staffAdmin.list({ limit: 100 });
      expect(page.items.map((u) => u.email)).toEqual([
        "admin@a.example",
        "admin2@a.example",
        "anna@amt-a.example",
        "bernd@partner-b.example",
        "coord@a.example",
        "netz@a.example",
      ]);
      expect(page.total).toBe(6);
      expect(page.items.find((u) => u.id === staffA.id)).toMatchObject({
        organisationName: "Amt A",
        isActive: true,
        hasSecondFactor: false,
      });
    });

    it("searches name and e-mail and filters by role, organisation and status", async () => {
      const api = await adminCall();
      const emails = async (input: Parameters<typeof api.staffAdmin.list>[0]) =>
        (await api.staffAdmin.list(input)).items.map((u) => u.email);
      expect(await emails({ search: "PARTNER-B" })).toEqual(["bernd@partner-b.example"]);
      expect(await emails({ search: "anna" })).toEqual(["anna@amt-a.example"]);
      expect(await emails({ search: "100%_" })).toEqual([]);
      expect(await emails({ role: "city_admin" })).toEqual(["admin@a.example", "admin2@a.example"]);
      expect(await emails({ organisationId: a.orgB.id })).toEqual(["bernd@partner-b.example"]);
      expect(await emails({ status: "inactive" })).toEqual([]);
      expect((await refusalOf(api.staffAdmin.list({ role: "volunteer" as "staff" }))).code).toBe(
        "BAD_REQUEST",
      );
    });

    it("pages through every account once", async () => {
      const api = await adminCall();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof api.staffAdmin.list>> = await api.staffAdmin.list({
          limit: 4,
          cursor,
        });
        seen.push(...page.items.map((u) => u.email));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual((await api.staffAdmin.list({ limit: 100 })).items.map((u) => u.email));
      expect(
        (await api.staffAdmin.list({ limit: 2, cursor: "bm90IGEgY3Vyc29y" })).items,
      ).toHaveLength(2);
    });
  });

  describe("deactivating and reactivating", () => {
    it("ends the account's sessions at once and keeps it from signing in", async () => {
      const colleague = await as(staffB);
      expect((await (await colleague.call()).auth.me()).user?.email).toBe(
        "bernd@partner-b.example",
      );

      const result = await (await adminCall()).staffAdmin.deactivate({ userId: staffB.id });
      expect(result).toEqual({ id: staffB.id, isActive: false, sessionsEnded: 1 });
      expect((await (await colleague.call()).auth.me()).user).toBeNull();
      const left = await database.db
        .select()
        .from(sessions)
        .where(and(eq(sessions.cityId, a.city.id), eq(sessions.userId, staffB.id)));
      expect(left).toEqual([]);
      const signIn = (await testClient(database.db, "stadt-a").call()).auth.signIn({
        email: "bernd@partner-b.example",
        password: TEST_PASSWORD,
      });
      expect((await refusalOf(signIn)).code).toBe("UNAUTHORIZED");
      expect(
        (await (await adminCall()).staffAdmin.list({ status: "inactive" })).items.map((u) => u.id),
      ).toEqual([staffB.id]);

      expect(
        (await refusalOf((await adminCall()).staffAdmin.deactivate({ userId: staffB.id }))).reason,
      ).toBe("already_inactive");
      await (await adminCall()).staffAdmin.reactivate({ userId: staffB.id });
      const again = testClient(database.db, "stadt-a");
      await (
        await again.call()
      ).auth.signIn({ email: "bernd@partner-b.example", password: TEST_PASSWORD });
      expect((await (await again.call()).auth.me()).user?.userId).toBe(staffB.id);
      expect((await auditActions(database.db, a.city.id, staffB.id)).map((e) => e.action)).toEqual([
        "staff.deactivated",
        "staff.reactivated",
      ]);
    });

    it("never lets an admin deactivate themselves", async () => {
      const refusal = await refusalOf(
        (await adminCall()).staffAdmin.deactivate({ userId: admin.id }),
      );
      expect(refusal).toMatchObject({ code: "CONFLICT", reason: "self" });
      expect((await (await adminCall()).staffAdmin.account({ userId: admin.id })).isSelf).toBe(
        true,
      );
    });

    it("keeps one active city admin when two admins deactivate each other at once", async () => {
      const [first, second] = await Promise.all([as(admin), as(secondAdmin)]);
      const results = await Promise.allSettled([
        (await first.call()).staffAdmin.deactivate({ userId: secondAdmin.id }),
        (await second.call()).staffAdmin.deactivate({ userId: admin.id }),
      ]);
      const refused = results.filter((r) => r.status === "rejected");
      // Whoever comes second is either no longer signed in or would remove the last admin.
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const admins = await database.db
        .select({ id: users.id })
        .from(users)
        .where(
          and(eq(users.cityId, a.city.id), eq(users.role, "city_admin"), eq(users.isActive, true)),
        );
      expect(admins).toHaveLength(1);
      // Whoever is left brings the other back, for the tests that follow.
      const survivor = admins[0]!.id === admin.id ? admin : secondAdmin;
      const other = survivor === admin ? secondAdmin : admin;
      await (await (await as(survivor)).call()).staffAdmin.reactivate({ userId: other.id });
      const account = await (await as(survivor)).call();
      expect((await account.staffAdmin.account({ userId: other.id })).isLastCityAdmin).toBe(false);
    });
  });

  describe("changing role and organisation", () => {
    it("gives staff an organisation and every other role none", async () => {
      const api = await adminCall();
      const noOrganisation = await refusalOf(
        api.staffAdmin.change({ userId: staffA.id, role: "staff", organisationId: null }),
      );
      expect(noOrganisation).toMatchObject({ code: "BAD_REQUEST", fields: ["organisationId"] });
      const withOrganisation = await refusalOf(
        api.staffAdmin.change({
          userId: staffA.id,
          role: "coordinator",
          organisationId: a.orgA.id,
        }),
      );
      expect(withOrganisation.fields).toEqual(["organisationId"]);
      const otherCity = await refusalOf(
        api.staffAdmin.change({ userId: staffA.id, role: "staff", organisationId: b.orgA.id }),
      );
      expect(otherCity.fields).toEqual(["organisationId"]);
      expect(await auditActions(database.db, a.city.id, staffA.id)).toEqual([]);

      await api.staffAdmin.change({ userId: staffA.id, role: "staff", organisationId: a.orgB.id });
      expect((await api.staffAdmin.account({ userId: staffA.id })).organisationName).toBe(
        "Partner B",
      );
      await api.staffAdmin.change({ userId: staffA.id, role: "coordinator" });
      const changed = await api.staffAdmin.account({ userId: staffA.id });
      expect(changed).toMatchObject({ role: "coordinator", organisationId: null });
      expect(await api.staffAdmin.change({ userId: staffA.id, role: "coordinator" })).toEqual({
        id: staffA.id,
        isChanged: false,
      });
      expect(await auditActions(database.db, a.city.id, staffA.id)).toEqual([
        { action: "staff.account_changed", actorUserId: admin.id },
        { action: "staff.account_changed", actorUserId: admin.id },
      ]);
      await api.staffAdmin.change({ userId: staffA.id, role: "staff", organisationId: a.orgA.id });
    });

    it("leaves an admin's own role to another admin", async () => {
      const refusal = await refusalOf(
        (await adminCall()).staffAdmin.change({ userId: admin.id, role: "coordinator" }),
      );
      expect(refusal).toMatchObject({ code: "CONFLICT", reason: "self" });
      const [row] = await database.db.select().from(users).where(eq(users.id, admin.id));
      expect(row?.role).toBe("city_admin");
    });

    it("does not turn a volunteer's sign-in into a staff account", async () => {
      const refusal = await refusalOf(
        (await adminCall()).staffAdmin.change({
          userId: volunteer.id,
          role: "staff",
          organisationId: a.orgA.id,
        }),
      );
      expect(refusal.code).toBe("NOT_FOUND");
    });
  });
});
