import type { Database } from "@engagiert/db/client";
import { findSessionUser } from "@engagiert/db/queries/accounts";
import { getCityBySlug } from "@engagiert/db/queries/cities";
import { cityScope } from "@engagiert/db/queries/scope";
import { CityConfig } from "@engagiert/domain/city";
import { readCookie } from "./auth/cookies.ts";
import { hashToken } from "./auth/tokens.ts";
import {
  actorFor,
  SESSION_COOKIE,
  type ApiSettings,
  type City,
  type Context,
  type Logger,
} from "./context.ts";

/** Cities change rarely: keep each for a minute instead of reading it on every request. */
const CITY_TTL_MS = 60_000;
const cityCaches = new WeakMap<Database, Map<string, { city: City | null; at: number }>>();

async function loadCity(db: Database, slug: string): Promise<City | null> {
  let cityCache = cityCaches.get(db);
  if (!cityCache) cityCaches.set(db, (cityCache = new Map()));
  const cached = cityCache.get(slug);
  if (cached && Date.now() - cached.at < CITY_TTL_MS) return cached.city;
  const row = await getCityBySlug(db, slug);
  const parsed = row?.config ? CityConfig.safeParse(row.config) : null;
  const city =
    row && parsed?.success
      ? { id: row.id, slug: row.slug, name: row.name, config: parsed.data }
      : null;
  cityCache.set(slug, { city, at: Date.now() });
  return city;
}

export class UnknownCity extends Error {
  override name = "UnknownCity";
}

/**
 * Builds a procedure's context from a request: the city (which must run the platform), the
 * signed-in user from the session cookie, and what the procedures need besides.
 */
export async function createRequestContext(options: {
  db: Database;
  citySlug: string;
  cookieHeader: string | null;
  clientAddress: string;
  settings: ApiSettings;
  setCookie: (cookie: string) => void;
  log: Logger;
  now?: () => Date;
}): Promise<Context> {
  const city = await loadCity(options.db, options.citySlug);
  if (!city) throw new UnknownCity(`Unknown city "${options.citySlug}".`);
  const now = options.now ?? (() => new Date());
  const scope = cityScope(city.id);
  const sessionToken = readCookie(options.cookieHeader, SESSION_COOKIE);
  const user = sessionToken
    ? await findSessionUser(
        options.db,
        scope,
        hashToken(sessionToken),
        now(),
        options.settings.sessionIdleMinutes * 60_000,
      )
    : null;
  return {
    db: options.db,
    city,
    scope,
    actor: actorFor(city, user),
    user,
    sessionToken,
    settings: options.settings,
    now,
    clientAddress: options.clientAddress,
    setCookie: options.setCookie,
    log: options.log,
  };
}
