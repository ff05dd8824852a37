import { GOEPPINGEN } from "@engagiert/domain/city";
import { parseCityDirectoryCsv, type CityDirectoryRow } from "@engagiert/domain/network";
import { eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database, Executor } from "../client.ts";
import { getCityBySlug, importCities } from "../queries/cities.ts";
import { ensureCityDefaults } from "../queries/city-defaults.ts";
import { refreshStatistics } from "../queries/statistics.ts";
import { cityScope } from "../queries/scope.ts";
import { setFigureSharing } from "../queries/shared-figures.ts";
import {
  cities,
  consents,
  engagements,
  opportunities,
  opportunityShifts,
  organisations,
  persons,
  users,
} from "../schema/index.ts";
import { DEMO_ACCOUNTS, demoUserRow } from "./accounts.ts";
import { buildEngagements } from "./engagements.ts";
import { buildOpportunities } from "./opportunities.ts";
import { buildPersons, demoVolunteer } from "./people.ts";
import { seedHours } from "./hours.ts";
import { seedQuality } from "./quality.ts";
import { seedSurveys } from "./surveys.ts";
import { seedNetworkEvents } from "./network-events.ts";
import { seedNetworkPractices } from "./network-practices.ts";
import { seedQualifications } from "./qualifications.ts";
import { seedSecondCity } from "./second-city.ts";
import { seedTrainings } from "./trainings.ts";
import { seedStaffInvitations } from "./staff-invitations.ts";
import { createRandom } from "./random.ts";
import { berlinInstant, todayInBerlin } from "./time.ts";

export {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  RHEINFELDEN_DEMO_ACCOUNTS,
  type DemoAccount,
} from "./accounts.ts";
export { NETWORK_CITIES_CSV_PATH } from "./network-cities.ts";

export type SeedDemoOptions = {
  /** The argon2id hash of DEMO_PASSWORD, computed by the caller (the API owns hashing). */
  staffPasswordHash: string;
  /** The day the demo is seeded for (YYYY-MM-DD); dates in the data are relative to it. */
  today?: string;
  /** How many volunteers to create besides the known demo volunteer. */
  volunteers?: number;
  /** The same for the second demo city, Rheinfelden (Baden); 150 by default. */
  secondCityVolunteers?: number;
  /** The network's city directory as CSV; without it only Göppingen is created. */
  citiesCsv?: string;
};

export type SeedCounts = {
  cities: number;
  organisations: number;
  users: number;
  persons: number;
  consents: number;
  opportunities: number;
  engagements: number;
};

/** `created: false`: Göppingen was there; `addedCity` names the second city when added now. */
export type SeedDemoResult =
  { created: false; addedCity?: string } | { created: true; cityId: string; counts: SeedCounts };

const SEED = 20_240_173;
const CHUNK = 500;
/** Any constant: serialises concurrent seeds so only one of them creates the demo city. */
const SEED_LOCK = 7_302_024;

/**
 * Creates the demo city Göppingen with its organisations, staff and network accounts, about
 * 1,200 fictional volunteers, opportunities and engagements, and the network's city directory,
 * and the second demo city Rheinfelden (Baden) with data of its own. Deterministic for a given
 * `today`, all in one transaction; a city that exists already is left as it is.
 */
