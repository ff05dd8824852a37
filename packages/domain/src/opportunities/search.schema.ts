import { z } from "zod";
import type { District } from "../city/city.schema.ts";
import { Id, Slug, Weekday, type Coordinates } from "../shared/primitives.ts";
import { DAY_PARTS } from "./facets.ts";
import { OpportunityFormat } from "./opportunity.schema.ts";

export const SearchSort = z.enum(["relevance", "newest", "distance"]);
export type SearchSort = z.infer<typeof SearchSort>;

/** How far a visitor may page: deep pages are never read by people, only by scrapers. */
export const SEARCH_LIMITS = { maxPage: 200, maxPageSize: 50, defaultPageSize: 20 } as const;

const Postcode = z.string().regex(/^\d{5}$/, { message: "Bitte eine fünfstellige Postleitzahl." });

/**
 * A search for opportunities as a visitor puts it together: every field optional, so a URL
 * with only `?q=lesen` is a whole search. `near` is a postcode or a district of the city; with
 * it, `radiusKm` limits the distance and results can be sorted by distance.
 */
export const OpportunitySearch = z.object({
  q: z.string().trim().max(200, { message: "Höchstens 200 Zeichen." }).default(""),
  categories: z.array(Slug).max(12).default([]),
  format: OpportunityFormat.optional(),
  district: Slug.optional(),
  near: z
    .union([Postcode, Slug.regex(/^[a-z]/, { message: "Postleitzahl oder Stadtteil angeben." })])
    .optional(),
  radiusKm: z.number().int().min(1).max(100).optional(),
  weekdays: z.array(Weekday).max(7).default([]),
  dayParts: z.array(z.enum(DAY_PARTS)).max(3).default([]),
  /** Open to people under 18 (minimum age below 18). */
  isForMinors: z.boolean().default(false),
  /** The place can be reached without steps (remote ones count as reachable). */
  isStepFree: z.boolean().default(false),
  isRemote: z.boolean().default(false),
  sort: SearchSort.default("relevance"),
  page: z.number().int().min(1).max(SEARCH_LIMITS.maxPage).default(1),
  pageSize: z.number().int().min(1).max(SEARCH_LIMITS.maxPageSize).default(20),
});
export type OpportunitySearch = z.infer<typeof OpportunitySearch>;
/** The search as a URL holds it: only what differs from the defaults. */
export type OpportunitySearchParams = z.input<typeof OpportunitySearch>;

const FIELDS = Object.keys(OpportunitySearch.shape) as (keyof OpportunitySearchParams)[];

/**
 * Reads a search from URL parameters a person may have edited or shortened: unknown keys and
 * fields that do not fit are dropped one by one, so a broken link still shows the rest.
 */
export function searchFromParams(raw: Record<string, unknown>): OpportunitySearchParams {
  const params: Record<string, unknown> = {};
  for (const field of FIELDS) {
    // A URL turns "73033" into a number when it reads it back; the text fields want it as text.
    const value =
      (field === "q" || field === "near") && typeof raw[field] === "number"
        ? String(raw[field])
        : raw[field];
    if (value === undefined) continue;
    const parsed = OpportunitySearch.shape[field].safeParse(value);
    if (parsed.success) params[field] = value;
  }
  return params as OpportunitySearchParams;
}

/** The sort that applies: relevance needs words, distance needs a place to measure from. */
export function effectiveSort(search: OpportunitySearch, hasOrigin: boolean): SearchSort {
  if (search.sort === "relevance" && !search.q) return "newest";
  if (search.sort === "distance" && !hasOrigin) return search.q ? "relevance" : "newest";
  return search.sort;
}

/**
 * Where a distance is measured from: a district's centre, or for a postcode the middle of the
 * centres of the districts that share it. Null when the city knows neither.
 */
export function originOf(
  districts: readonly Pick<District, "slug" | "postcodes" | "center">[],
  near: string | undefined,
): Coordinates | null {
  if (!near) return null;
  const matches = /^\d{5}$/.test(near)
    ? districts.filter((d) => d.postcodes.includes(near))
    : districts.filter((d) => d.slug === near);
  if (matches.length === 0) return null;
  const sum = matches.reduce(
    (acc, d) => ({ lat: acc.lat + d.center.lat, lng: acc.lng + d.center.lng }),
    { lat: 0, lng: 0 },
  );
  return { lat: sum.lat / matches.length, lng: sum.lng / matches.length };
}

/** One opportunity, asked for by its id (the public opportunity page). */
export const OpportunityLookup = z.object({ id: Id });
export type OpportunityLookup = z.infer<typeof OpportunityLookup>;
