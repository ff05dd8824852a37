import { GOEPPINGEN } from "@engagiert/domain/city";
import type { Role } from "@engagiert/domain/access";

/** The password of every demo staff and network account (they are marked `is_demo`). */
export const DEMO_PASSWORD = "Engagiert-Demo-2026";

export type DemoAccount = {
  email: string;
  role: Role;
  displayName: string;
  /** The organisation a staff account works for. */
  organisationSlug: string | null;
  description: string;
};

/** Fictional staff of each organisation, in the order of GOEPPINGEN.organisations. */
const STAFF_NAMES = [
  "Miriam Kessler",
  "Deniz Aksoy",
  "Brigitte Haug",
  "Jonas Ebert",
  "Elena Russo",
  "Markus Vogt",
  "Carolin Seitz",
  "Amina Rahimi",
  "Tobias Kienle",
  "Ulrike Gölz",
  "Katja Nowak",
  "Stefan Ostertag",
  "Selin Yıldız",
  "Martin Pfeiffer",
  "Sandra Rapp",
  "Heinz Bührle",
  "Nikola Babić",
];

const staff: DemoAccount[] = GOEPPINGEN.organisations.map((org, i) => ({
  email: `${org.slug}@team.goeppingen.example`,
  role: "staff",
  displayName: STAFF_NAMES[i % STAFF_NAMES.length]!,
  organisationSlug: org.slug,
  description: `Mitarbeiterin oder Mitarbeiter: ${org.name}`,
}));

/** Every demo sign-in, for the README and the tests. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "koordination@goeppingen.example",
    role: "coordinator",
    displayName: "Sabine Krämer",
    organisationSlug: null,
    description: "Koordinierungsstelle: sieht die ganze Stadt",
  },
  {
    email: "admin@goeppingen.example",
    role: "city_admin",
    displayName: "Oliver Brandt",
    organisationSlug: null,
    description: "Stadtverwaltung: konfiguriert die Stadt und verwaltet Zugänge",
  },
  ...staff,
  {
    email: "netzwerk@goeppingen.example",
    role: "network_member",
    displayName: "Ayla Demir",
    organisationSlug: null,
    description: "Netzwerkkontakt der Stadt im Netzwerk Engagierte Stadt",
  },
  {
    email: "netzwerk-admin@goeppingen.example",
    role: "network_admin",
    displayName: "Peter Lindner",
    organisationSlug: null,
    description: "Betreut Städteverzeichnis und Netzwerktreffen",
  },
  {
    email: "ehrenamt@goeppingen.example",
    role: "volunteer",
    displayName: "Lena Wagner",
    organisationSlug: null,
    description: "Ehrenamtliche mit laufenden Engagements; meldet sich per E-Mail-Link an",
  },
];

/** The staff member who answers questions about an organisation's opportunities. */
export function contactOf(organisationSlug: string): { name: string; email: string } {
  const account = staff.find((a) => a.organisationSlug === organisationSlug);
  const org = GOEPPINGEN.organisations.find((o) => o.slug === organisationSlug);
  if (!account || !org) throw new Error(`Unknown organisation ${organisationSlug}`);
  return { name: account.displayName, email: org.email };
}
