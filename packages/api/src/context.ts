import type { Database } from "@engagiert/db/client";
import type { SessionUser } from "@engagiert/db/queries/accounts";
import type { CityScope } from "@engagiert/db/queries/scope";
import type { CityConfig } from "@engagiert/domain/city";
import type { Actor } from "@engagiert/domain/access";

/** Settings the procedures need, read and validated once by the server (apps/api). */
export type ApiSettings = {
  /** Where volunteers open sign-in links: the public app's address. */
  publicAppUrl: string;
  /** Where members open the network app (links in network mails); localhost:5175 when unset. */
  networkAppUrl?: string;
  /** Where staff open the Verwaltung app (invitation links); localhost:5174 when unset. */
  departmentsAppUrl?: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  signInLinkMinutes: number;
  cookieSecure: boolean;
};

export type City = { id: string; slug: string; name: string; config: CityConfig };

export type Logger = {
  info: (msg: string, fields?: Record<string, unknown>) => void;
  warn: (msg: string, fields?: Record<string, unknown>) => void;
  error: (msg: string, fields?: Record<string, unknown>) => void;
};

/** Everything a procedure may use: built per request by the server, or by a test. */
export type Context = {
  db: Database;
  city: City;
  scope: CityScope;
  actor: Actor;
  user: SessionUser | null;
  /** The raw session token from the cookie, if any (to sign out). */
  sessionToken: string | null;
  settings: ApiSettings;
  now: () => Date;
  /** Where the request came from, for rate limits. */
  clientAddress: string;
  setCookie: (cookie: string) => void;
  log: Logger;
};

export const SESSION_COOKIE = "engagiert_session";

export function actorFor(city: City, user: SessionUser | null): Actor {
  if (!user) return { kind: "anonymous", cityId: city.id };
  return {
    kind: "user",
    userId: user.userId,
    cityId: city.id,
    role: user.role,
    organisationId: user.organisationId,
    personId: user.personId,
  };
}
