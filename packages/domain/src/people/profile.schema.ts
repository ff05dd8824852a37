import { z } from "zod";
import { TimeWindow } from "../opportunities/opportunity.schema.ts";
import { Slug } from "../shared/primitives.ts";

const MAX_INTERESTS = 12;
const MAX_SKILLS = 30;
const MAX_WINDOWS = 21;

/** Empty text means "nothing stated", stored as null. */
const OptionalText = z
  .string()
  .trim()
  .max(500, { message: "Höchstens 500 Zeichen." })
  .nullish()
  .transform((text) => (text ? text : null));

/**
 * What a volunteer tells about themselves so the platform can suggest opportunities
 * (RULES.md, Matching). Interests are category slugs of the city; the district is one of the
 * city's districts: `profileForCity` checks both against the city's configuration.
 */
export const ProfileInput = z.object({
  interests: z
    .array(Slug)
    .max(MAX_INTERESTS, { message: `Höchstens ${MAX_INTERESTS} Engagementfelder.` })
    .default([])
    .transform((slugs) => [...new Set(slugs)]),
  skills: z
    .array(z.string().trim().min(1, { message: "Leere Fähigkeit." }).max(60))
    .max(MAX_SKILLS, { message: `Höchstens ${MAX_SKILLS} Fähigkeiten.` })
    .default([])
    .transform((skills) => [...new Set(skills)]),
  availability: z
    .array(TimeWindow)
    .max(MAX_WINDOWS, { message: `Höchstens ${MAX_WINDOWS} Zeitfenster.` })
    .default([]),
  district: Slug.nullish().transform((slug) => slug ?? null),
  accessibilityNeeds: OptionalText,
});
export type ProfileInput = z.infer<typeof ProfileInput>;

/** The profile schema with the city's own categories and districts as the only valid choices. */
export function profileForCity(city: {
  categories: readonly { slug: string }[];
  districts: readonly { slug: string }[];
}) {
  const categories = new Set(city.categories.map((c) => c.slug));
  const districts = new Set(city.districts.map((d) => d.slug));
  return ProfileInput.superRefine((profile, ctx) => {
    profile.interests.forEach((slug, index) => {
      if (!categories.has(slug)) {
        ctx.addIssue({
          code: "custom",
          path: ["interests", index],
          message: "Dieses Engagementfeld gibt es in dieser Stadt nicht.",
        });
      }
    });
    if (profile.district !== null && !districts.has(profile.district)) {
      ctx.addIssue({
        code: "custom",
        path: ["district"],
        message: "Diesen Stadtteil gibt es in dieser Stadt nicht.",
      });
    }
  });
}

/**
 * Options of a suggestion list. Whether a person needs a step-free place is asked here, as a
 * filter of the list, because the person record has no field for it.
 */
export const SuggestionsInput = z
  .object({ needsStepFree: z.boolean().default(false) })
  .default({ needsStepFree: false });
export type SuggestionsInput = z.infer<typeof SuggestionsInput>;
