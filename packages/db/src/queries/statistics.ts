import { sql } from "drizzle-orm";
import type { Executor } from "../client.ts";

/**
 * Brings the planner's statistics up to date. PostgreSQL's autovacuum does this by itself; the
 * embedded database has no autovacuum, and without statistics the planner misjudges every
 * table (a report over a few thousand hour entries then takes a minute instead of milliseconds).
 * Run after seeding, at start and with the housekeeping.
 */
export async function refreshStatistics(db: Executor): Promise<void> {
  await db.execute(sql`analyze`);
}
