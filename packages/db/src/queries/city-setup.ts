import { CitySetup, cityConfigOf } from "@engagiert/domain/city";
import { sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { cities, organisations, users } from "../schema/index.ts";
import { ensureCityDefaults } from "./city-defaults.ts";

/** The slug names a city that runs the platform already: a set-up never overwrites one. */
export class CityAlreadyRunning extends Error {
  override name = "CityAlreadyRunning";
  constructor(readonly slug: string) {
    super(
      `Die Stadt "${slug}" nutzt die Plattform bereits; sie wird nicht neu angelegt. Für eine neue Stadt bitte einen anderen slug wählen.`,
    );
  }
}

export type CreatedCity = {
  cityId: string;
  /** Each organisation's id by its slug. */
  organisationIds: Map<string, string>;
  adminUserId: string;
  /** The city was listed in the network's directory before and is now completed. */
  completedDirectoryEntry: boolean;
};

/**
 * Starts the platform for a city, all in one transaction: the city (a new entry, or the
 * directory entry with the same slug, whose directory data stay and whose gaps the
 * configuration fills), its default qualification types and quality standards, its
 * organisations and its first administrator (`city_admin`). Refuses a slug that already runs
 * the platform (`CityAlreadyRunning`); then nothing is written.
 *
 * `newId` makes the ids of organisations and the admin deterministic (the demo seed); without
 * it the database draws them.
 */
export async function createCity(
  db: Executor,
  input: CitySetup,
  options: { adminPasswordHash: string; newId?: () => string },
): Promise<CreatedCity> {
  const setup = CitySetup.parse(input);
  const config = cityConfigOf(setup);
  const newId = options.newId ?? (() => undefined);
  return db.transaction(async (tx) => {
    // One statement decides atomically: insert, complete a directory entry, or nothing when
    // the city runs already (also when another set-up of the same slug commits first).
    const [city] = await tx
      .insert(cities)
      .values({
        slug: config.slug,
        name: config.name,
        federalState: config.federalState,
        population: config.population,
        joinedNetworkYear: config.joinedNetworkYear,
        coordinationEmail: config.coordinationOffice.email,
        isDemo: config.isDemo,
        config,
      })
      .onConflictDoUpdate({
        target: cities.slug,
        set: {
          config: sql`excluded.config`,
          isDemo: sql`excluded.is_demo`,
          population: sql`coalesce(${cities.population}, excluded.population)`,
          joinedNetworkYear: sql`coalesce(${cities.joinedNetworkYear}, excluded.joined_network_year)`,
          coordinationEmail: sql`coalesce(${cities.coordinationEmail}, excluded.coordination_email)`,
        },
        setWhere: sql`${cities.config} is null`,
      })
      // xmax is 0 only for a freshly inserted row version.
      .returning({ id: cities.id, isNew: sql<boolean>`(xmax = 0)` });
    if (!city) throw new CityAlreadyRunning(config.slug);
    const cityId = city.id;

    await ensureCityDefaults(tx, cityId);
    const created = await tx
      .insert(organisations)
      .values(
        config.organisations.map((o) => ({
          cityId,
          id: newId(),
          slug: o.slug,
          name: o.name,
          kind: o.kind,
          email: o.email,
          isDemo: config.isDemo,
        })),
      )
      .returning({ id: organisations.id, slug: organisations.slug });
    const [admin] = await tx
      .insert(users)
      .values({
        cityId,
        id: newId(),
        email: setup.firstAdmin.email,
        displayName: setup.firstAdmin.displayName,
        role: "city_admin",
        passwordHash: options.adminPasswordHash,
        isDemo: config.isDemo,
      })
      .returning({ id: users.id });
    return {
      cityId,
      organisationIds: new Map(created.map((o) => [o.slug, o.id])),
      adminUserId: admin!.id,
      completedDirectoryEntry: !city.isNew,
    };
  });
}
