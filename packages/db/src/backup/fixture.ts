import { readFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { rowsOf, type Database } from "../client.ts";
import * as schema from "../schema/index.ts";
import { NETWORK_CITIES_CSV_PATH, seedDemo } from "../seed/index.ts";

/*
 * Test data for backups: the demo city (few volunteers) and at least one row in every table the
 * demo leaves empty, with values that are easy to get wrong on the way between databases (line
 * breaks, quotes, emoji, microseconds, nested JSON, floats), and rows that point at rows of the
 * same table later in primary-key order.
 */

export const FIXTURE_TODAY = "2026-03-15";

/** The lowest uuid: a row with it comes first in key order, before the row it points at. */
const FIRST_ID = "00000000-0000-4000-8000-000000000001";
const TRICKY_TEXT = 'Zeile 1\nZeile 2\t"zitiert" \\ Backslash – Ümläut ß 😀 \u2028 Ende';

async function one<T>(db: Database, statement: ReturnType<typeof sql>): Promise<T> {
  const [row] = rowsOf<T>(await db.execute(statement));
  if (!row) throw new Error("The demo data lacks a row the backup fixture needs.");
  return row;
}

/** Seeds the demo city with `volunteers` volunteers and fills every remaining table. */
export async function seedBackupFixture(db: Database, volunteers = 12): Promise<void> {
  await seedDemo(db, {
    staffPasswordHash: "$argon2id$test-only",
    today: FIXTURE_TODAY,
    volunteers,
    citiesCsv: readFileSync(NETWORK_CITIES_CSV_PATH, "utf8"),
  });
  const city = await one<{ id: string }>(db, sql`select id from cities where slug = 'goeppingen'`);
  const cityId = city.id;
  const { person, engagement, organisation } = await one<{
    person: string;
    engagement: string;
    organisation: string;
  }>(
    db,
    sql`select person_id as "person", id as "engagement", organisation_id as "organisation"
        from engagements where city_id = ${cityId} order by id limit 1`,
  );
  const user = await one<{ id: string }>(
    db,
    sql`select id from users where city_id = ${cityId} and role = 'coordinator' limit 1`,
  );
  const shift = await one<{ id: string }>(
    db,
    sql`select id from opportunity_shifts where city_id = ${cityId} limit 1`,
  );
  const hour = await one<{ id: string }>(
    db,
    sql`select id from hour_entries where city_id = ${cityId} order by id desc limit 1`,
  );
  const soon = new Date("2026-03-20T10:00:00Z");
  const base = { cityId };

  await db
    .insert(schema.sessions)
    .values({ ...base, tokenHash: "s1", userId: user.id, expiresAt: soon });
  await db
    .insert(schema.signInLinks)
    .values({ ...base, tokenHash: "l1", userId: user.id, expiresAt: soon });
  await db.insert(schema.signInAttempts).values({ ...base, key: "203.0.113.7", succeeded: false });
  await db.insert(schema.recoveryCodes).values({ ...base, userId: user.id, codeHash: "rc1" });
  await db.insert(schema.staffInvitations).values({
    ...base,
    email: "neu@team.goeppingen.example",
    displayName: TRICKY_TEXT,
    role: "staff",
    organisationId: organisation,
    tokenHash: "inv1",
    invitedByUserId: user.id,
    expiresAt: soon,
  });
  await db.insert(schema.engagementEvents).values({
    ...base,
    engagementId: engagement,
    toStatus: "in_contact",
    actorKind: "organisation",
    actorUserId: user.id,
  });
  await db.insert(schema.engagementNotes).values({
    ...base,
    engagementId: engagement,
    authorUserId: user.id,
    body: TRICKY_TEXT,
  });
  await db.insert(schema.engagementLinks).values({
    ...base,
    engagementId: engagement,
    purpose: "confirm_application",
    tokenHash: "el1",
    expiresAt: soon,
  });
  await db.insert(schema.fuehrungszeugnisInspections).values({
    ...base,
    personId: person,
    certificateIssuedOn: "2026-01-02",
    inspectedOn: "2026-01-10",
    inspectedByUserId: user.id,
    hasRelevantEntry: false,
  });
  await db.insert(schema.auditLog).values({
    ...base,
    actorUserId: user.id,
    action: "person.read",
    subjectType: "person",
    personId: person,
    details: { "schlüssel 🔑": [1.1, 1e-7, -0, 12345678901234, null, { b: true, a: "x" }], z: {} },
  });
  await db.execute(
    sql`update audit_log set at = '2026-03-14 23:59:59.999999+00' where city_id = ${cityId}`,
  );
  await db.insert(schema.outbox).values({
    ...base,
    kind: "test",
    toEmail: "ehrenamt@goeppingen.example",
    subject: "Betreff",
    bodyText: TRICKY_TEXT,
  });
  await db.insert(schema.retentionRuns).values({
    ...base,
    kind: "all",
    dryRun: true,
    counts: { applications: 2 },
    startedAt: soon,
  });
  await db.insert(schema.calendarFeeds).values({ ...base, personId: person, tokenHash: "cf1" });
  await db.insert(schema.shiftSignups).values({
    ...base,
    shiftId: shift.id,
    personId: person,
    status: "confirmed",
  });
  await db.insert(schema.hourEntries).values({
    ...base,
    id: FIRST_ID,
    personId: person,
    engagementId: engagement,
    organisationId: organisation,
    workedOn: "2026-03-01",
    minutes: 30,
    activity: "Korrektur",
    status: "approved",
    correctsEntryId: hour.id,
    correctionReason: TRICKY_TEXT,
    enteredByUserId: user.id,
  });
  await db.insert(schema.allowancePayments).values({
    ...base,
    personId: person,
    organisationId: organisation,
    allowance: "ehrenamtspauschale",
    amountCents: 84_000,
    paidOn: "2026-02-28",
    activity: "Vorlesen",
    recordedByUserId: user.id,
  });
  const [event] = await db
    .insert(schema.recognitionEvents)
    .values({
      ...base,
      title: "Dankeschön-Fest",
      heldOn: "2026-06-01",
      place: "Stadthalle",
      invitationText: TRICKY_TEXT,
      createdByUserId: user.id,
    })
    .returning({ id: schema.recognitionEvents.id });
  await db
    .insert(schema.recognitionInvitations)
    .values({ ...base, eventId: event!.id, personId: person, reason: "100 Stunden" });

  const [practice] = await db
    .insert(schema.practices)
    .values({
      cityId,
      authorUserId: user.id,
      authorName: "Koordination",
      title: "Ehrenamtsbörse im Rathaus",
      summary: "Kurz",
      problem: TRICKY_TEXT,
      approach: "Gemeinsam",
      contactName: "Koordination",
      contactEmail: "koordination@goeppingen.example",
      links: [{ label: "Mehr", url: "https://example.org/?a=1&b=2" }],
      themes: ["gewinnung", "anerkennung"],
    })
    .returning({ id: schema.practices.id });
  const question = "ffffffff-ffff-4fff-bfff-ffffffffffff";
  await db.insert(schema.practicePosts).values([
    {
      id: question,
      practiceId: practice!.id,
      cityId,
      userId: user.id,
      authorName: "A",
      body: "Frage?",
    },
    {
      id: FIRST_ID,
      practiceId: practice!.id,
      parentId: question,
      cityId,
      userId: user.id,
      authorName: "B",
      body: "Antwort",
    },
  ]);
  await db
    .insert(schema.practiceAdoptions)
    .values({ practiceId: practice!.id, cityId, userId: user.id, note: "Übernommen" });
  const [networkEvent] = await db
    .insert(schema.networkEvents)
    .values({
      cityId,
      createdByUserId: user.id,
      kind: "exchange_meeting",
      title: "Austausch",
      description: "Online",
      startsAt: soon,
      endsAt: new Date("2026-03-20T12:00:00Z"),
      capacity: 20,
      registrationDeadline: soon,
      contactEmail: "netzwerk@goeppingen.example",
    })
    .returning({ id: schema.networkEvents.id });
  await db.insert(schema.networkEventRegistrations).values({
    eventId: networkEvent!.id,
    cityId,
    userId: user.id,
    participantName: "Koordination",
    participantEmail: "koordination@goeppingen.example",
    status: "confirmed",
  });
  await db.insert(schema.sharedFigures).values([
    { cityId, year: 2019, metric: "opportunities", category: "Ümwelt", value: 3 },
    { cityId, year: 2019, metric: "opportunities", category: "Zukunft", value: 4 },
    { cityId, year: 2019, metric: "opportunities", category: "alter", value: 5 },
    { cityId, year: 2019, metric: "hours", category: "", value: 1234 },
  ]);
  await db
    .update(schema.opportunities)
    .set({ latitude: 48.703_456_789_012_34, longitude: 9.652_1 })
    .where(and(eq(schema.opportunities.cityId, cityId), eq(schema.opportunities.isDemo, true)));
}
