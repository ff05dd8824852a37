import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { organisations, qualityAssessments, qualityStandards, users } from "../schema/index.ts";
import { createRandom } from "./random.ts";
import { addDays, berlinInstant } from "./time.ts";

const SEED = 20_261_124;

/** What an organisation writes as evidence, by level. */
const NOTES: Record<number, readonly string[]> = {
  0: ["", "Noch nicht geregelt."],
  1: ["Im Team besprochen, noch nicht schriftlich.", "Erste Schritte gemacht, Vorlage gesucht."],
  2: ["Für die meisten Angebote umgesetzt.", "Vorlage erstellt, wird noch nicht überall genutzt."],
  3: ["Beschrieben und in der Ablage dokumentiert.", "Für alle Angebote umgesetzt und geprüft."],
};

/**
 * A year of self-assessments for the demo organisations: each standard was first assessed
 * about a year ago and re-assessed one to three times since, mostly a level higher each time,
 * now and then a level lower, so every organisation's trend moves. Deterministic for a day.
 */
export async function seedQuality(
  db: Executor,
  cityId: string,
  today: string,
  /** Another city's own sequence, so its ids differ from the first city's. */
  seed = SEED,
): Promise<number> {
  const random = createRandom(seed);
  const [orgs, staff, standards] = await Promise.all([
    db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.cityId, cityId))
      .orderBy(asc(organisations.slug)),
    db
      .select({ id: users.id, organisationId: users.organisationId })
      .from(users)
      .where(
        and(eq(users.cityId, cityId), eq(users.role, "staff"), isNotNull(users.organisationId)),
      )
      .orderBy(asc(users.email)),
    db
      .select({ id: qualityStandards.id })
      .from(qualityStandards)
      .where(and(eq(qualityStandards.cityId, cityId), eq(qualityStandards.isArchived, false)))
      .orderBy(asc(qualityStandards.position)),
  ]);

  const rows: (typeof qualityAssessments.$inferInsert)[] = [];
  for (const org of orgs) {
    const assessor = staff.find((u) => u.organisationId === org.id);
    if (!assessor) continue;
    // Some organisations started further along than others.
    const head = random.weighted([
      [0, 3],
      [1, 4],
      [2, 2],
    ] as const);
    for (const standard of standards) {
      let level = Math.min(3, Math.max(0, head + random.int(-1, 1)));
      let daysAgo = random.int(330, 365);
      const reassessments = random.int(1, 3);
      for (let i = 0; i <= reassessments; i++) {
        const assessedOn = addDays(today, -daysAgo);
        rows.push({
          cityId,
          id: random.uuid(),
          organisationId: org.id,
          standardId: standard.id,
          level,
          evidenceNote: random.pick(NOTES[level]!),
          assessedOn,
          assessedByUserId: assessor.id,
          createdAt: berlinInstant(assessedOn, "10:00"),
        });
        const step = random.weighted([
          [1, 6],
          [0, 3],
          [-1, 1],
        ] as const);
        level = Math.min(3, Math.max(0, level + step));
        // None is dated today, so what staff enter today is always the latest.
        if (daysAgo === 1) break;
        daysAgo = Math.max(1, daysAgo - random.int(60, Math.max(61, Math.floor(daysAgo / 2))));
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(qualityAssessments).values(rows.slice(i, i + 500));
  }
  return rows.length;
}
