import { writeAudit } from "@engagiert/db/queries/audit";
import {
  countCitiesPerState,
  getCityDetail,
  importCities,
  listCities,
  listPlatformCities,
} from "@engagiert/db/queries/cities";
import { sharedFiguresOfCity } from "@engagiert/db/queries/shared-figures";
import {
  CityDetailQuery,
  CityDirectoryQuery,
  CityImportInput,
  citySizeClass,
  parseCityDirectoryCsv,
} from "@engagiert/domain/network";
import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { authorize, publicProcedure, refuse, signedInProcedure } from "../trpc.ts";
import { jointCalendarProcedures } from "./joint-calendar.ts";
import { figureProcedures } from "./network-figures.ts";

/** The most problems a validation report lists; the count says how many there are in all. */
const REPORT_LIMIT = 200;

/** Reads a directory file: the rows and a report of what is wrong, line by line, in German. */
function checkDirectoryFile(csv: string) {
  const { rows, errors } = parseCityDirectoryCsv(csv);
  return {
    rows,
    report: {
      validRows: rows.length,
      errorCount: errors.length,
      errors: errors.slice(0, REPORT_LIMIT),
    },
  };
}

export const networkRouter = {
  /** The directory of the network's member cities (public reference data). */
  cities: publicProcedure.input(CityDirectoryQuery).query(({ ctx, input }) => {
    authorize(ctx, "network.directory.read", { cityId: null });
    return listCities(ctx.db, input);
  }),

  /**
   * The cities that run the platform, for choosing one's city at sign-in, and the city this
   * request was served for (the API's default when the request named none).
   */
  platformCities: publicProcedure.query(async ({ ctx }) => {
    authorize(ctx, "network.directory.read", { cityId: null });
    return { cities: await listPlatformCities(ctx.db), current: ctx.city.slug };
  }),

  /** How many member cities each federal state has, for the overview chart. */
  citiesPerState: publicProcedure.query(({ ctx }) => {
    authorize(ctx, "network.directory.read", { cityId: null });
    return countCitiesPerState(ctx.db);
  }),

  /** One member city: its entry, its coordination office, and its figures if it shares them. */
  city: publicProcedure.input(CityDetailQuery).query(async ({ ctx, input }) => {
    authorize(ctx, "network.directory.read", { cityId: null });
    const city = await getCityDetail(ctx.db, input.slug);
    if (!city) throw new TRPCError({ code: "NOT_FOUND", message: "Diese Stadt gibt es nicht." });
    const figures = city.sharesFigures ? await sharedFiguresOfCity(ctx.db, city.id) : [];
    const { id: _id, categories, ...entry } = city;
    return {
      ...entry,
      sizeClass: city.population === null ? null : citySizeClass(city.population),
      isOwnCity: city.id === ctx.city.id,
      figures: figures.map((figure) => ({
        ...figure,
        categoryLabel: categories.find((c) => c.slug === figure.category)?.label ?? null,
      })),
    };
  }),

  /** Checks a directory file without writing anything: the validation report (network admins). */
  checkCityImport: signedInProcedure.input(CityImportInput).mutation(({ ctx, input }) => {
    authorize(ctx, "network.administer", { cityId: null });
    return checkDirectoryFile(input.csv).report;
  }),

  /**
   * Imports a directory file (network admins): all rows or none. A file with any bad row is
   * refused as a whole; the import is recorded in the admin's city's audit log.
   */
  importCities: signedInProcedure.input(CityImportInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "network.administer", { cityId: null });
    const { rows, report } = checkDirectoryFile(input.csv);
    if (report.errorCount > 0) {
      throw refuse(
        "BAD_REQUEST",
        "city_import_invalid",
        report.errorCount === 1
          ? "Die Datei hat einen Fehler. Es wurde nichts übernommen."
          : `Die Datei hat ${report.errorCount} Fehler. Es wurde nichts übernommen.`,
      );
    }
    if (rows.length === 0) {
      throw refuse("BAD_REQUEST", "city_import_empty", "Die Datei enthält keine Stadt.");
    }
    return ctx.db.transaction(async (tx) => {
      const counts = await importCities(tx, rows);
      await writeAudit(tx, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "network.cities.imported",
        subjectType: "city_directory",
        details: counts,
      });
      return counts;
    });
  }),

  ...figureProcedures,
  ...jointCalendarProcedures,
} satisfies TRPCRouterRecord;
