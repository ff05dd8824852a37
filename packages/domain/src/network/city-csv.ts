import { z } from "zod";
import { FederalState } from "../city/city.schema.ts";
import { Email, Slug } from "../shared/primitives.ts";
import { parseCsv } from "./csv.ts";

/** One member city of the network as the directory stores it (RULES.md, Network). */
export const CityDirectoryRow = z.object({
  slug: Slug,
  name: z.string().trim().min(2).max(80),
  federalState: FederalState,
  population: z.number().int().positive().max(10_000_000).nullable(),
  /** The network started in 2015. */
  joinedNetworkYear: z.number().int().min(2015).max(2100).nullable(),
  coordinationEmail: Email.nullable(),
  /** Where the entry comes from (a public source), so a reader can check it. */
  source: z.string().trim().max(500).nullable(),
});
export type CityDirectoryRow = z.infer<typeof CityDirectoryRow>;

export type CityDirectoryError = { line: number; field: string; message: string };

/** Rows that passed and every problem found; an importer takes the file only without errors. */
export type CityDirectoryParseResult = { rows: CityDirectoryRow[]; errors: CityDirectoryError[] };

const REQUIRED_COLUMNS = ["name", "state", "source"] as const;
const OPTIONAL_COLUMNS = ["population", "joined_year", "coordination_email"] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const KNOWN_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/**
 * The URL-safe short name of a city: "Rheinfelden (Baden)" → "rheinfelden-baden",
 * "Göppingen" → "goeppingen" (umlauts spelled out as Germans do, other accents dropped).
 */
export function citySlug(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Reads the city directory from CSV (header `name,state,source`, optionally `population`,
 * `joined_year`, `coordination_email`, in any order). Every problem is reported with its line,
 * in German, so the person importing can fix the file; nothing is guessed, e.g. a year mentioned
 * in the source text is not taken as the year of joining.
 */
export function parseCityDirectoryCsv(text: string): CityDirectoryParseResult {
  const { records, unterminatedQuoteAt } = parseCsv(text);
  const errors: CityDirectoryError[] = [];
  if (unterminatedQuoteAt !== null) {
    errors.push({
      line: unterminatedQuoteAt,
      field: "row",
      message: `Zeile ${unterminatedQuoteAt}: Ein Anführungszeichen wird nicht geschlossen.`,
    });
    return { rows: [], errors };
  }
  const [header, ...body] = records;
  if (!header) {
    errors.push({ line: 1, field: "header", message: "Die Datei ist leer: die Kopfzeile fehlt." });
    return { rows: [], errors };
  }

  const columns = readHeader(header.line, header.fields, errors);
  if (!columns) return { rows: [], errors };

  const rows: CityDirectoryRow[] = [];
  const lineOfSlug = new Map<string, number>();
  for (const record of body) {
    if (record.fields.length !== header.fields.length) {
      errors.push({
        line: record.line,
        field: "row",
        message: `Zeile ${record.line}: ${record.fields.length} Felder statt ${header.fields.length}. Steht ein Komma ohne Anführungszeichen im Text?`,
      });
      continue;
    }
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? "" : record.fields[index]!.trim();
    };
    const row = readRow(record.line, cell, errors);
    if (!row) continue;
    const firstLine = lineOfSlug.get(row.slug);
    if (firstLine !== undefined) {
      errors.push({
        line: record.line,
        field: "name",
        message: `Zeile ${record.line}: „${row.name}“ steht schon in Zeile ${firstLine}.`,
      });
      continue;
    }
    lineOfSlug.set(row.slug, record.line);
    rows.push(row);
  }
  return { rows, errors };
}

function readHeader(
  line: number,
  fields: string[],
  errors: CityDirectoryError[],
): Map<Column, number> | null {
  const columns = new Map<Column, number>();
  const before = errors.length;
  fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!KNOWN_COLUMNS.includes(name)) {
      errors.push({
        line,
        field: name || `#${index + 1}`,
        message: `Zeile ${line}: Unbekannte Spalte „${raw.trim()}“. Erlaubt sind: ${KNOWN_COLUMNS.join(", ")}.`,
      });
    } else if (columns.has(name as Column)) {
      errors.push({
        line,
        field: name,
        message: `Zeile ${line}: Die Spalte „${name}“ kommt doppelt vor.`,
      });
    } else {
      columns.set(name as Column, index);
    }
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.has(required)) {
      errors.push({
        line,
        field: required,
        message: `Zeile ${line}: Die Spalte „${required}“ fehlt.`,
      });
    }
  }
  return errors.length === before ? columns : null;
}

function readRow(
  line: number,
  cell: (column: Column) => string,
  errors: CityDirectoryError[],
): CityDirectoryRow | null {
  const before = errors.length;
  const fail = (field: string, message: string) =>
    errors.push({ line, field, message: `Zeile ${line}: ${message}` });

  const name = cell("name");
  const slug = citySlug(name);
  if (name.length < 2 || name.length > 80)
    fail("name", "Der Name muss 2 bis 80 Zeichen lang sein.");
  else if (!Slug.safeParse(slug).success)
    fail("name", `Aus „${name}“ lässt sich keine Kurzform bilden.`);

  const state = FederalState.safeParse(cell("state"));
  if (!state.success) {
    fail(
      "state",
      `„${cell("state")}“ ist kein Bundesland. Erlaubt sind: ${FederalState.options.join(", ")}.`,
    );
  }

  const population = readWholeNumber(cell("population"));
  if (
    population === undefined ||
    (population !== null && (population < 1 || population > 10_000_000))
  ) {
    fail("population", `Die Einwohnerzahl „${cell("population")}“ ist keine ganze Zahl über 0.`);
  }

  const joined = readWholeNumber(cell("joined_year"));
  if (joined === undefined || (joined !== null && (joined < 2015 || joined > 2100))) {
    fail("joined_year", `Das Beitrittsjahr „${cell("joined_year")}“ ist kein Jahr ab 2015.`);
  }

  const rawEmail = cell("coordination_email");
  const email = rawEmail === "" ? null : Email.safeParse(rawEmail);
  if (email && !email.success) {
    fail("coordination_email", `„${rawEmail}“ ist keine gültige E-Mail-Adresse.`);
  }

  const source = cell("source");
  if (source.length > 500) fail("source", "Die Quelle ist länger als 500 Zeichen.");

  if (errors.length > before || !state.success) return null;
  return {
    slug,
    name,
    federalState: state.data,
    population: population ?? null,
    joinedNetworkYear: joined ?? null,
    coordinationEmail: email?.success ? email.data : null,
    source: source === "" ? null : source,
  };
}

/** A whole number as people write it ("57558", "57.558", "57 558"); null when empty, undefined when not a number. */
function readWholeNumber(text: string): number | null | undefined {
  if (text === "") return null;
  const digits = text.replace(/(?<=\d)[. ](?=\d{3}(?:\D|$))/g, "");
  return /^\d{1,9}$/.test(digits) ? Number(digits) : undefined;
}
