import { randomInt } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Database } from "@engagiert/db/client";
import { CityAlreadyRunning, createCity } from "@engagiert/db/queries/city-setup";
import { checkCitySetup } from "@engagiert/domain/city";

/** Letters and digits that cannot be mistaken for each other when read aloud or copied. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/**
 * A one-time initial password: 24 characters drawn without bias from 56 (about 139 bits), in
 * groups of six so it can be read out or typed without losing the place.
 */
export function initialPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = "";
    for (let i = 0; i < 6; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

export type CityNewOptions = {
  db: Database;
  /** The set-up file (JSON), e.g. config/cities/beispielstadt.example.json. */
  file: string;
  /** The API's password hashing (argon2id), so the admin signs in like every staff member. */
  hashPassword: (password: string) => Promise<string>;
  /** The departments app (Verwaltung), where the first admin signs in. */
  departmentsAppUrl: string;
  /** The city the API serves when a request names none (CITY). */
  defaultCity: string;
  print: (line: string) => void;
  printError: (line: string) => void;
};

async function readSetupFile(file: string): Promise<{ json: unknown } | { error: string }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { error: `Die Datei "${file}" lässt sich nicht lesen. Stimmt der Pfad?` };
  }
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `Die Datei "${file}" ist kein gültiges JSON: ${reason}` };
  }
}

/**
 * `pnpm city:new <file.json>`: checks a city's set-up file and reports every problem with its
 * path, writing nothing; a good file creates the city with its organisations and first admin,
 * whose one-time initial password is printed once. Returns the exit code.
 */
export async function runCityNew(options: CityNewOptions): Promise<number> {
  const { print, printError } = options;
  const read = await readSetupFile(options.file);
  if ("error" in read) {
    printError(read.error);
    return 1;
  }
  const check = checkCitySetup(read.json);
  if (!check.ok) {
    const count = check.problems.length;
    printError(
      `Die Datei "${options.file}" hat ${count === 1 ? "ein Problem" : `${count} Probleme`}; es wurde nichts angelegt:`,
    );
    for (const problem of check.problems) printError(`  ${problem.path}: ${problem.message}`);
    return 1;
  }

  const { setup } = check;
  const password = initialPassword();
  try {
    const created = await createCity(options.db, setup, {
      adminPasswordHash: await options.hashPassword(password),
    });
    const signIn = new URL("/anmelden", options.departmentsAppUrl).toString();
    print(
      `${setup.name} (${setup.slug}) ist angelegt${created.completedDirectoryEntry ? " (aus dem Städteverzeichnis übernommen)" : ""}: ${setup.organisations.length} Organisationen, ${setup.districts.length} Ortsteile.`,
    );
    print("");
    print(`Erste Administration: ${setup.firstAdmin.displayName} <${setup.firstAdmin.email}>`);
    print(`Einmaliges Anfangspasswort: ${password}`);
    print("Es wird nur jetzt angezeigt und nirgends gespeichert: bitte sicher weitergeben.");
    print(`Anmelden in der Verwaltung: ${signIn}`);
    print("Bei der ersten Anmeldung wird ein zweiter Faktor (Authenticator-App) eingerichtet.");
    if (setup.slug !== options.defaultCity) {
      print(
        `Die Verwaltung zeigt diese Stadt, wenn sie mit VITE_CITY=${setup.slug} gebaut ist oder die API mit CITY=${setup.slug} läuft.`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof CityAlreadyRunning) {
      printError(error.message);
      return 1;
    }
    throw error;
  }
}
