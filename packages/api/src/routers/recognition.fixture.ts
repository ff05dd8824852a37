import type { Database } from "@engagiert/db/client";
import {
  engagements,
  hourEntries,
  opportunities,
  persons,
  qualificationRecords,
} from "@engagiert/db/schema";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { actorFor } from "../context.ts";
import { createRequestContext } from "../request.ts";
import { createCaller } from "../root.ts";
import { insertCity, insertUser, opportunityRow, SILENT, TEST_SETTINGS } from "../testing.ts";

/** Today is 24 November 2026 in Göppingen; the rule's window starts on 25 November 2025. */
export const NOW = new Date("2026-11-24T09:00:00Z");

/** The error a call was refused with. */
export async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError & { cause?: { issues?: { path: string[] }[] } };
}

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

/** Approved hours logged day after day from `from`, eight hours a day. */
function hourRows(
  base: { cityId: string; personId: string; engagementId: string; organisationId: string },
  enteredBy: string,
  minutes: number,
  from: string,
) {
  const rows: (typeof hourEntries.$inferInsert)[] = [];
  for (let left = minutes, i = 0; left > 0; left -= 480, i++) {
    const workedOn = new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000);
    rows.push({
      ...base,
      workedOn: workedOn.toISOString().slice(0, 10),
      minutes: Math.min(480, left),
      activity: "Begleitung",
      status: "approved",
      enteredByUserId: enteredBy,
    });
  }
  return rows;
}

/** A caller acting as a signed-in user at `NOW` (signing in is tested in auth.test.ts). */
async function callerAs(
  db: Database,
  citySlug: string,
  user: Awaited<ReturnType<typeof insertUser>>,
) {
  const base = await createRequestContext({
    db,
    citySlug,
    cookieHeader: null,
    clientAddress: "192.0.2.1",
    settings: TEST_SETTINGS,
    setCookie: () => {},
    log: SILENT,
    now: () => NOW,
  });
  const sessionUser = {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisationId: user.organisationId,
    organisationName: null,
    personId: user.personId,
  };
  return createCaller({ ...base, user: sessionUser, actor: actorFor(base.city, sessionUser) });
}

/**
 * Two cities; in the first, people whose engagements and hours sit on the rule's edges (by last
 * name): Adler 199 h, Becker 200 h, Christ 364 days, Dorn 365 days, Engel a Juleica, Fuchs 100 h
 * in a project, Graf in the fire brigade once recorded, Hahn ten years with the partner and an
 * expired Juleica, and the volunteer Vera Test with 166 h.
 */
