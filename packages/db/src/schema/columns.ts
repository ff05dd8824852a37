import { sql } from "drizzle-orm";
import { foreignKey, primaryKey, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { cities } from "./network.ts";

/**
 * Every city-owned table starts with these columns: the tenant `city_id` (part of the primary key,
 * so the schema can be distributed by city) and the row's own `id`.
 */
export const cityOwned = () => ({
  cityId: uuid("city_id")
    .notNull()
    .references(() => cities.id),
  id: uuid("id")
    .notNull()
    .default(sql`gen_random_uuid()`),
});

export const createdAt = () =>
  timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/** The composite primary key of a city-owned table. */
export const cityKey = (t: { cityId: AnyPgColumn; id: AnyPgColumn }) =>
  primaryKey({ columns: [t.cityId, t.id] });

/** A reference within the same city: the foreign key always carries `city_id`. */
export const cityRef = (
  name: string,
  t: { cityId: AnyPgColumn },
  column: AnyPgColumn,
  target: { cityId: AnyPgColumn; id: AnyPgColumn },
) => foreignKey({ name, columns: [t.cityId, column], foreignColumns: [target.cityId, target.id] });
