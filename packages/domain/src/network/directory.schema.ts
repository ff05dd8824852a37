import { z } from "zod";
import { FederalState } from "../city/city.schema.ts";
import { PageInput, Slug } from "../shared/primitives.ts";
import { CitySizeClass } from "./city-size.ts";

/** Browsing the city directory: a page, optionally narrowed by a search text, a state and a size. */
export const CityDirectoryQuery = PageInput.extend({
  search: z.string().trim().max(100).optional(),
  federalState: FederalState.optional(),
  sizeClass: CitySizeClass.optional(),
});
export type CityDirectoryQuery = z.infer<typeof CityDirectoryQuery>;

/** One member city's page in the directory. */
export const CityDetailQuery = z.object({ slug: Slug });
export type CityDetailQuery = z.infer<typeof CityDetailQuery>;

/** The most a directory file may hold: far more than the network's cities, far less than a flood. */
export const CITY_CSV_MAX_CHARACTERS = 1_000_000;

/** A directory file to check or import, as text (uploaded or pasted). */
export const CityImportInput = z.object({
  csv: z
    .string({ message: "Bitte eine CSV-Datei wählen oder ihren Inhalt einfügen." })
    .min(1, { message: "Bitte eine CSV-Datei wählen oder ihren Inhalt einfügen." })
    .max(CITY_CSV_MAX_CHARACTERS, {
      message: "Die Datei ist zu groß: höchstens 1 Million Zeichen.",
    }),
});
export type CityImportInput = z.infer<typeof CityImportInput>;

/**
 * The city's joint calendar (its trainings and the network's events) for one month, "YYYY-MM";
 * without a month, the current one. A month with many dates comes page by page.
 */
export const JointCalendarQuery = PageInput.extend({
  month: z
    .string()
    .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, { message: "Bitte einen Monat als JJJJ-MM angeben." })
    .optional(),
});
export type JointCalendarQuery = z.infer<typeof JointCalendarQuery>;
