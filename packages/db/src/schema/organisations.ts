import { boolean, pgTable, text, unique } from "drizzle-orm/pg-core";
import { cityKey, cityOwned, createdAt } from "./columns.ts";

/** A department (Dienststelle) or a local partner that hosts opportunities. */
export const organisations = pgTable(
  "organisations",
  {
    ...cityOwned(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["department", "partner"] }).notNull(),
    email: text("email").notNull(),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [cityKey(t), unique("organisations_city_slug").on(t.cityId, t.slug)],
);
