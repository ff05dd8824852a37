import { sql } from "drizzle-orm";
import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { CityConfig } from "@engagiert/domain/city";

/**
 * Network-wide reference data: the member cities of the Engaged Cities network. Cities that run
 * the platform carry their configuration; directory-only members have none.
 */
export const cities = pgTable("cities", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  federalState: text("federal_state").notNull(),
  population: integer("population"),
  joinedNetworkYear: integer("joined_network_year"),
  coordinationEmail: text("coordination_email"),
  /** Where the directory entry comes from (a public source), for the reader to check. */
  source: text("source"),
  isDemo: boolean("is_demo").notNull().default(false),
  config: jsonb("config").$type<CityConfig>(),
  /** The city shares its anonymous yearly figures with the network (opt-in by its coordinator). */
  sharesFigures: boolean("shares_figures").notNull().default(false),
  sharesFiguresChangedAt: timestamp("shares_figures_changed_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
