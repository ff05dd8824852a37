import { scheduleFacets, type OpportunityInput } from "@engagiert/domain/opportunities";
import type { opportunities } from "../schema/index.ts";

type Row = typeof opportunities.$inferInsert;

/**
 * The columns an opportunity's input fills: the location spread into searchable columns and the
 * schedule's facets (weekdays, parts of the day, date span) derived for the search filters.
 * Used by every writer (the editor and the seed), so the columns never disagree with the input.
 */
export function opportunityColumns(input: OpportunityInput) {
  const place = input.location.kind === "place" ? input.location : null;
  const facets = scheduleFacets(input.schedule);
  return {
    organisationId: input.organisationId,
    title: input.title,
    summary: input.summary,
    description: input.description,
    categories: input.categories,
    format: input.schedule.format,
    schedule: input.schedule,
    isRemote: place === null,
    address: place?.address ?? null,
    district: place?.district ?? null,
    latitude: place?.coordinates.lat ?? null,
    longitude: place?.coordinates.lng ?? null,
    accessibility: input.accessibility,
    minimumAge: input.minimumAge,
    involvesMinorContact: input.involvesMinorContact,
    requiredQualifications: input.requiredQualifications,
    languages: input.languages,
    capacity: input.capacity,
    contact: input.contact,
    weekdays: facets.weekdays,
    dayParts: facets.dayParts,
    startsOn: facets.startsOn,
    endsOn: facets.endsOn,
  } satisfies Partial<Row>;
}
