import type { CategoryConfig } from "./city.schema.ts";

/** The fields of engagement every new city starts with; each city may edit its own list. */
export const DEFAULT_CATEGORIES: CategoryConfig[] = [
  { slug: "soziales", label: { de: "Soziales", en: "Social services" } },
  { slug: "kinder-jugend", label: { de: "Kinder & Jugend", en: "Children & youth" } },
  { slug: "familie", label: { de: "Familie", en: "Family" } },
  { slug: "senioren", label: { de: "Senioren", en: "Older people" } },
  { slug: "sport", label: { de: "Sport", en: "Sport" } },
  { slug: "kultur", label: { de: "Kultur", en: "Culture" } },
  {
    slug: "umwelt-nachhaltigkeit",
    label: { de: "Umwelt & Nachhaltigkeit", en: "Environment & sustainability" },
  },
  { slug: "bildung", label: { de: "Bildung", en: "Education" } },
  {
    slug: "integration-migration",
    label: { de: "Integration & Migration", en: "Integration & migration" },
  },
  {
    slug: "demokratie-beteiligung",
    label: { de: "Demokratie & Beteiligung", en: "Democracy & participation" },
  },
  { slug: "gesundheit-pflege", label: { de: "Gesundheit & Pflege", en: "Health & care" } },
  {
    slug: "katastrophenschutz-rettung",
    label: { de: "Katastrophenschutz & Rettung", en: "Civil protection & rescue" },
  },
];
