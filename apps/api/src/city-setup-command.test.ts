import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hashPassword, verifyPassword } from "@engagiert/api/auth/password";
import { findUserByEmail } from "@engagiert/db/queries/accounts";
import { getCityBySlug } from "@engagiert/db/queries/cities";
import { cityScope } from "@engagiert/db/queries/scope";
import { cities, organisations, users } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initialPassword, runCityNew } from "./city-setup-command.ts";

const EXAMPLE = fileURLToPath(
  new URL("../../../config/cities/beispielstadt.example.json", import.meta.url),
);
const VERWALTUNG = "https://verwaltung.beispielstadt.example";

/** The parts of the example file the tests change. */
type SetupFile = {
  [key: string]: unknown;
  federalState: string;
  districts: { center: unknown }[];
  organisations: { email: string }[];
  branding: { primaryColour: string };
  firstAdmin: { email?: string };
};

describe.each(testDatabaseKinds())("pnpm city:new on %s", (kind) => {
  let database: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    folder = mkdtempSync(join(tmpdir(), "city-new-"));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database?.drop();
  });

  async function run(file: string) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCityNew({
      db: database.db,
      file,
      hashPassword,
      departmentsAppUrl: VERWALTUNG,
      defaultCity: "goeppingen",
      print: (line) => out.push(line),
      printError: (line) => err.push(line),
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  const TABLES = { cities, organisations, users };
  async function count(table: keyof typeof TABLES): Promise<number> {
    return (await database.db.select().from(TABLES[table])).length;
  }

  function writeSetup(name: string, change: (setup: SetupFile) => void): string {
    const setup = JSON.parse(readFileSync(EXAMPLE, "utf8")) as SetupFile;
    change(setup);
    const file = join(folder, name);
    writeFileSync(file, JSON.stringify(setup));
    return file;
  }

  it("reports every problem of a file with its path and writes nothing", async () => {
    const file = writeSetup("kaputt.json", (setup) => {
      setup.federalState = "Hesse";
      setup.districts[1]!.center = { lat: 9.68, lng: 50.57 };
      setup.organisations[2]!.email = "kultur-at-beispielstadt";
      setup.branding.primaryColour = "#ffee88";
      delete setup.firstAdmin.email;
      setup.farbe = "grün";
    });
    const result = await run(file);
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toContain("hat 6 Probleme; es wurde nichts angelegt");
    for (const line of [
      '  (Datei): Unbekanntes Feld "farbe"',
      "  federalState: Bitte eines der 16 Länder angeben",
      "  districts[1].center: Der Mittelpunkt (9.68, 50.57) liegt nicht in Deutschland",
      "  organisations[2].email: Bitte eine gültige E-Mail-Adresse angeben.",
      "  branding.primaryColour: Die Farbe hebt sich zu wenig von Weiß ab",
      "  firstAdmin.email: Fehlt: bitte angeben.",
    ]) {
      expect(result.err).toContain(line);
    }
    expect(await count("cities")).toBe(0);
    expect(await count("users")).toBe(0);
  });

  it("explains a file that is missing or not JSON", async () => {
    const missing = await run(join(folder, "gibt-es-nicht.json"));
    expect(missing).toMatchObject({
      code: 1,
      err: expect.stringContaining("lässt sich nicht lesen"),
    });
    const file = join(folder, "kein-json.json");
    writeFileSync(file, '{ "slug": "x", }');
    const broken = await run(file);
    expect(broken).toMatchObject({ code: 1, err: expect.stringContaining("kein gültiges JSON") });
    expect(await count("cities")).toBe(0);
  });

  it("creates the city from a good file and prints the admin's password once", async () => {
    const result = await run(EXAMPLE);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      "Beispielstadt (beispielstadt) ist angelegt: 5 Organisationen, 4 Ortsteile.",
    );
    expect(result.out).toContain(
      "Erste Administration: Alex Beispiel <admin@beispielstadt.example>",
    );
    expect(result.out).toContain(`Anmelden in der Verwaltung: ${VERWALTUNG}/anmelden`);
    expect(result.out).toContain("VITE_CITY=beispielstadt");
    const password = /Einmaliges Anfangspasswort: (\S+)/.exec(result.out)?.[1];
    expect(password).toMatch(/^[A-Za-z2-9]{6}(-[A-Za-z2-9]{6}){3}$/);

    const city = await getCityBySlug(database.db, "beispielstadt");
    expect(city).toMatchObject({ name: "Beispielstadt", federalState: "Hessen", isDemo: true });
    const admin = await findUserByEmail(
      database.db,
      cityScope(city!.id),
      "admin@beispielstadt.example",
    );
    expect(admin).toMatchObject({ role: "city_admin", displayName: "Alex Beispiel" });
    expect(admin!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(admin!.passwordHash).not.toContain(password);
    expect(await verifyPassword(admin!.passwordHash!, password!)).toBe(true);
    expect(await count("organisations")).toBe(5);
  });

  it("refuses a slug that already runs the platform, with a clear message", async () => {
    const before = { users: await count("users"), organisations: await count("organisations") };
    const file = writeSetup("nochmal.json", (setup) => {
      setup.firstAdmin.email = "zweite@beispielstadt.example";
    });
    const result = await run(file);
    expect(result.code).toBe(1);
    expect(result.out).not.toContain("Anfangspasswort");
    expect(result.err).toContain('Die Stadt "beispielstadt" nutzt die Plattform bereits');
    expect({ users: await count("users"), organisations: await count("organisations") }).toEqual(
      before,
    );
  });
});

describe("initialPassword", () => {
  it("is long, readable and new every time", () => {
    const passwords = new Set(Array.from({ length: 200 }, () => initialPassword()));
    expect(passwords.size).toBe(200);
    for (const password of passwords) {
      expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{6}(-[A-HJ-NP-Za-km-z2-9]{6}){3}$/);
    }
  });
});
