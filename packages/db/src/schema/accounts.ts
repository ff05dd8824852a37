import { boolean, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { cityKey, cityOwned, cityRef, createdAt } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { persons } from "./people.ts";

/** A sign-in: staff and network roles with a password, volunteers by e-mail link. */
export const users = pgTable(
  "users",
  {
    ...cityOwned(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", {
      enum: ["volunteer", "staff", "coordinator", "city_admin", "network_member", "network_admin"],
    }).notNull(),
    organisationId: uuid("organisation_id"),
    personId: uuid("person_id"),
    /** argon2id (PHC string); null for volunteers, who sign in by link. */
    passwordHash: text("password_hash"),
    isActive: boolean("is_active").notNull().default(true),
    isDemo: boolean("is_demo").notNull().default(false),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    unique("users_city_email").on(t.cityId, t.email),
    cityRef("users_organisation_fk", t, t.organisationId, organisations),
    cityRef("users_person_fk", t, t.personId, persons),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256 hash. */
export const sessions = pgTable(
  "sessions",
  {
    ...cityOwned(),
    tokenHash: text("token_hash").notNull(),
    userId: uuid("user_id").notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** The absolute end, whatever the activity. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    cityKey(t),
    unique("sessions_city_token").on(t.cityId, t.tokenHash),
    index("sessions_city_user").on(t.cityId, t.userId),
    index("sessions_city_expires").on(t.cityId, t.expiresAt),
    cityRef("sessions_user_fk", t, t.userId, users),
  ],
);

/** One-time sign-in links for volunteers (only the hash of the token is kept). */
export const signInLinks = pgTable(
  "sign_in_links",
  {
    ...cityOwned(),
    tokenHash: text("token_hash").notNull(),
    userId: uuid("user_id").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    unique("sign_in_links_city_token").on(t.cityId, t.tokenHash),
    index("sign_in_links_city_expires").on(t.cityId, t.expiresAt),
    cityRef("sign_in_links_user_fk", t, t.userId, users),
  ],
);

/** Failed and successful sign-ins per key (an e-mail or an address), for brute-force limits. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    ...cityOwned(),
    key: text("key").notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    cityKey(t),
    index("sign_in_attempts_city_key_at").on(t.cityId, t.key, t.at),
    index("sign_in_attempts_city_at").on(t.cityId, t.at),
  ],
);
