import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { consents, opportunities, opportunityShifts, shiftSignups } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity, opportunityRow, testClient } from "../testing.ts";

const SHIFT = {
  startsAt: new Date("2026-11-28T08:00:00Z"),
  endsAt: new Date("2026-11-28T11:00:00Z"),
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

const person = (email: string, birthYear = 1990) => ({
  firstName: "Alex",
  lastName: "Muster",
  email,
  birthYear,
  hasConsented: true as const,
});

describe.each(testDatabaseKinds())("shift requests without an account on %s", (kind) => {
  let database: TestDatabase;
  let city: Awaited<ReturnType<typeof insertCity>>;
  let opportunityId: string;
  let clients = 0;

  /** Each visitor comes from their own address, so the per-client limit stays out of the way. */
  const visitor = () =>
    testClient(database.db, "stadt-a", { clientAddress: `198.51.100.${++clients}` });

  async function newShift(capacity: number) {
    const [row] = await database.db
      .insert(opportunityShifts)
      .values({ cityId: city.city.id, opportunityId, ...SHIFT, capacity })
      .returning();
    return row!.id;
  }

  /** Requests a shift, follows the mailed link like the browser does and confirms the place. */
  async function requestAndConfirm(shiftId: string, email: string) {
    const client = visitor();
    expect(await (await client.call()).shifts.request({ shiftId, ...person(email) })).toEqual({
      email,
    });
    const mails = await mailsTo(database.db, cityScope(city.city.id), email);
    expect(mails).toHaveLength(1);
    const link = new URL(mails[0]!.bodyText.match(/http\S+anmelden\/link\S+/)![0]);
    expect(link.origin + link.pathname).toBe("http://localhost:5173/anmelden/link");
    const next = link.searchParams.get("weiter")!;
    expect(next).toMatch(new RegExp(`^/angebote/${opportunityId}\\?schicht=[0-9a-f-]{36}$`));
    const signupId = new URLSearchParams(next.split("?")[1]).get("schicht")!;
    const { user } = await (
      await client.call()
    ).auth.redeemLink({
      token: link.searchParams.get("token")!,
    });
    expect(user).toMatchObject({ email, role: "volunteer" });
    const confirmed = await (await client.call()).shifts.confirm({ signupId });
    // Following the link twice changes nothing.
    expect((await (await client.call()).shifts.confirm({ signupId })).status).toBe(
      confirmed.status,
    );
    return { client, signupId, status: confirmed.status };
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    city = await insertCity(database.db, "stadt-a");
    const [row] = await database.db
      .insert(opportunities)
      .values(
        opportunityRow(city.city.id, city.orgA.id, {
          title: "Stadtputzete",
          format: "one_off",
          schedule: { format: "one_off", date: "2026-11-28", shifts: [{ ...SHIFT, capacity: 5 }] },
          minimumAge: 16,
        }),
      )
      .returning();
    opportunityId = row!.id;
  });
  afterAll(() => database.drop());

  it("request, mail, link, confirm: the visitor gets the place and a consent is stored", async () => {
    const shiftId = await newShift(2);
    const { client, status } = await requestAndConfirm(shiftId, "neu@people.example");
    expect(status).toBe("confirmed");
    const list = await (await client.call()).shifts.list({ opportunityId });
    expect(list.find((s) => s.id === shiftId)).toMatchObject({
      freePlaces: 1,
      myStatus: "confirmed",
    });
    const rows = await database.db.select().from(consents).where(eq(consents.purpose, "shift"));
    expect(rows).toHaveLength(1);
  });

  it("puts the visitor on the waiting list when the shift is full", async () => {
    const shiftId = await newShift(1);
    expect((await requestAndConfirm(shiftId, "eins@people.example")).status).toBe("confirmed");
    expect((await requestAndConfirm(shiftId, "zwei@people.example")).status).toBe("waiting");
  });

  it("a pending request holds no place: someone else can take the last one", async () => {
    const shiftId = await newShift(1);
    const early = visitor();
    await (await early.call()).shifts.request({ shiftId, ...person("frueh@people.example") });
    const list = await (await visitor().call()).shifts.list({ opportunityId });
    expect(list.find((s) => s.id === shiftId)).toMatchObject({ freePlaces: 1, waitingCount: 0 });
    expect((await requestAndConfirm(shiftId, "schnell@people.example")).status).toBe("confirmed");
    const [pending] = await database.db
      .select()
      .from(shiftSignups)
      .where(eq(shiftSignups.status, "pending"));
    expect(pending?.shiftId).toBe(shiftId);
  });

  it("refuses a second request for the same shift, minors and the too young", async () => {
    const shiftId = await newShift(3);
    const client = visitor();
    await (await client.call()).shifts.request({ shiftId, ...person("doppelt@people.example") });
    expect(
      await codeOf(
        (await client.call()).shifts.request({ shiftId, ...person("doppelt@people.example") }),
      ),
    ).toBe("CONFLICT");
    expect(
      await mailsTo(database.db, cityScope(city.city.id), "doppelt@people.example"),
    ).toHaveLength(1);
    for (const birthYear of [2015, 2009]) {
      expect(
        await codeOf(
          (await visitor().call()).shifts.request({
            shiftId,
            ...person(`jung${birthYear}@people.example`, birthYear),
          }),
        ),
      ).toBe("FORBIDDEN");
    }
  });

  it("confirms only one's own sign-up, and asks for sign-in", async () => {
    const shiftId = await newShift(3);
    const { signupId } = await requestAndConfirm(shiftId, "eigen@people.example");
    const other = await requestAndConfirm(shiftId, "fremd@people.example");
    expect(await codeOf(other.client.call().then((c) => c.shifts.confirm({ signupId })))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf((await visitor().call()).shifts.confirm({ signupId }))).toBe(
      "UNAUTHORIZED",
    );
  });

  it("limits requests per e-mail address", async () => {
    const shiftIds = await Promise.all([1, 2, 3, 4, 5, 6].map(() => newShift(3)));
    const codes = [];
    for (const shiftId of shiftIds) {
      codes.push(
        await codeOf(
          (await visitor().call()).shifts.request({ shiftId, ...person("flut@people.example") }),
        ),
      );
    }
    expect(codes).toEqual(["OK", "OK", "OK", "OK", "OK", "TOO_MANY_REQUESTS"]);
  });

  it("answers garbage with 400", async () => {
    const shiftId = await newShift(3);
    const anon = await visitor().call();
    for (const input of [
      undefined,
      null,
      42,
      {},
      { ...person("x@people.example"), shiftId: "nope" },
      { ...person("x@people.example"), shiftId, hasConsented: false },
      { ...person("kein-at"), shiftId },
      { ...person("x@people.example", 1800), shiftId },
      { ...person("x@people.example"), shiftId, firstName: "" },
    ]) {
      expect(await codeOf(anon.shifts.request(input as never))).toBe("BAD_REQUEST");
    }
    const signedIn = await requestAndConfirm(shiftId, "muell@people.example");
    for (const input of [undefined, {}, { signupId: "nope" }, { signupId: 7 }]) {
      expect(await codeOf((await signedIn.client.call()).shifts.confirm(input as never))).toBe(
        "BAD_REQUEST",
      );
    }
  });
});
