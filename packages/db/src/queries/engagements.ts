import type { EndReason, EngagementStatus, PipelineSort } from "@engagiert/domain/engagement";
import { and, count, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client.ts";
import {
  engagementEvents,
  engagementNotes,
  engagements,
  fuehrungszeugnisInspections,
  opportunities,
  organisations,
  persons,
  qualificationRecords,
  users,
} from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";
import { opportunityOfEngagement, organisationOfEngagement, personOfEngagement } from "./joins.ts";

/** One application in the pipeline's board and table. */
export type PipelineItem = {
  id: string;
  status: EngagementStatus;
  personId: string;
  firstName: string;
  lastName: string;
  opportunityId: string;
  opportunityTitle: string;
  organisationId: string;
  isMinor: boolean;
  appliedAt: Date;
  statusChangedAt: Date;
  sortKey: string;
};

export type PipelineQuery = {
  organisationId: string | null;
  opportunityId?: string | null;
  status?: EngagementStatus | null;
  search?: string | null;
};

function pipelineWhere(scope: CityScope, query: PipelineQuery): SQL {
  const search = query.search?.trim();
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return and(
    eq(engagements.cityId, scope.cityId),
    // Double opt-in: an application counts once the applicant confirmed it.
    isNotNull(engagements.confirmedAt),
    query.organisationId ? eq(engagements.organisationId, query.organisationId) : undefined,
    query.opportunityId ? eq(engagements.opportunityId, query.opportunityId) : undefined,
    query.status ? eq(engagements.status, query.status) : undefined,
    pattern
      ? sql`(${persons.firstName} || ' ' || ${persons.lastName}) ilike ${pattern}`
      : undefined,
  )!;
}

/** Each sort as its ordered columns, its direction and the cursor's key built from the last row. */
const SORTS: Record<PipelineSort, { key: SQL; direction: "asc" | "desc" }> = {
  newest: { key: sql`${engagements.createdAt}::text`, direction: "desc" },
  oldest: { key: sql`${engagements.createdAt}::text`, direction: "asc" },
  changed: { key: sql`${engagements.statusChangedAt}::text`, direction: "desc" },
  name: {
    key: sql`lower(${persons.lastName} || ' ' || ${persons.firstName})`,
    direction: "asc",
  },
};

function sortColumn(sort: PipelineSort): SQL {
  if (sort === "newest" || sort === "oldest") return sql`${engagements.createdAt}`;
  if (sort === "changed") return sql`${engagements.statusChangedAt}`;
  return sql`lower(${persons.lastName} || ' ' || ${persons.firstName})`;
}

function baseSelect(db: Executor, sort: PipelineSort) {
  return db
    .select({
      id: engagements.id,
      status: engagements.status,
      personId: engagements.personId,
      firstName: persons.firstName,
      lastName: persons.lastName,
      opportunityId: engagements.opportunityId,
      opportunityTitle: opportunities.title,
      organisationId: engagements.organisationId,
      isMinor: engagements.isMinor,
      appliedAt: engagements.createdAt,
      statusChangedAt: engagements.statusChangedAt,
      sortKey: sql<string>`${SORTS[sort].key}`,
    })
    .from(engagements)
    .innerJoin(persons, personOfEngagement)
    .innerJoin(opportunities, opportunityOfEngagement);
}

/** The applications table: filtered, sorted and read page by page (keyset on the sort key and id). */
export async function listPipeline(
  db: Executor,
  scope: CityScope,
  query: PipelineQuery,
  sort: PipelineSort,
  page: { limit: number; cursor?: string | null },
) {
  const where = pipelineWhere(scope, query);
  const { direction } = SORTS[sort];
  const column = sortColumn(sort);
  const after = readCursor(page.cursor, [sort === "name" ? "text" : "timestamp", "uuid"]);
  const cast = sort === "name" ? sql`` : sql`::timestamptz`;
  const afterCursor = after
    ? direction === "desc"
      ? sql`(${column}, ${engagements.id}) < (${after[0]}${cast}, ${after[1]}::uuid)`
      : sql`(${column}, ${engagements.id}) > (${after[0]}${cast}, ${after[1]}::uuid)`
    : undefined;
  const rows = await baseSelect(db, sort)
    .where(and(where, afterCursor))
    .orderBy(
      direction === "desc"
        ? sql`${column} desc, ${engagements.id} desc`
        : sql`${column} asc, ${engagements.id} asc`,
    )
    .limit(page.limit + 1);
  const [totals] = await db
    .select({ total: count() })
    .from(engagements)
    .innerJoin(persons, personOfEngagement)
    .where(where);
  return {
    ...keysetPage(rows as PipelineItem[], page.limit, (last) => [last.sortKey, last.id]),
    total: totals?.total ?? 0,
  };
}

/** The board: per status the number of applications and the most recently moved ones. */
export async function pipelineBoard(
  db: Executor,
  scope: CityScope,
  query: PipelineQuery,
  statuses: readonly EngagementStatus[],
  perColumn: number,
) {
  const counts = await db
    .select({ status: engagements.status, total: count() })
    .from(engagements)
    .innerJoin(persons, personOfEngagement)
    .where(pipelineWhere(scope, query))
    .groupBy(engagements.status);
  return Promise.all(
    statuses.map(async (status) => {
      const items = await baseSelect(db, "changed")
        .where(pipelineWhere(scope, { ...query, status }))
        .orderBy(sql`${engagements.statusChangedAt} desc, ${engagements.id} desc`)
        .limit(perColumn);
      return {
        status,
        total: counts.find((c) => c.status === status)?.total ?? 0,
        items: items as PipelineItem[],
      };
    }),
  );
}

/** One confirmed engagement with what staff need to decide on it. `lock` locks the row. */
export async function getEngagementDetail(
  db: Executor,
  scope: CityScope,
  id: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select({
      engagement: engagements,
      person: {
        id: persons.id,
        firstName: persons.firstName,
        lastName: persons.lastName,
        email: persons.email,
        phone: persons.phone,
        birthYear: persons.birthYear,
      },
      opportunity: {
        id: opportunities.id,
        title: opportunities.title,
        status: opportunities.status,
        capacity: opportunities.capacity,
        involvesMinorContact: opportunities.involvesMinorContact,
        requiredQualifications: opportunities.requiredQualifications,
      },
      organisationName: organisations.name,
    })
    .from(engagements)
    .innerJoin(persons, personOfEngagement)
    .innerJoin(opportunities, opportunityOfEngagement)
    .innerJoin(organisations, organisationOfEngagement)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.id, id),
        isNotNull(engagements.confirmedAt),
      ),
    );
  const [row] = options.lock ? await query.for("update", { of: engagements }) : await query;
  return row ?? null;
}