export async function seedDemo(db: Database, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const today = options.today ?? todayInBerlin();
  const now = berlinInstant(today, "00:00");
  const directory = readDirectory(options.citiesCsv);

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    // The second demo city, also into a database seeded before it existed.
    const addedCity = await seedSecondCity(tx, {
      staffPasswordHash: options.staffPasswordHash,
      today,
      now,
      volunteers: options.secondCityVolunteers,
    });
    if (await getCityBySlug(tx, GOEPPINGEN.slug)) {
      return addedCity ? ({ created: false, addedCity } as const) : ({ created: false } as const);
    }

    const random = createRandom(SEED);
    await importCities(tx, directory);
    const [city] = await tx
      .update(cities)
      .set({ config: GOEPPINGEN, isDemo: true })
      .where(eq(cities.slug, GOEPPINGEN.slug))
      .returning({ id: cities.id });
    const cityId = city!.id;
    await ensureCityDefaults(tx, cityId);

    const organisationIds = new Map(GOEPPINGEN.organisations.map((o) => [o.slug, random.uuid()]));
    const organisationRows = GOEPPINGEN.organisations.map((o) => ({
      cityId,
      id: organisationIds.get(o.slug)!,
      slug: o.slug,
      name: o.name,
      kind: o.kind,
      email: o.email,
      isDemo: true,
    }));

    const context = { cityId, today, now };
    const volunteer = demoVolunteer(random, context);
    const people = buildPersons(random, { ...context, count: options.volunteers ?? 1200 });
    const opps = buildOpportunities(random, { ...context, organisationIds });
    const engagementRows = buildEngagements(random, context, people, opps, [
      { person: volunteer, title: "Vorlesepatin oder Vorlesepate", status: "active" },
      { person: volunteer, title: "Stadtputzete: Gemeinsam aufräumen", status: "submitted" },
      { person: volunteer, title: "Interkulturelles Fest: Helferteam", status: "ended" },
    ]);
    const personRows = [volunteer, ...people];

    const userRows = DEMO_ACCOUNTS.map((account) =>
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

    await insertChunks(tx, organisations, organisationRows);
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
    // The shifts of the one-off opportunities, which volunteers sign up for one by one.
    await insertChunks(
      tx,
      opportunityShifts,
      opps.flatMap((o) =>
        o.row.schedule.format === "one_off"
          ? o.row.schedule.shifts.map((shift) => ({
              cityId,
              opportunityId: o.row.id!,
              startsAt: new Date(shift.startsAt),
              endsAt: new Date(shift.endsAt),
              capacity: shift.capacity,
            }))
          : [],
      ),
    );
    await insertChunks(tx, engagements, engagementRows);
    await seedHours(tx, context, { engagementRows, userRows, volunteer });
    await seedQualifications(tx, context, { personRows, engagementRows, opps, volunteer });
    await seedTrainings(tx, context, { personRows, userRows, organisationIds, volunteer });
    await seedStaffInvitations(tx, context, { userRows, organisationIds });
    await seedQuality(tx, cityId, today);
    await seedSurveys(tx, cityId, today);
    await seedNetworkPractices(tx, { cityId, now, userRows });
    await seedNetworkEvents(tx, { cityId, today, now, userRows });
    // Göppingen shares its anonymous figures with the network, computed from the data above.
    await setFigureSharing(tx, cityScope(cityId), true, now);

    await refreshStatistics(tx);
    return {
      created: true,
      cityId,
      counts: {
        cities: directory.length,
        organisations: organisationRows.length,
        users: userRows.length,
        persons: personRows.length,
        consents: consentRows.length,
        opportunities: opps.length,
        engagements: engagementRows.length,
      },
    } as const;
  });
}

/**
 * The directory to import, always with Göppingen: the CSV must be free of errors (a file is
 * imported whole or not at all), and Göppingen's entry is completed from its configuration.
 */
function readDirectory(csv: string | undefined): CityDirectoryRow[] {
  const rows: CityDirectoryRow[] = [];
  if (csv !== undefined) {
    const parsed = parseCityDirectoryCsv(csv);
    if (parsed.errors.length > 0) {
      throw new Error(
        `The city directory has errors:\n${parsed.errors.map((e) => e.message).join("\n")}`,
      );
    }
    rows.push(...parsed.rows);
  }
  const goeppingen: CityDirectoryRow = {
    slug: GOEPPINGEN.slug,
    name: GOEPPINGEN.name,
    federalState: GOEPPINGEN.federalState,
    population: GOEPPINGEN.population,
    joinedNetworkYear: GOEPPINGEN.joinedNetworkYear,
    coordinationEmail: GOEPPINGEN.coordinationOffice.email,
    source: null,
  };
  const index = rows.findIndex((r) => r.slug === goeppingen.slug);
  if (index === -1) rows.unshift(goeppingen);
  else {
    const listed = rows[index]!;
    rows[index] = {
      ...listed,
      population: listed.population ?? goeppingen.population,
      joinedNetworkYear: listed.joinedNetworkYear ?? goeppingen.joinedNetworkYear,
      coordinationEmail: listed.coordinationEmail ?? goeppingen.coordinationEmail,
    };
  }
  return rows;
}

async function insertChunks<T extends PgTable>(db: Executor, table: T, rows: T["$inferInsert"][]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insert(table).values(rows.slice(i, i + CHUNK));
  }
}
