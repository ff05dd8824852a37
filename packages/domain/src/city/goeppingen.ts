import type { CityConfig } from "./city.schema.ts";
import { DEFAULT_CATEGORIES } from "./categories.ts";

/**
 * Demo configuration for Göppingen (Baden-Württemberg), the first city of the platform.
 * Districts and coordinates are approximate; organisation names, addresses and e-mail
 * addresses are demo data (`.example`), not the city's real contacts.
 */
export const GOEPPINGEN: CityConfig = {
  slug: "goeppingen",
  name: "Göppingen",
  federalState: "Baden-Württemberg",
  population: null,
  joinedNetworkYear: 2024,
  isDemo: true,
  coordinationOffice: {
    name: "Koordinierungsstelle Bürgerschaftliches Engagement",
    email: "engagement@goeppingen.example",
    phone: "07161 000-000",
    address: "Hauptstraße 1, 73033 Göppingen",
  },
  districts: [
    {
      slug: "innenstadt",
      name: "Innenstadt",
      postcodes: ["73033"],
      center: { lat: 48.7035, lng: 9.6525 },
    },
    {
      slug: "bartenbach",
      name: "Bartenbach",
      postcodes: ["73035"],
      center: { lat: 48.7236, lng: 9.6722 },
    },
    {
      slug: "bezgenriet",
      name: "Bezgenriet",
      postcodes: ["73035"],
      center: { lat: 48.674, lng: 9.636 },
    },
    {
      slug: "faurndau",
      name: "Faurndau",
      postcodes: ["73035"],
      center: { lat: 48.708, lng: 9.608 },
    },
    {
      slug: "hohenstaufen",
      name: "Hohenstaufen",
      postcodes: ["73037"],
      center: { lat: 48.742, lng: 9.715 },
    },
    {
      slug: "holzheim",
      name: "Holzheim",
      postcodes: ["73037"],
      center: { lat: 48.681, lng: 9.678 },
    },
    {
      slug: "jebenhausen",
      name: "Jebenhausen",
      postcodes: ["73035"],
      center: { lat: 48.68, lng: 9.654 },
    },
    { slug: "maitis", name: "Maitis", postcodes: ["73037"], center: { lat: 48.753, lng: 9.703 } },
    { slug: "manzen", name: "Manzen", postcodes: ["73037"], center: { lat: 48.692, lng: 9.696 } },
    {
      slug: "st-gotthardt",
      name: "St. Gotthardt",
      postcodes: ["73037"],
      center: { lat: 48.687, lng: 9.715 },
    },
    {
      slug: "ursenwang",
      name: "Ursenwang",
      postcodes: ["73037"],
      center: { lat: 48.688, lng: 9.688 },
    },
  ],
  organisations: [
    {
      slug: "soziales-familie",
      name: "Fachbereich Soziales und Familie",
      kind: "department",
      email: "soziales@goeppingen.example",
    },
    {
      slug: "jugendfoerderung",
      name: "Kinder- und Jugendförderung",
      kind: "department",
      email: "jugend@goeppingen.example",
    },
    {
      slug: "seniorenbuero",
      name: "Seniorenbüro",
      kind: "department",
      email: "senioren@goeppingen.example",
    },
    {
      slug: "stadtbibliothek",
      name: "Stadtbibliothek",
      kind: "department",
      email: "bibliothek@goeppingen.example",
    },
    {
      slug: "kulturamt",
      name: "Kulturamt",
      kind: "department",
      email: "kultur@goeppingen.example",
    },
    {
      slug: "sportamt",
      name: "Amt für Sport und Bäder",
      kind: "department",
      email: "sport@goeppingen.example",
    },
    {
      slug: "umweltamt",
      name: "Umweltamt",
      kind: "department",
      email: "umwelt@goeppingen.example",
    },
    {
      slug: "integrationsbuero",
      name: "Integrationsbüro",
      kind: "department",
      email: "integration@goeppingen.example",
    },
    {
      slug: "feuerwehr",
      name: "Feuerwehr und Bevölkerungsschutz",
      kind: "department",
      email: "feuerwehr@goeppingen.example",
    },
    {
      slug: "museen-archiv",
      name: "Museen und Stadtarchiv",
      kind: "department",
      email: "museen@goeppingen.example",
    },
    {
      slug: "bildung-schulen",
      name: "Amt für Bildung und Schulen",
      kind: "department",
      email: "bildung@goeppingen.example",
    },
    {
      slug: "buergerbeteiligung",
      name: "Bürgerbüro und Bürgerbeteiligung",
      kind: "department",
      email: "beteiligung@goeppingen.example",
    },
    {
      slug: "quartiersarbeit",
      name: "Stadtteil- und Quartiersarbeit",
      kind: "department",
      email: "quartier@goeppingen.example",
    },
    {
      slug: "gesundheit-inklusion",
      name: "Gesundheit und Inklusion",
      kind: "department",
      email: "inklusion@goeppingen.example",
    },
    {
      slug: "buendnis-familie",
      name: "Lokales Bündnis für Familien",
      kind: "partner",
      email: "buendnis@goeppingen.example",
    },
    {
      slug: "stadtseniorenrat",
      name: "Stadtseniorenrat",
      kind: "partner",
      email: "seniorenrat@goeppingen.example",
    },
    {
      slug: "pfd",
      name: "Partnerschaft für Demokratie",
      kind: "partner",
      email: "demokratie@goeppingen.example",
    },
  ],
  categories: DEFAULT_CATEGORIES,
  branding: {
    displayName: "Göppingen engagiert",
    primaryColour: "#0b5394",
  },
};
