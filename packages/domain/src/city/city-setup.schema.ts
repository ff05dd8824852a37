import { z } from "zod";
import { DEFAULT_CATEGORIES } from "./categories.ts";
import {
  Branding,
  CategoryConfig,
  CityConfig,
  District,
  OrganisationConfig,
} from "./city.schema.ts";
import { FEDERAL_STATES } from "./federal-states.ts";
import { Email } from "../shared/primitives.ts";

/** The person who configures the city and grants the other accounts. */
export const FirstAdmin = z.strictObject({
  displayName: z.string().trim().min(2).max(120),
  email: Email,
});
export type FirstAdmin = z.infer<typeof FirstAdmin>;

/** A list whose items are told apart by slug: a second item with the same slug is refused. */
function withUniqueSlugs<T extends z.ZodType<{ slug: string }>>(item: T) {
  return z
    .array(item)
    .min(1)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        if (seen.has(entry.slug)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "slug"],
            message: `"${entry.slug}" kommt doppelt vor.`,
          });
        }
        seen.add(entry.slug);
      });
    });
}

/** Relative luminance of an sRGB colour (WCAG 2.1). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast of a colour against the white page (WCAG 2.1), e.g. 7.2 for 7.2:1. */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/**
 * The city's colour marks the header of every app. As a non-text element it needs at least 3:1
 * against the white page (WCAG 2.1, 1.4.11).
 */
export const MIN_BRANDING_CONTRAST = 3;

const GERMANY = { lat: [47.2, 55.1], lng: [5.8, 15.1] } as const;

const SetupDistrict = z
  .strictObject({
    ...District.shape,
    postcodes: z
      .array(z.string().regex(/^\d{5}$/, { message: "Eine Postleitzahl hat 5 Ziffern." }))
      .default([]),
  })
  .superRefine((district, ctx) => {
    const { lat, lng } = district.center;
    const inGermany =
      lat >= GERMANY.lat[0] &&
      lat <= GERMANY.lat[1] &&
      lng >= GERMANY.lng[0] &&
      lng <= GERMANY.lng[1];
    if (!inGermany) {
      ctx.addIssue({
        code: "custom",
        path: ["center"],
        message: `Der Mittelpunkt (${lat}, ${lng}) liegt nicht in Deutschland. Sind Breite (lat) und Länge (lng) vertauscht?`,
      });
    }
  });

const SetupBranding = z.strictObject(Branding.shape).superRefine((branding, ctx) => {
  if (!/^#[0-9a-fA-F]{6}$/.test(branding.primaryColour)) return;
  const contrast = contrastOnWhite(branding.primaryColour);
  if (contrast < MIN_BRANDING_CONTRAST) {
    ctx.addIssue({
      code: "custom",
      path: ["primaryColour"],
      message: `Die Farbe hebt sich zu wenig von Weiß ab (Kontrast ${contrast.toFixed(1).replace(".", ",")}:1, nötig mindestens 3:1). Bitte eine dunklere Farbe wählen.`,
    });
  }
});

const config = CityConfig.shape;

/**
 * Everything needed to start the platform for a city, as a partner city writes it in a file:
 * the city's configuration (as `CityConfig`) plus its first administrator. Unknown fields are
 * refused, so a typo does not silently drop a setting. `isDemo`, `population`,
 * `joinedNetworkYear` and `categories` may be left out; `$comment` holds a note for the reader
 * of the file (JSON has no comments) and is not stored.
 */
export const CitySetup = z.strictObject({
  ...config,
  $comment: z.string().max(2000).optional(),
  federalState: z.enum(FEDERAL_STATES, {
    error: `Bitte eines der 16 Länder angeben, so geschrieben: ${FEDERAL_STATES.join(", ")}.`,
  }),
  population: config.population.default(null),
  joinedNetworkYear: config.joinedNetworkYear.default(null),
  isDemo: z.boolean().default(false),
  coordinationOffice: z.strictObject(config.coordinationOffice.shape),
  districts: withUniqueSlugs(SetupDistrict),
  organisations: withUniqueSlugs(z.strictObject(OrganisationConfig.shape)),
  categories: withUniqueSlugs(z.strictObject(CategoryConfig.shape)).default(DEFAULT_CATEGORIES),
  branding: SetupBranding,
  firstAdmin: FirstAdmin,
});
export type CitySetup = z.infer<typeof CitySetup>;

/** The configuration a city runs with, without the set-up-only parts. */
export function cityConfigOf(setup: CitySetup): CityConfig {
  const { firstAdmin: _firstAdmin, $comment: _comment, ...city } = setup;
  return city;
}

/** One problem of a set-up file: where it is (`organisations[2].email`) and what to do. */
export type CitySetupProblem = { path: string; message: string };

export type CitySetupCheck =
  { ok: true; setup: CitySetup } | { ok: false; problems: CitySetupProblem[] };

/** A JSON path as a person reads it: `districts[0].center.lat`; the file itself is "(Datei)". */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || "(Datei)";
}

const TYPE_NAMES: Record<string, string> = {
  string: "einen Text in Anführungszeichen",
  number: "eine Zahl",
  int: "eine ganze Zahl",
  boolean: "true oder false",
  array: "eine Liste [ … ]",
  object: "ein Objekt { … }",
};

const UNITS: Record<string, [string, string]> = {
  string: ["Zeichen", "Zeichen"],
  array: ["Eintrag", "Einträge"],
};

function bound(kind: "Mindestens" | "Höchstens", origin: string, value: unknown): string {
  const unit = UNITS[origin];
  if (!unit) return `${kind} ${String(value)}.`;
  return `${kind} ${String(value)} ${value === 1 ? unit[0] : unit[1]}.`;
}

/**
 * German messages for zod's built-in checks, phrased for a person editing a file. Checks with
 * their own message (slugs, e-mail addresses, colours) keep it.
 */
const germanError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "Fehlt: bitte angeben.";
      return `Erwartet wird ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case "too_small":
      return bound("Mindestens", issue.origin, issue.minimum);
    case "too_big":
      return bound("Höchstens", issue.origin, issue.maximum);
    case "unrecognized_keys":
      return issue.keys.length === 1
        ? `Unbekanntes Feld "${issue.keys[0]}". Ist es falsch geschrieben?`
        : `Unbekannte Felder ${issue.keys.map((k) => `"${k}"`).join(", ")}. Sind sie falsch geschrieben?`;
    case "invalid_value":
      return `Erlaubt ist nur: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`;
    case "invalid_format":
      return issue.format === "starts_with"
        ? `Muss mit "${(issue as { prefix?: string }).prefix ?? ""}" beginnen.`
        : "Das Format stimmt nicht.";
    case "not_multiple_of":
      return "Bitte eine ganze Zahl angeben.";
    default:
      return undefined;
  }
};

/**
 * Checks a set-up file's content and reports every problem at once, each with its path, so a
 * person fixes the whole file in one go.
 */
export function checkCitySetup(input: unknown): CitySetupCheck {
  const result = CitySetup.safeParse(input, { error: germanError });
  if (result.success) return { ok: true, setup: result.data };
  const problems = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  return { ok: false, problems };
}
