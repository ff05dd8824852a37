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
    /** The TOTP secret (RFC 6238, base32) once a second factor is set up; null before. */
    totpSecret: text("totp_secret"),
    /** When the second factor was confirmed with a first valid code; null: not in use. */
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    /** When a city admin deactivated the account (is_active false), and who did. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    unique("users_city_email").on(t.cityId, t.email),
    index("users_city_role").on(t.cityId, t.role, t.displayName),
    index("users_city_last_sign_in").on(t.cityId, t.lastSignInAt),
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
    /** Password accepted, second factor still to give: the session may only do that. */
    pendingSecondFactor: boolean("pending_second_factor").notNull().default(false),
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

/** One-time recovery codes for a lost second factor (only their hashes are kept). */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    ...cityOwned(),
    userId: uuid("user_id").notNull(),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("recovery_codes_user_fk", t, t.userId, users),
    index("recovery_codes_city_user").on(t.cityId, t.userId),
  ],
);

/**
 * An invitation of a staff member by a city admin: an e-mail link (only its hash is kept) with
 * which the person sets a password and so creates the account with the role given.
 */
export const staffInvitations = pgTable(
  "staff_invitations",
  {
    ...cityOwned(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", {
      enum: ["staff", "coordinator", "city_admin", "network_member", "network_admin"],
    }).notNull(),
    organisationId: uuid("organisation_id"),
    tokenHash: text("token_hash").notNull(),
    invitedByUserId: uuid("invited_by_user_id").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    unique("staff_invitations_city_token").on(t.cityId, t.tokenHash),
    cityRef("staff_invitations_organisation_fk", t, t.organisationId, organisations),
    cityRef("staff_invitations_invited_by_fk", t, t.invitedByUserId, users),
    index("staff_invitations_city_created").on(t.cityId, t.createdAt),
  ],
);
