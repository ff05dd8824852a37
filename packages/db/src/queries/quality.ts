import { and, asc, count, desc, eq, gt, inArray, lte, max, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { organisations, qualityAssessments, qualityStandards, users } from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

const standardColumns = {
  id: qualityStandards.id,
  slug: qualityStandards.slug,
  title: qualityStandards.title,
  description: qualityStandards.description,
  evidence: qualityStandards.evidence,
  position: qualityStandards.position,
  isArchived: qualityStandards.isArchived,
};

export type QualityStandard = {
  id: string;
  slug: string;
  title: string;
  description: string;
  evidence: string;
  position: number;
  isArchived: boolean;
};

const ofCity = (scope: CityScope) => eq(qualityStandards.cityId, scope.cityId);

/** The city's catalogue in its order; archived standards only when asked for. */
export async function listStandards(
  db: Executor,
  scope: CityScope,
  options: { includeArchived?: boolean } = {},
): Promise<QualityStandard[]> {
  return db
    .select(standardColumns)
    .from(qualityStandards)
    .where(
      and(
        ofCity(scope),
        options.includeArchived ? undefined : eq(qualityStandards.isArchived, false),
      ),
    )
    .orderBy(asc(qualityStandards.position), asc(qualityStandards.id));
}

export async function getStandard(db: Executor, scope: CityScope, standardId: string) {
  const [row] = await db
    .select(standardColumns)
    .from(qualityStandards)
    .where(and(ofCity(scope), eq(qualityStandards.id, standardId)))
    .limit(1);
  return row ?? null;
}

async function nextPosition(db: Executor, scope: CityScope): Promise<number> {
  const [row] = await db
    .select({ last: max(qualityStandards.position) })
    .from(qualityStandards)
    .where(ofCity(scope));
  return (row?.last ?? 0) + 1;
}

/**
 * Adds a standard at the end of the catalogue. Its slug comes from the title and, when another
 * standard has it already, gets a number ("einarbeitung-2").
 */
export async function createStandard(
  db: Executor,
  scope: CityScope,
  standard: { slug: string; title: string; description: string; evidence: string },
): Promise<QualityStandard> {
  const position = await nextPosition(db, scope);
  for (let attempt = 1; attempt <= 100; attempt++) {
    const slug = attempt === 1 ? standard.slug : `${standard.slug.slice(0, 55)}-${attempt}`;
    const [row] = await db
      .insert(qualityStandards)
      .values({ ...standard, cityId: scope.cityId, slug, position })
      .onConflictDoNothing()
      .returning(standardColumns);
    if (row) return row;
  }
  throw new Error(`No free slug for the standard "${standard.slug}".`);
}

/** Changes the texts of a standard; its slug stays, so links and survey results keep pointing at it. */
export async function updateStandard(
  db: Executor,
  scope: CityScope,
  standardId: string,
  texts: { title: string; description: string; evidence: string },
  now: Date,
) {
  const [row] = await db
    .update(qualityStandards)
    .set({ ...texts, updatedAt: now })
    .where(and(ofCity(scope), eq(qualityStandards.id, standardId)))
    .returning(standardColumns);
  return row ?? null;
}

/**
 * Archives a standard (it leaves the self-assessment and the score; its assessments stay) or
 * restores one, at the end of the catalogue.
 */
export async function setStandardArchived(
  db: Executor,
  scope: CityScope,
  standardId: string,
  isArchived: boolean,
  now: Date,
) {
  const position = isArchived ? undefined : await nextPosition(db, scope);
  const [row] = await db
    .update(qualityStandards)
    .set({ isArchived, updatedAt: now, ...(position ? { position } : {}) })
    .where(
      and(
        ofCity(scope),
        eq(qualityStandards.id, standardId),
        eq(qualityStandards.isArchived, !isArchived),
      ),
    )
    .returning(standardColumns);
  return row ?? (await getStandard(db, scope, standardId));
}

/**
 * The ids of the catalogue's standards in order, locked until the transaction ends, so two
 * coordinators moving standards at once do not mix up the order.
 */
export async function lockCatalogueOrder(db: Executor, scope: CityScope): Promise<string[]> {
  const rows = await db
    .select({ id: qualityStandards.id })
    .from(qualityStandards)
    .where(and(ofCity(scope), eq(qualityStandards.isArchived, false)))
    .orderBy(asc(qualityStandards.position), asc(qualityStandards.id))
    .for("update");
  return rows.map((r) => r.id);
}

/** Numbers the given standards 1, 2, 3 … in the given order. */
export async function writeCatalogueOrder(
  db: Executor,
  scope: CityScope,
  orderedIds: readonly string[],
  now: Date,
) {
  for (const [index, id] of orderedIds.entries()) {
    await db
      .update(qualityStandards)
      .set({ position: index + 1, updatedAt: now })
      .where(and(ofCity(scope), eq(qualityStandards.id, id)));
  }
}

const assessmentColumns = {
  id: qualityAssessments.id,
  organisationId: qualityAssessments.organisationId,
  standardId: qualityAssessments.standardId,
  level: qualityAssessments.level,
  evidenceNote: qualityAssessments.evidenceNote,
  assessedOn: qualityAssessments.assessedOn,
  createdAt: qualityAssessments.createdAt,
  assessedBy: users.displayName,
};

const assessorOfAssessment = and(
  eq(users.cityId, qualityAssessments.cityId),
  eq(users.id, qualityAssessments.assessedByUserId),
);

export type CurrentAssessment = {
  id: string;
  organisationId: string;
  standardId: string;
  level: number;
  evidenceNote: string;
  assessedOn: string;
  createdAt: Date;
  assessedBy: string;
};

/**
 * The current assessment per (organisation, standard): the latest by date, and of one day the
 * latest entered. For the given organisations, or the whole city with `null`. Read along the
 * city-first index quality_assessments_city_org_standard, all columns in one direction.
 */
export async function latestAssessments(
  db: Executor,
  scope: CityScope,
  organisationIds: readonly string[] | null,
): Promise<CurrentAssessment[]> {
  if (organisationIds && organisationIds.length === 0) return [];
  return db
    .selectDistinctOn(
      [qualityAssessments.organisationId, qualityAssessments.standardId],
      assessmentColumns,
    )
    .from(qualityAssessments)
    .innerJoin(users, assessorOfAssessment)
    .where(
      and(
        eq(qualityAssessments.cityId, scope.cityId),
        organisationIds
          ? inArray(qualityAssessments.organisationId, [...organisationIds])
          : undefined,
      ),
    )
    .orderBy(
      desc(qualityAssessments.organisationId),
      desc(qualityAssessments.standardId),
      desc(qualityAssessments.assessedOn),
      desc(qualityAssessments.createdAt),
      desc(qualityAssessments.id),
    );
}

function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

/** Every assessment of one standard by one organisation, newest first, page by page. */
export async function assessmentHistory(
  db: Executor,
  scope: CityScope,
  key: { organisationId: string; standardId: string },
  page: { limit: number; cursor?: string | null },
) {
  const parts = readCursor(page.cursor, ["text", "timestamp", "uuid"]);
  // A tampered date would make the database refuse the query: such a cursor reads as none.
  const after = parts && isCalendarDay(parts[0]!) ? parts : null;
  const where = and(
    eq(qualityAssessments.cityId, scope.cityId),
    eq(qualityAssessments.organisationId, key.organisationId),
    eq(qualityAssessments.standardId, key.standardId),
  );
  const rows = await db
    .select({ ...assessmentColumns, sortKey: sql<string>`${qualityAssessments.createdAt}::text` })
    .from(qualityAssessments)
    .innerJoin(users, assessorOfAssessment)
    .where(
      and(
        where,
        after
          ? sql`(${qualityAssessments.assessedOn}, ${qualityAssessments.createdAt}, ${qualityAssessments.id}) < (${after[0]}::date, ${after[1]}::timestamptz, ${after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(
      desc(qualityAssessments.assessedOn),
      desc(qualityAssessments.createdAt),
      desc(qualityAssessments.id),
    )
    .limit(page.limit + 1);
  const [totals] = await db.select({ total: count() }).from(qualityAssessments).where(where);
  const { items, nextCursor } = keysetPage(rows, page.limit, (last) => [
    last.assessedOn,
    last.sortKey,
    last.id,
  ]);
  return {
    items: items.map(({ sortKey: _, ...item }) => item),
    nextCursor,
    total: totals?.total ?? 0,
  };
}

/** Records an assessment. Nothing is overwritten: the new row becomes the current one. */
export async function addAssessment(
  db: Executor,
  scope: CityScope,
  assessment: {
    organisationId: string;
    standardId: string;
    level: number;
    evidenceNote: string;
    assessedOn: string;
    assessedByUserId: string;
  },
) {
  const [row] = await db
    .insert(qualityAssessments)
    .values({ ...assessment, cityId: scope.cityId })
    .returning({ id: qualityAssessments.id, createdAt: qualityAssessments.createdAt });
  return row!;
}

/**
 * What an organisation's trend over a period needs: per standard the assessment current on
 * `from` (the latest up to that day), and every assessment after it up to `to`.
 */
export async function assessmentsForTrend(
  db: Executor,
  scope: CityScope,
  organisationId: string,
  period: { from: string; to: string },
) {
  const columns = {
    standardId: qualityAssessments.standardId,
    level: qualityAssessments.level,
    assessedOn: qualityAssessments.assessedOn,
    createdAt: qualityAssessments.createdAt,
  };
  const ofOrganisation = and(
    eq(qualityAssessments.cityId, scope.cityId),
    eq(qualityAssessments.organisationId, organisationId),
  );
  const before = await db
    .selectDistinctOn([qualityAssessments.standardId], columns)
    .from(qualityAssessments)
    .where(and(ofOrganisation, lte(qualityAssessments.assessedOn, period.from)))
    .orderBy(
      desc(qualityAssessments.standardId),
      desc(qualityAssessments.assessedOn),
      desc(qualityAssessments.createdAt),
      desc(qualityAssessments.id),
    );
  const during = await db
    .select(columns)
    .from(qualityAssessments)
    .where(
      and(
        ofOrganisation,
        gt(qualityAssessments.assessedOn, period.from),
        lte(qualityAssessments.assessedOn, period.to),
      ),
    )
    .orderBy(asc(qualityAssessments.assessedOn), asc(qualityAssessments.createdAt));
  return [...before, ...during];
}

/** The city's organisations for the matrix, by name, page by page. */
export async function matrixOrganisations(
  db: Executor,
  scope: CityScope,
  page: { limit: number; cursor?: string | null },
) {
  const after = readCursor(page.cursor, ["text", "uuid"]);
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(
      and(
        eq(organisations.cityId, scope.cityId),
        after
          ? sql`(${organisations.name}, ${organisations.id}) > (${after[0]}, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(page.limit + 1);
  const [totals] = await db
    .select({ total: count() })
    .from(organisations)
    .where(eq(organisations.cityId, scope.cityId));
  return {
    ...keysetPage(rows, page.limit, (last) => [last.name, last.id]),
    total: totals?.total ?? 0,
  };
}
