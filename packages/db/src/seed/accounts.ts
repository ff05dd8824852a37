import { GOEPPINGEN, RHEINFELDEN, type CityConfig } from "@engagiert/domain/city";
import { requiresSecondFactor, type Role } from "@engagiert/domain/access";

/** The password of every demo staff and network account (they are marked `is_demo`). */
export const DEMO_PASSWORD = "Engagiert-Demo-2026";

/**
 * The authenticator secret (TOTP, base32) of every demo account whose role requires a second
 * factor: the coordination offices and the admins. Public on purpose, like the password: the
 * README lists it, so anyone trying the demo adds it to an authenticator app, and the browser
 * tests compute the current code from it. Only demo accounts get it.
 */
export const DEMO_TOTP_SECRET = "ENGAGIERTDEMOZWEITERFAKTORGEHEIM";

/** The second-factor columns of a demo account: set up with the demo secret where required. */
export function demoSecondFactor(role: Role, at: Date) {
  return requiresSecondFactor(role)
    ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: at }
    : { totpSecret: null, totpEnabledAt: null };
}

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

/** One staff account per organisation of a city, `<organisation>@<domain>`. */
function staffAccounts(city: CityConfig, names: readonly string[], domain: string): DemoAccount[] {
  return city.organisations.map((org, i) => ({
    email: `${org.slug}@${domain}`,
    role: "staff",
    displayName: names[i % names.length]!,
    organisationSlug: org.slug,
    description: `Mitarbeiterin oder Mitarbeiter: ${org.name}`,
  }));
}

const staff = staffAccounts(GOEPPINGEN, STAFF_NAMES, "team.goeppingen.example");

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

/** Fictional staff of Rheinfelden's organisations, in the order of RHEINFELDEN.organisations. */
const RHEINFELDEN_STAFF_NAMES = [
  "Christine Maier",
  "Florian Wehrle",
  "Hatice Korkmaz",
  "Bernd Ruf",
  "Sven Kaiser",
  "Gertrud Blum",
  "Nadine Schwarz",
  "Luca Bianchi",
];

const rheinfeldenStaff = staffAccounts(
  RHEINFELDEN,
  RHEINFELDEN_STAFF_NAMES,
  "team.rheinfelden.example",
);

/** The sign-ins of the second demo city, Rheinfelden (Baden), for the README and the tests. */
export const RHEINFELDEN_DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "koordination@rheinfelden.example",
    role: "coordinator",
    displayName: "Julia Ebner",
    organisationSlug: null,
    description: "Stabsstelle Bürgerschaftliches Engagement: sieht die ganze Stadt",
  },
  {
    email: "admin@rheinfelden.example",
    role: "city_admin",
    displayName: "Thomas Gerber",
    organisationSlug: null,
    description: "Erste Administratorin oder erster Administrator der Stadt",
  },
  ...rheinfeldenStaff,
  {
    email: "netzwerk@rheinfelden.example",
    role: "network_member",
    displayName: "Melanie Frick",
    organisationSlug: null,
    description: "Netzwerkkontakt der Stadt im Netzwerk Engagierte Stadt",
  },
  {
    email: "ehrenamt@rheinfelden.example",
    role: "volunteer",
    displayName: "Jana Brunner",
    organisationSlug: null,
    description: "Ehrenamtliche mit laufenden Engagements; meldet sich per E-Mail-Link an",
  },
];

/** Who answers questions about an organisation's opportunities: its demo staff member. */
function contactsIn(city: CityConfig, accounts: readonly DemoAccount[]) {
  return (organisationSlug: string): { name: string; email: string } => {
    const account = accounts.find((a) => a.organisationSlug === organisationSlug);
    const org = city.organisations.find((o) => o.slug === organisationSlug);
    if (!account || !org) throw new Error(`Unknown organisation ${organisationSlug}`);
    return { name: account.displayName, email: org.email };
  };
}

/** The staff member who answers questions about a Göppingen organisation's opportunities. */
export const contactOf = contactsIn(GOEPPINGEN, staff);

/** The same for Rheinfelden's organisations. */
export const rheinfeldenContactOf = contactsIn(RHEINFELDEN, rheinfeldenStaff);

/**
 * The user row of a demo account: staff and network roles with the demo password (and the demo
 * second factor where the role needs one), the volunteer linked to the demo volunteer.
 */
export function demoUserRow(
  account: DemoAccount,
  context: {
    cityId: string;
    id: string;
    organisationIds: ReadonlyMap<string, string>;
    volunteerId: string;
    staffPasswordHash: string;
    now: Date;
  },
) {
  return {
    cityId: context.cityId,
    id: context.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    organisationId: account.organisationSlug
      ? context.organisationIds.get(account.organisationSlug)!
      : null,
    personId: account.role === "volunteer" ? context.volunteerId : null,
    passwordHash: account.role === "volunteer" ? null : context.staffPasswordHash,
    ...demoSecondFactor(account.role, context.now),
    isDemo: true,
  };
}
