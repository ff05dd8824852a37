import type { CityConfig } from "./city.schema.ts";
import { DEFAULT_CATEGORIES } from "./categories.ts";

/**
 * Demo configuration for Rheinfelden (Baden), Baden-Württemberg: the second city of the demo,
 * a member of the network that runs the platform with its own organisations and data.
 * District centres are approximate; organisations, addresses and e-mail addresses are demo data
 * (`.example`), not the city's real contacts.
 */
export const RHEINFELDEN: CityConfig = {
  slug: "rheinfelden-baden",
  name: "Rheinfelden (Baden)",
  federalState: "Baden-Württemberg",
  population: null,
  joinedNetworkYear: null,
  isDemo: true,
  coordinationOffice: {
    name: "Stabsstelle Bürgerschaftliches Engagement",
    email: "engagement@rheinfelden.example",
    phone: "07623 000-000",
    address: "Kirchplatz 2, 79618 Rheinfelden (Baden)",
  },
  districts: [
    {
      slug: "kernstadt",
      name: "Kernstadt",
      postcodes: ["79618"],
      center: { lat: 47.5606, lng: 7.7878 },
    },
    { slug: "herten", name: "Herten", postcodes: ["79618"], center: { lat: 47.563, lng: 7.742 } },
    {
      slug: "nollingen",
      name: "Nollingen",
      postcodes: ["79618"],
      center: { lat: 47.5735, lng: 7.8 },
    },
    { slug: "karsau", name: "Karsau", postcodes: ["79618"], center: { lat: 47.566, lng: 7.839 } },
    {
      slug: "degerfelden",
      name: "Degerfelden",
      postcodes: ["79618"],
      center: { lat: 47.585, lng: 7.754 },
    },
    { slug: "minseln", name: "Minseln", postcodes: ["79618"], center: { lat: 47.6, lng: 7.833 } },
    {
      slug: "eichsel",
      name: "Eichsel",
      postcodes: ["79618"],
      center: { lat: 47.5935, lng: 7.793 },
    },
    {
      slug: "adelhausen",
      name: "Adelhausen",
      postcodes: ["79618"],
      center: { lat: 47.617, lng: 7.801 },
    },
  ],
  organisations: [
    {
      slug: "familie-jugend-senioren",
      name: "Amt für Familie, Jugend und Senioren",
      kind: "department",
      email: "familie@rheinfelden.example",
    },
    {
      slug: "kultur-bibliothek",
      name: "Kulturamt und Stadtbibliothek",
      kind: "department",
      email: "kultur@rheinfelden.example",
    },
    {
      slug: "integration",
      name: "Büro für Integration",
      kind: "department",
      email: "integration@rheinfelden.example",
    },
    {
      slug: "stadtgruen-umwelt",
      name: "Stadtgrün und Umwelt",
      kind: "department",
      email: "umwelt@rheinfelden.example",
    },
    {
      slug: "feuerwehr",
      name: "Freiwillige Feuerwehr",
      kind: "department",
      email: "feuerwehr@rheinfelden.example",
    },
    {
      slug: "seniorenrat",
      name: "Seniorenrat",
      kind: "partner",
      email: "seniorenrat@rheinfelden.example",
    },
    {
      slug: "buendnis-familie",
      name: "Lokales Bündnis für Familie",
      kind: "partner",
      email: "buendnis@rheinfelden.example",
    },
    {
      slug: "nachbarschaftshilfe",
      name: "Nachbarschaftshilfe",
      kind: "partner",
      email: "nachbarschaft@rheinfelden.example",
    },
  ],
  categories: DEFAULT_CATEGORIES,
  branding: {
    displayName: "Rheinfelden engagiert",
    primaryColour: "#a4161a",
  },
};
