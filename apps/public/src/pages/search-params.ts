import type { OpportunitySearchParams } from "@engagiert/domain/opportunities";

const TEXT = ["q", "near", "district", "format", "sort"] as const;
const NUMBERS = ["radiusKm", "page", "pageSize"] as const;
const FLAGS = ["isForMinors", "isStepFree", "isRemote"] as const;
const LISTS = ["categories", "weekdays", "dayParts"] as const;

/**
 * The route's first, light reading of the URL: known keys with the right kind of value. The
 * search page then checks them against the domain's `OpportunitySearch` schema. Kept free of
 * zod so the schema loads with the search page, not with every page of the app.
 */
export function readSearchParams(raw: Record<string, unknown>): OpportunitySearchParams {
  const params: Record<string, unknown> = {};
  for (const key of TEXT) {
    const value = raw[key];
    if (typeof value === "string" || typeof value === "number") params[key] = String(value);
  }
  for (const key of NUMBERS) {
    if (typeof raw[key] === "number") params[key] = raw[key];
  }
  for (const key of FLAGS) {
    if (typeof raw[key] === "boolean") params[key] = raw[key];
  }
  for (const key of LISTS) {
    const value = raw[key];
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) params[key] = value;
  }
  return params as OpportunitySearchParams;
}
