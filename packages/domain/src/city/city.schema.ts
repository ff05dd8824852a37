import { z } from "zod";
import { FEDERAL_STATES } from "./federal-states.ts";
import { Coordinates, Email, LocalizedText, Slug } from "../shared/primitives.ts";
import { RetentionSettings } from "../privacy/retention.ts";

export const FederalState = z.enum(FEDERAL_STATES);
export type FederalState = z.infer<typeof FederalState>;

export const OrganisationKind = z.enum(["department", "partner"]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const District = z.object({
  slug: Slug,
  name: z.string().min(1).max(80),
  postcodes: z.array(z.string().regex(/^\d{5}$/)).default([]),
  center: Coordinates,
});
export type District = z.infer<typeof District>;

export const OrganisationConfig = z.object({
  slug: Slug,
  name: z.string().min(2).max(120),
  kind: OrganisationKind,
  email: Email,
});
export type OrganisationConfig = z.infer<typeof OrganisationConfig>;

export const CategoryConfig = z.object({
  slug: Slug,
  label: LocalizedText,
});
export type CategoryConfig = z.infer<typeof CategoryConfig>;

const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: "Farbe als #RRGGBB angeben." });

export const Branding = z.object({
  /** Shown in headers and titles, e.g. "Göppingen engagiert". */
  displayName: z.string().min(2).max(80),
  primaryColour: HexColour,
  /** A small SVG logo as markup, so no file must be fetched at run time. */
  logoSvg: z.string().max(20_000).startsWith("<svg").optional(),
});
export type Branding = z.infer<typeof Branding>;

/** Everything a city changes to run the platform: data, never components. */
export const CityConfig = z
  .object({
    slug: Slug,
    name: z.string().min(2).max(80),
    federalState: FederalState,
    population: z.number().int().positive().nullable(),
    joinedNetworkYear: z.number().int().min(2015).max(2100).nullable(),
    isDemo: z.boolean(),
    coordinationOffice: z.object({
      name: z.string().min(2).max(120),
      email: Email,
      phone: z.string().max(40).optional(),
      address: z.string().max(200),
    }),
    districts: z.array(District).min(1),
    organisations: z.array(OrganisationConfig).min(1),
    categories: z.array(CategoryConfig).min(1),
    branding: Branding,
    /** Retention periods (privacy/retention.ts); the defaults apply where a city sets none. */
    retention: RetentionSettings.optional(),
  })
  .superRefine((city, ctx) => {
    for (const [key, list] of [
      ["districts", city.districts],
      ["organisations", city.organisations],
      ["categories", city.categories],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((item, index) => {
        if (seen.has(item.slug)) {
          ctx.addIssue({
            code: "custom",
            path: [key, index, "slug"],
            message: `"${item.slug}" kommt doppelt vor.`,
          });
        }
        seen.add(item.slug);
      });
    }
  });
export type CityConfig = z.infer<typeof CityConfig>;
