import { z } from "zod";
import { Id, PageInput } from "../shared/primitives.ts";
import { OpportunityInput, OpportunityStatus } from "./opportunity.schema.ts";

/** An opportunity's input with its id: the editor's save. Field paths stay those of the input. */
export const OpportunityUpdateInput = OpportunityInput.extend({ id: Id });
export type OpportunityUpdateInput = z.infer<typeof OpportunityUpdateInput>;

export const OpportunityRef = z.object({ id: Id });
export type OpportunityRef = z.infer<typeof OpportunityRef>;

export const OpportunityStatusInput = z.object({ id: Id, to: OpportunityStatus });
export type OpportunityStatusInput = z.infer<typeof OpportunityStatusInput>;

export const OpportunityAdminListInput = PageInput.extend({
  organisationId: Id.nullish(),
  status: OpportunityStatus.nullish(),
});
export type OpportunityAdminListInput = z.infer<typeof OpportunityAdminListInput>;

export type OpportunityIssue = { path: (string | number)[]; message: string };

/**
 * What the schema cannot know: the city's districts and fields of engagement, and its
 * qualification types (data per city; an archived type is no longer asked for).
 */
export function checkOpportunityAgainstCity(
  input: Pick<OpportunityInput, "categories" | "location" | "requiredQualifications">,
  city: {
    districts: readonly { slug: string }[];
    categories: readonly { slug: string }[];
    qualificationTypes: readonly { slug: string; isArchived: boolean }[];
  },
): OpportunityIssue[] {
  const issues: OpportunityIssue[] = [];
  const categories = new Set(city.categories.map((c) => c.slug));
  input.categories.forEach((slug, index) => {
    if (!categories.has(slug)) {
      issues.push({ path: ["categories", index], message: "Dieses Engagementfeld gibt es nicht." });
    }
  });
  if (new Set(input.categories).size !== input.categories.length) {
    issues.push({ path: ["categories"], message: "Jedes Engagementfeld nur einmal wählen." });
  }
  const place = input.location.kind === "place" ? input.location : null;
  if (place && !city.districts.some((d) => d.slug === place.district)) {
    issues.push({ path: ["location", "district"], message: "Diesen Stadtteil gibt es nicht." });
  }
  input.requiredQualifications.forEach((slug, index) => {
    const type = city.qualificationTypes.find((t) => t.slug === slug);
    if (!type || type.isArchived) {
      issues.push({
        path: ["requiredQualifications", index],
        message: type
          ? "Diese Qualifikation ist archiviert und wird nicht mehr verlangt. Bitte abwählen."
          : "Diese Qualifikation gibt es in dieser Stadt nicht.",
      });
    }
  });
  if (new Set(input.requiredQualifications).size !== input.requiredQualifications.length) {
    issues.push({
      path: ["requiredQualifications"],
      message: "Jede Qualifikation nur einmal wählen.",
    });
  }
  return issues;
}
