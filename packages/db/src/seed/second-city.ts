import { RHEINFELDEN } from "@engagiert/domain/city";
import { and, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import { getCityBySlug } from "../queries/cities.ts";
import { createCity } from "../queries/city-setup.ts";
import {
  consents,
  engagements,
  opportunities,
  opportunityShifts,
  persons,
  users,
} from "../schema/index.ts";
import {
  demoSecondFactor,
  demoUserRow,
  RHEINFELDEN_DEMO_ACCOUNTS,
  rheinfeldenContactOf,
} from "./accounts.ts";
import { RHEINFELDEN_CATALOGUE } from "./catalogue-rheinfelden.ts";
import { buildEngagements } from "./engagements.ts";
import { seedHours } from "./hours.ts";
import { buildOpportunities } from "./opportunities.ts";
import { buildPersons, type PersonRow } from "./people.ts";
import { seedQuality } from "./quality.ts";
import { createRandom } from "./random.ts";
import { RHEINFELDEN_TRAINING_SPECS } from "./training-specs-rheinfelden.ts";
import { seedTrainings } from "./trainings.ts";
import { plusDays } from "./time.ts";

/**
 * Its own sequences, so the first city's demo data stay the same with or without this one and
 * no id repeats across the two cities.
 */
const SEED = 20_260_618;
const HOURS_SEED = 20_260_619;
const TRAININGS_SEED = 20_260_620;
const QUALITY_SEED = 20_260_621;
const CHUNK = 500;

export type SecondCityOptions = {
  /** The argon2id hash of DEMO_PASSWORD, computed by the caller (the API owns hashing). */
  staffPasswordHash: string;
  /** The day the demo is seeded for (YYYY-MM-DD) and its start as an instant. */
  today: string;
  now: Date;
  /** How many volunteers to create besides the known demo volunteer (150 by default). */
  volunteers?: number;
};

/** The city's known demo volunteer, who signs in as ehrenamt@rheinfelden.example. */
function demoVolunteer(random: ReturnType<typeof createRandom>, cityId: string, now: Date) {
  const person: PersonRow = {
    cityId,
    id: random.uuid(),
    firstName: "Jana",
    lastName: "Brunner",
    email: "ehrenamt@rheinfelden.example",
    phone: null,
    birthYear: 1986,
    birthDate: null,
    district: "kernstadt",
    interests: ["bildung", "umwelt-nachhaltigkeit", "senioren"],
    skills: ["Französisch", "Veranstaltungen organisieren"],
    availability: [
      { weekday: "wed", from: "15:00", to: "18:00" },
      { weekday: "sat", from: "09:00", to: "13:00" },
    ],
    accessibilityNeeds: null,
    isDemo: true,
    createdAt: plusDays(now, -380),
  };
  return person;
}

/**
 * The second demo city, Rheinfelden (Baden): created through `createCity` as any partner city
 * would be (completing its entry in the network's directory), then smaller demo data of its own:
 * about 150 volunteers, opportunities with engagements, a year of hours, trainings and quality
 * self-assessments, and its demo accounts. Deterministic for a given day. Also added to a
 * database seeded before the city existed; returns its slug when it was created now, null when
 * it runs already.
 */
export async function seedSecondCity(
  tx: Executor,
  options: SecondCityOptions,
): Promise<string | null> {
  const existing = await getCityBySlug(tx, RHEINFELDEN.slug);
  if (existing?.config) return null;

  const { today, now } = options;
  const random = createRandom(SEED);
  const admin = RHEINFELDEN_DEMO_ACCOUNTS.find((a) => a.role === "city_admin")!;
  const { cityId, organisationIds, adminUserId } = await createCity(
    tx,
    { ...RHEINFELDEN, firstAdmin: { displayName: admin.displayName, email: admin.email } },
    { adminPasswordHash: options.staffPasswordHash, newId: random.uuid },
  );
  // Like every demo admin, with the demo's authenticator secret set up.
  await tx
    .update(users)
    .set(demoSecondFactor("city_admin", now))
    .where(and(eq(users.cityId, cityId), eq(users.id, adminUserId)));

  const context = { cityId, today, now };
  const volunteer = demoVolunteer(random, cityId, now);
  const people = buildPersons(random, {
    ...context,
    count: options.volunteers ?? 150,
    city: RHEINFELDEN,
  });
  const opps = buildOpportunities(random, {
    ...context,
    organisationIds,
    city: RHEINFELDEN,
    catalogue: RHEINFELDEN_CATALOGUE,
    contactOf: rheinfeldenContactOf,
  });
  const engagementRows = buildEngagements(
    random,
    { ...context, cityName: "Rheinfelden" },
    people,
    opps,
    [
      { person: volunteer, title: "Lesepatenschaft in der Stadtbibliothek", status: "active" },
      { person: volunteer, title: "Rheinuferputzete", status: "submitted" },
      { person: volunteer, title: "Seniorennachmittag im Bürgersaal", status: "ended" },
    ],
  );
  const personRows = [volunteer, ...people];

  // The first admin came with the city; the other accounts are added here.
  const userRows = RHEINFELDEN_DEMO_ACCOUNTS.filter((a) => a.role !== "city_admin").map((account) =>
    demoUserRow(account, {
      cityId,
      id: random.uuid(),
      organisationIds,
      volunteerId: volunteer.id,
      staffPasswordHash: options.staffPasswordHash,
      now,
    }),
  );
  const consentRows = personRows.map((p) => ({
    cityId,
    id: random.uuid(),
    personId: p.id,
    purpose: "application",
    version: "2026-01",
    givenAt: p.createdAt,
  }));

  await insertChunks(
    tx,
    persons,
    personRows.map((p) => ({ ...p, updatedAt: p.createdAt })),
  );
  await insertChunks(tx, users, userRows);
  await insertChunks(tx, consents, consentRows);
  await insertChunks(
    tx,
    opportunities,
    opps.map((o) => o.row),
  );
  await insertChunks(
    tx,
    opportunityShifts,
    opps.flatMap((o) =>
      o.row.schedule.format === "one_off"
        ? o.row.schedule.shifts.map((shift) => ({
            cityId,
            opportunityId: o.row.id,
            startsAt: new Date(shift.startsAt),
            endsAt: new Date(shift.endsAt),
            capacity: shift.capacity,
          }))
        : [],
    ),
  );
  await insertChunks(tx, engagements, engagementRows);
  await seedHours(tx, context, { engagementRows, userRows, volunteer }, HOURS_SEED);
  await seedTrainings(tx, context, {
    personRows,
    userRows: [...userRows, { id: adminUserId, role: "city_admin", organisationId: null }],
    organisationIds,
    volunteer,
    specs: RHEINFELDEN_TRAINING_SPECS,
    city: RHEINFELDEN,
    seed: TRAININGS_SEED,
  });
  await seedQuality(tx, cityId, today, QUALITY_SEED);
  return RHEINFELDEN.slug;
}

async function insertChunks<T extends PgTable>(db: Executor, table: T, rows: T["$inferInsert"][]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insert(table).values(rows.slice(i, i + CHUNK));
  }
}
