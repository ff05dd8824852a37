import { rowsOf, type Database } from "@engagiert/db/client";
import { sql } from "drizzle-orm";

/**
 * Grows a seeded demo installation to network scale: `cityCount - 1` more cities, each a copy
 * of Göppingen's configuration under its own name, with its own organisations and copies of
 * Göppingen's published opportunities until about `totalOpportunities` exist. Done in SQL, so
 * 100,000 rows take seconds.
 */
export async function growToNetworkScale(
  db: Database,
  cityCount: number,
  totalOpportunities: number,
) {
  const [goeppingen] = rowsOf<{ id: string }>(
    await db.execute(sql`select id from cities where slug = 'goeppingen'`),
  );
  if (!goeppingen) throw new Error("Seed the demo city first.");
  const [{ n: published }] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from opportunities where city_id = ${goeppingen.id} and status = 'published'`,
    ),
  ) as [{ n: number }];
  const copiesPerCity = Math.max(1, Math.round(totalOpportunities / cityCount / published));

  for (let i = 2; i <= cityCount; i++) {
    const slug = `benchstadt-${String(i).padStart(3, "0")}`;
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        insert into cities (slug, name, federal_state, is_demo, config)
        select ${slug}, ${`Benchstadt ${i}`}, federal_state, true,
               jsonb_set(jsonb_set(config, '{slug}', to_jsonb(${slug}::text)), '{name}', to_jsonb(${`Benchstadt ${i}`}::text))
        from cities where id = ${goeppingen.id}`);
      await tx.execute(sql`
        insert into organisations (city_id, id, slug, name, kind, email, is_demo)
        select c.id, gen_random_uuid(), o.slug, o.name, o.kind, o.email, true
        from organisations o, cities c
        where o.city_id = ${goeppingen.id} and c.slug = ${slug}`);
      await tx.execute(sql`
        insert into opportunities (
          city_id, organisation_id, title, summary, description, categories, format, schedule,
          is_remote, address, district, latitude, longitude, accessibility, minimum_age,
          involves_minor_contact, required_qualifications, languages, capacity, contact, status,
          published_at, weekdays, day_parts, starts_on, ends_on, is_demo)
        select c.id, no.id, o.title || ' (' || n || ')', o.summary, o.description, o.categories,
          o.format, o.schedule, o.is_remote, o.address, o.district, o.latitude, o.longitude,
          o.accessibility, o.minimum_age, o.involves_minor_contact, o.required_qualifications,
          o.languages, o.capacity, o.contact, o.status, o.published_at - (n || ' days')::interval,
          o.weekdays, o.day_parts, o.starts_on, o.ends_on, true
        from opportunities o
        join organisations oo on oo.city_id = o.city_id and oo.id = o.organisation_id
        join cities c on c.slug = ${slug}
        join organisations no on no.city_id = c.id and no.slug = oo.slug
        cross join generate_series(1, ${copiesPerCity}) n
        where o.city_id = ${goeppingen.id} and o.status = 'published'`);
    });
  }
  // Statistics as a settled installation has them, so the planner sees the grown tables.
  await db.execute(sql`analyze cities, organisations, opportunities`);
  const [total] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from opportunities`),
  );
  return total?.n ?? 0;
}
