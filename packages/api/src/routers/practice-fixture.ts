import type { Database } from "@engagiert/db/client";
import type { SessionUser } from "@engagiert/db/queries/accounts";
import type { Role } from "@engagiert/domain/access";
import type { PracticeSaveInput } from "@engagiert/domain/network";
import { TRPCError } from "@trpc/server";
import { actorFor, type ApiSettings } from "../context.ts";
import { createRequestContext } from "../request.ts";
import { createCaller } from "../root.ts";
import { insertUser, SILENT, TEST_SETTINGS } from "../testing.ts";

/** The network app's address in test mails. */
export const NETWORK_APP = "https://netzwerk.example";
const SETTINGS: ApiSettings = { ...TEST_SETTINGS, networkAppUrl: NETWORK_APP };

export const NOW = new Date("2026-11-24T09:00:00Z");

/** A caller acting as a signed-in member of a city (signing in itself is tested in auth.test.ts). */
export async function member(
  db: Database,
  citySlug: string,
  user: { email: string; role: Role; organisationId?: string | null; name?: string },
  now: () => Date = () => NOW,
) {
  const base = await createRequestContext({
    db,
    citySlug,
    cookieHeader: null,
    clientAddress: "192.0.2.1",
    settings: SETTINGS,
    setCookie: () => {},
    log: SILENT,
    now,
  });
  const row = await insertUser(db, base.city.id, user);
  const sessionUser: SessionUser = {
    userId: row.id,
    email: row.email,
    displayName: user.name ?? row.displayName,
    role: user.role,
    organisationId: row.organisationId,
    organisationName: null,
    personId: row.personId,
  };
  return createCaller({ ...base, user: sessionUser, actor: actorFor(base.city, sessionUser) });
}

/** A visitor who is not signed in. */
export async function visitor(db: Database, citySlug: string) {
  return createCaller(
    await createRequestContext({
      db,
      citySlug,
      cookieHeader: null,
      clientAddress: "192.0.2.1",
      settings: SETTINGS,
      setCookie: () => {},
      log: SILENT,
      now: () => NOW,
    }),
  );
}

/** A practice as the editor sends it; override what the test is about. */
export function practiceInput(overrides: Partial<PracticeSaveInput> = {}): PracticeSaveInput {
  return {
    title: "Engagement-Lotsen im Quartier",
    summary: "Ehrenamtliche Lotsinnen und Lotsen beraten Neue im Stadtteil zu passenden Aufgaben.",
    problem: "Viele Menschen wollten sich engagieren, fanden aber nicht den passenden Einstieg.",
    approach:
      "Wir haben zwölf Lotsinnen und Lotsen geschult, die zweimal im Monat Sprechstunde halten.",
    resourcesPeople: "Eine halbe Stelle in der Koordinierungsstelle",
    resourcesMoney: "1.500 € im Jahr für Schulungen",
    resourcesTime: "Ein halbes Jahr Vorbereitung",
    results: "Im ersten Jahr fanden 80 Menschen eine Aufgabe.",
    contactName: "Frau Beispiel",
    contactEmail: "kontakt@stadt-a.example",
    links: [{ label: "Bericht", url: "https://stadt-a.example/lotsen" }],
    themes: ["akquise", "neue-engagementformen"],
    publish: false,
    ...overrides,
  };
}

/** The tRPC code of a failed call, or "OK". */
export const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

/** The refusal of a call, as a client reads it: code, reason and messages per field. */
export async function refusalOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as
      { reason?: string; issues?: { path: PropertyKey[]; message: string }[] } | undefined;
    const fields: Record<string, string> = {};
    for (const issue of cause?.issues ?? [])
      fields[issue.path.map(String).join(".")] ??= issue.message;
    return { code: error.code, reason: cause?.reason ?? null, fields };
  }
  throw new Error("The call was not refused.");
}