export async function recognitionCity(db: Database) {
  const a = await insertCity(db, "stadt-a");
  const b = await insertCity(db, "stadt-b");
  const cityId = a.city.id;
  const staffUser = await insertUser(db, cityId, {
    email: "staff@a.example",
    role: "staff",
    organisationId: a.orgA.id,
  });
  const veraUser = await insertUser(db, cityId, { email: "vera@a.example", role: "volunteer" });
  const veraPersonId = veraUser.personId!;
  const coordinator = await insertUser(db, cityId, { email: "c@a.example", role: "coordinator" });
  const coord = await callerAs(db, "stadt-a", coordinator);
  const coordB = await callerAs(
    db,
    "stadt-b",
    await insertUser(db, b.city.id, { email: "c@b.example", role: "coordinator" }),
  );
  const staffA = await callerAs(db, "stadt-a", staffUser);
  const staffB = await callerAs(
    db,
    "stadt-a",
    await insertUser(db, cityId, {
      email: "p@a.example",
      role: "staff",
      organisationId: a.orgB.id,
    }),
  );
  const vera = await callerAs(db, "stadt-a", veraUser);

  const [regular, project, partner] = await db
    .insert(opportunities)
    .values([
      opportunityRow(cityId, a.orgA.id),
      opportunityRow(cityId, a.orgA.id, { title: "Stadtfest-Projekt", format: "project" }),
      opportunityRow(cityId, a.orgB.id, { title: "Tafel" }),
    ])
    .returning();
  const names = [
    ["Anna", "Adler"],
    ["Bernd", "Becker"],
    ["Clara", "Christ"],
    ["Dora", "Dorn"],
    ["Emil", "Engel"],
    ["Frieda", "Fuchs"],
    ["Gustav", "Graf"],
    ["Hanna", "Hahn"],
  ] as const;
  const inserted = await db
    .insert(persons)
    .values(
      names.map(([firstName, lastName]) => ({
        cityId,
        firstName,
        lastName,
        email: `${firstName.toLowerCase()}@people.example`,
        birthYear: 1990,
      })),
    )
    .returning();
  const people: Record<string, string> = {};
  for (const p of inserted) people[p.lastName] = p.id;
  people.Test = veraPersonId;

  // Who engages where, and since when (the day the engagement became active).
  const plan: [string, string, string][] = [
    ["Adler", regular!.id, "2025-01-10"],
    ["Becker", regular!.id, "2025-01-10"],
    ["Christ", regular!.id, "2025-11-25"], // 364 days before today
    ["Dorn", regular!.id, "2025-11-24"], // 365 days before today
    ["Engel", regular!.id, "2026-10-01"],
    ["Fuchs", project!.id, "2026-10-15"],
    ["Graf", regular!.id, "2024-11-05"],
    ["Hahn", partner!.id, "2016-11-03"],
    ["Test", regular!.id, "2025-01-10"],
  ];
  const rows = await db
    .insert(engagements)
    .values(
      plan.map(([name, opportunityId, since]) => ({
        cityId,
        opportunityId,
        organisationId: opportunityId === partner!.id ? a.orgB.id : a.orgA.id,
        personId: people[name]!,
        status: "active" as const,
        confirmedAt: day("2024-01-01"),
        startedAt: day(since),
      })),
    )
    .returning();
  const base = (name: string) => {
    const e = rows.find((r) => r.personId === people[name])!;
    return { cityId, personId: e.personId, engagementId: e.id, organisationId: e.organisationId };
  };
  const by = staffUser.id;
  await db.insert(hourEntries).values([
    ...hourRows(base("Adler"), by, 199 * 60 - 60, "2026-05-01"),
    ...hourRows(base("Becker"), by, 50 * 60, "2025-06-01"), // before the window
    ...hourRows(base("Becker"), by, 200 * 60, "2026-06-01"),
    ...hourRows(base("Christ"), by, 250 * 60, "2026-07-01"),
    ...hourRows(base("Dorn"), by, 250 * 60, "2026-08-01"),
    ...hourRows(base("Fuchs"), by, 100 * 60, "2026-11-01"),
    ...hourRows(base("Test"), by, 166 * 60, "2026-03-01"),
    // Pending and returned hours do not count.
    {
      ...base("Adler"),
      workedOn: "2026-10-01",
      minutes: 600,
      activity: "Offen",
      status: "pending",
      enteredByUserId: by,
    },
    {
      ...base("Adler"),
      workedOn: "2026-10-02",
      minutes: 600,
      activity: "Zurück",
      status: "returned",
      enteredByUserId: by,
    },
  ]);
  // Adler's last hour: an approved entry of three hours, corrected to one.
  const [original] = await db
    .insert(hourEntries)
    .values({
      ...base("Adler"),
      workedOn: "2026-10-05",
      minutes: 180,
      activity: "Fest",
      status: "approved",
      enteredByUserId: by,
    })
    .returning();
  await db.insert(hourEntries).values({
    ...base("Adler"),
    workedOn: "2026-10-05",
    minutes: 60,
    activity: "Fest",
    status: "approved",
    correctsEntryId: original!.id,
    correctionReason: "Nur eine Stunde",
    enteredByUserId: by,
    createdAt: day("2026-10-06"),
  });
  await db.insert(qualificationRecords).values([
    {
      cityId,
      personId: people.Engel!,
      typeSlug: "juleica",
      validFrom: "2026-01-01",
      validUntil: "2029-01-01",
      source: "external",
    },
    // An expired Juleica does not count.
    {
      cityId,
      personId: people.Hahn!,
      typeSlug: "juleica",
      validFrom: "2022-01-01",
      validUntil: "2025-01-01",
      source: "external",
    },
  ]);
  return { a, b, people, coordinatorId: coordinator.id, coord, coordB, staffA, staffB, vera };
}