/** Only the hosting organisation of an engagement (for authorisation before anything else). */
export async function engagementOwner(db: Executor, scope: CityScope, id: string) {
  const [row] = await db
    .select({
      organisationId: engagements.organisationId,
      opportunityId: engagements.opportunityId,
      personId: engagements.personId,
    })
    .from(engagements)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.id, id),
        isNotNull(engagements.confirmedAt),
      ),
    );
  return row ?? null;
}

/**
 * Locks the opportunity's row for the rest of the transaction, so two activations of the same
 * opportunity run one after the other and the capacity check sees the first one's result.
 */
export async function lockOpportunity(db: Executor, scope: CityScope, opportunityId: string) {
  const [row] = await db
    .select({ id: opportunities.id, capacity: opportunities.capacity })
    .from(opportunities)
    .where(and(eq(opportunities.cityId, scope.cityId), eq(opportunities.id, opportunityId)))
    .for("update");
  return row ?? null;
}

/** Places taken by engagements that have started: active and paused ones. */
export async function placesTaken(db: Executor, scope: CityScope, opportunityId: string) {
  const [row] = await db
    .select({ taken: count() })
    .from(engagements)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.opportunityId, opportunityId),
        sql`${engagements.status} in ('active', 'paused')`,
      ),
    );
  return row?.taken ?? 0;
}

export type EngagementChange = {
  from: EngagementStatus;
  to: EngagementStatus;
  actorUserId: string;
  endReason?: EndReason | null;
  exitConversationWanted?: boolean | null;
  now: Date;
};

/** Writes a move and its history row (call inside the move's transaction). */
export async function applyEngagementMove(
  db: Executor,
  scope: CityScope,
  id: string,
  change: EngagementChange,
) {
  const starts = change.to === "active" && change.from === "onboarding";
  await db
    .update(engagements)
    .set({
      status: change.to,
      statusChangedAt: change.now,
      updatedAt: change.now,
      ...(starts ? { startedAt: change.now } : {}),
      ...(change.to === "ended"
        ? {
            endedAt: change.now,
            endReason: change.endReason ?? null,
            exitConversationWanted: change.exitConversationWanted ?? null,
          }
        : {}),
    })
    .where(and(eq(engagements.cityId, scope.cityId), eq(engagements.id, id)));
  await db.insert(engagementEvents).values({
    cityId: scope.cityId,
    engagementId: id,
    fromStatus: change.from,
    toStatus: change.to,
    actorKind: "organisation",
    actorUserId: change.actorUserId,
    endReason: change.to === "ended" ? (change.endReason ?? null) : null,
    at: change.now,
  });
}

const CHECKLIST_COLUMNS = {
  first_conversation: "firstConversationAt",
  agreement: "agreementAt",
  data_protection_notice: "dataProtectionNoticeAt",
  insurance_information: "insuranceInformationAt",
} as const;

