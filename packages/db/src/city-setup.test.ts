import { CitySetup, GOEPPINGEN, RHEINFELDEN } from "@engagiert/domain/city";
import { DEFAULT_QUALIFICATION_TYPES } from "@engagiert/domain/qualifications";
import { DEFAULT_QUALITY_STANDARDS } from "@engagiert/domain/quality";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client.ts";
import { getCityBySlug, importCities } from "./queries/cities.ts";
import { CityAlreadyRunning, createCity } from "./queries/city-setup.ts";
import { organisations, qualificationTypes, qualityStandards, users } from "./schema/index.ts";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "./testing.ts";

const HASH = "$argon2id$v=19$m=19456,t=2,p=1$test-only";

function setupOf(config: typeof GOEPPINGEN, email = "admin@stadt.example"): CitySetup {
  return CitySetup.parse({ ...config, firstAdmin: { displayName: "Alexandra Vogel", email } });
}

async function rowsOf(db: Database, cityId: string) {
  const [orgs, admins, types, standards] = await Promise.all([
    db.select().from(organisations).where(eq(organisations.cityId, cityId)),
    db.select().from(users).where(eq(users.cityId, cityId)),
    db.select().from(qualificationTypes).where(eq(qualificationTypes.cityId, cityId)),
    db.select().from(qualityStandards).where(eq(qualityStandards.cityId, cityId)),
  ]);
  return { orgs, admins, types, standards };
}

describe.each(testDatabaseKinds())("createCity on %s", (kind) => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.db;
  });
  afterAll(() => database?.drop());

  it("creates a new city with its defaults, organisations and first admin", async () => {
    const config = { ...GOEPPINGEN, slug: "neustadt", name: "Neustadt", isDemo: false };
    const created = await createCity(db, setupOf(config), { adminPasswordHash: HASH });
    expect(created.completedDirectoryEntry).toBe(false);

    const city = await getCityBySlug(db, "neustadt");
    expect(city).toMatchObject({
      id: created.cityId,
      name: "Neustadt",
      federalState: "Baden-Württemberg",
      coordinationEmail: GOEPPINGEN.coordinationOffice.email,
      isDemo: false,
      config,
    });
    const { orgs, admins, types, standards } = await rowsOf(db, created.cityId);
    expect(orgs.map((o) => o.slug).sort()).toEqual(
      GOEPPINGEN.organisations.map((o) => o.slug).sort(),
    );
    expect([...created.organisationIds.keys()].sort()).toEqual(orgs.map((o) => o.slug).sort());
    expect(admins).toEqual([
      expect.objectContaining({
        id: created.adminUserId,
        email: "admin@stadt.example",
        displayName: "Alexandra Vogel",
        role: "city_admin",
        organisationId: null,
        passwordHash: HASH,
        isActive: true,
      }),
    ]);
    expect(types).toHaveLength(DEFAULT_QUALIFICATION_TYPES.length);
    expect(standards).toHaveLength(DEFAULT_QUALITY_STANDARDS.length);
  });

  it("completes a directory entry with the same slug and keeps its directory data", async () => {
    await importCities(db, [
      {
        slug: RHEINFELDEN.slug,
        name: "Rheinfelden (Baden)",
        federalState: "Baden-Württemberg",
        population: 33_800,
        joinedNetworkYear: null,
        coordinationEmail: null,
        source: "engagiertestadt.de/ansatz/themen",
      },
    ]);
    const before = await getCityBySlug(db, RHEINFELDEN.slug);
    const config = { ...RHEINFELDEN, population: 40_000, joinedNetworkYear: 2021 };
    const created = await createCity(db, setupOf(config), { adminPasswordHash: HASH });
    expect(created).toMatchObject({ cityId: before!.id, completedDirectoryEntry: true });
    expect(await getCityBySlug(db, RHEINFELDEN.slug)).toMatchObject({
      id: before!.id,
      name: "Rheinfelden (Baden)",
      source: "engagiertestadt.de/ansatz/themen",
      // The directory's figure stays; what it lacked comes from the configuration.
      population: 33_800,
      joinedNetworkYear: 2021,
      coordinationEmail: "engagement@rheinfelden.example",
      isDemo: true,
      config,
    });
    expect((await rowsOf(db, created.cityId)).orgs).toHaveLength(RHEINFELDEN.organisations.length);
  });

  it("refuses a slug that already runs the platform and writes nothing", async () => {
    const city = await getCityBySlug(db, RHEINFELDEN.slug);
    const before = await rowsOf(db, city!.id);
    const again = createCity(db, setupOf(RHEINFELDEN, "zweite@stadt.example"), {
      adminPasswordHash: HASH,
    });
    await expect(again).rejects.toBeInstanceOf(CityAlreadyRunning);
    await expect(again).rejects.toThrow(
      'Die Stadt "rheinfelden-baden" nutzt die Plattform bereits',
    );
    expect(await rowsOf(db, city!.id)).toEqual(before);
    expect((await getCityBySlug(db, RHEINFELDEN.slug))?.config).toEqual(city!.config);
  });

  it("leaves nothing behind when a step fails half-way", async () => {
    const config = { ...GOEPPINGEN, slug: "halbstadt", name: "Halbstadt" };
    // Two organisations with one id: the second insert fails after the city was written.
    const sameId = "00000000-0000-4000-8000-000000000001";
    const failing = createCity(db, setupOf(config), {
      adminPasswordHash: HASH,
      newId: () => sameId,
    });
    await expect(failing).rejects.toThrow();
    expect(await getCityBySlug(db, "halbstadt")).toBeNull();
  });

  it("checks the set-up it is given", async () => {
    const broken = { ...setupOf(GOEPPINGEN), slug: "Keine Stadt" };
    await expect(createCity(db, broken, { adminPasswordHash: HASH })).rejects.toThrow();
    expect(await getCityBySlug(db, "Keine Stadt")).toBeNull();
  });
});