export async function setChecklistItem(
  db: Executor,
  scope: CityScope,
  id: string,
  item: keyof typeof CHECKLIST_COLUMNS,
  at: Date | null,
  now: Date,
) {
  await db
    .update(engagements)
    .set({ [CHECKLIST_COLUMNS[item]]: at, updatedAt: now })
    .where(and(eq(engagements.cityId, scope.cityId), eq(engagements.id, id)));
}

/** The history of an engagement, oldest first. */
export async function engagementHistory(db: Executor, scope: CityScope, id: string) {
  return db
    .select({
      id: engagementEvents.id,
      fromStatus: engagementEvents.fromStatus,
      toStatus: engagementEvents.toStatus,
      actorKind: engagementEvents.actorKind,
      endReason: engagementEvents.endReason,
      at: engagementEvents.at,
    })
    .from(engagementEvents)
    .where(and(eq(engagementEvents.cityId, scope.cityId), eq(engagementEvents.engagementId, id)))
    .orderBy(engagementEvents.at, engagementEvents.id)
    .limit(200);
}

/** Führungszeugnis inspections of a person, newest first (only what §72a SGB VIII allows). */
export async function inspectionsOf(db: Executor, scope: CityScope, personId: string) {
  return db
    .select({
      id: fuehrungszeugnisInspections.id,
      certificateIssuedOn: fuehrungszeugnisInspections.certificateIssuedOn,
      inspectedOn: fuehrungszeugnisInspections.inspectedOn,
      hasRelevantEntry: fuehrungszeugnisInspections.hasRelevantEntry,
      selfDeclarationOn: fuehrungszeugnisInspections.selfDeclarationOn,
      inspectedBy: users.displayName,
    })
    .from(fuehrungszeugnisInspections)
    .innerJoin(
      users,
      and(
        eq(users.cityId, fuehrungszeugnisInspections.cityId),
        eq(users.id, fuehrungszeugnisInspections.inspectedByUserId),
      ),
    )
    .where(
      and(
        eq(fuehrungszeugnisInspections.cityId, scope.cityId),
        eq(fuehrungszeugnisInspections.personId, personId),
      ),
    )
    .orderBy(sql`${fuehrungszeugnisInspections.inspectedOn} desc`)
    .limit(20);
}

export async function insertInspection(
  db: Executor,
  scope: CityScope,
  values: {
    personId: string;
    certificateIssuedOn: string;
    inspectedOn: string;
    hasRelevantEntry: boolean;
    selfDeclarationOn: string | null;
    inspectedByUserId: string;
  },
) {
  const [row] = await db
    .insert(fuehrungszeugnisInspections)
    .values({ cityId: scope.cityId, ...values })
    .returning({ id: fuehrungszeugnisInspections.id });
  return row!.id;
}

export async function qualificationsOf(db: Executor, scope: CityScope, personId: string) {
  return db
    .select({
      typeSlug: qualificationRecords.typeSlug,
      validFrom: qualificationRecords.validFrom,
      validUntil: qualificationRecords.validUntil,
    })
    .from(qualificationRecords)
    .where(
      and(
        eq(qualificationRecords.cityId, scope.cityId),
        eq(qualificationRecords.personId, personId),
      ),
    )
    .limit(100);
}

/** Staff notes on an engagement, newest first, page by page. */
export async function listNotes(
  db: Executor,
  scope: CityScope,
  engagementId: string,
  page: { limit: number; cursor?: string | null },
) {
  const after = readCursor(page.cursor, ["timestamp", "uuid"]);
  const rows = await db
    .select({
      id: engagementNotes.id,
      body: engagementNotes.body,
      createdAt: engagementNotes.createdAt,
      author: users.displayName,
      sortKey: sql<string>`${engagementNotes.createdAt}::text`,
    })
    .from(engagementNotes)
    .innerJoin(
      users,
      and(eq(users.cityId, engagementNotes.cityId), eq(users.id, engagementNotes.authorUserId)),
    )
    .where(
      and(
        eq(engagementNotes.cityId, scope.cityId),
        eq(engagementNotes.engagementId, engagementId),
        after
          ? sql`(${engagementNotes.createdAt}, ${engagementNotes.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${engagementNotes.createdAt} desc, ${engagementNotes.id} desc`)
    .limit(page.limit + 1);
  return keysetPage(rows, page.limit, (last) => [last.sortKey, last.id]);
}

export async function addNote(
  db: Executor,
  scope: CityScope,
  note: { engagementId: string; authorUserId: string; body: string; now: Date },
) {
  const [row] = await db
    .insert(engagementNotes)
    .values({
      cityId: scope.cityId,
      engagementId: note.engagementId,
      authorUserId: note.authorUserId,
      body: note.body,
      createdAt: note.now,
    })
    .returning({ id: engagementNotes.id });
  return row!.id;
}
