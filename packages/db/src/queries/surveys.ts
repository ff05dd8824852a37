import type { SurveyAnswers, SurveyQuestion, SurveyStatus } from "@engagiert/domain/surveys";
import { and, asc, count, countDistinct, eq, gt, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Executor } from "../client.ts";
import {
  engagements,
  organisations,
  persons,
  surveyInvitations,
  surveyResponses,
  surveys,
} from "../schema/index.ts";
import { personOfEngagement } from "./joins.ts";
import { enqueueMail, type OutgoingMail } from "./outbox.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";

export type SurveyFields = {
  title: string;
  intro: string;
  questions: SurveyQuestion[];
  closesOn: string | null;
};

export type SurveyRow = Omit<typeof surveys.$inferSelect, "questions"> & {
  questions: SurveyQuestion[];
  organisationName: string | null;
};

const organisationOfSurvey = and(
  eq(organisations.cityId, surveys.cityId),
  eq(organisations.id, surveys.organisationId),
);

export async function insertSurvey(
  db: Executor,
  scope: CityScope,
  survey: SurveyFields & { organisationId: string | null; createdByUserId: string },
) {
  const [row] = await db
    .insert(surveys)
    .values({ cityId: scope.cityId, ...survey })
    .returning({ id: surveys.id });
  return row!.id;
}

/** Changes a draft; an open or closed survey is not changed (returns false). */
export async function updateDraftSurvey(
  db: Executor,
  scope: CityScope,
  surveyId: string,
  fields: SurveyFields,
): Promise<boolean> {
  const rows = await db
    .update(surveys)
    .set(fields)
    .where(
      and(eq(surveys.cityId, scope.cityId), eq(surveys.id, surveyId), eq(surveys.status, "draft")),
    )
    .returning({ id: surveys.id });
  return rows.length === 1;
}

export async function getSurvey(
  db: Executor,
  scope: CityScope,
  surveyId: string,
  options: { lock?: boolean } = {},
): Promise<SurveyRow | null> {
  const query = db
    .select({ survey: surveys, organisationName: organisations.name })
    .from(surveys)
    .leftJoin(organisations, organisationOfSurvey)
    .where(and(eq(surveys.cityId, scope.cityId), eq(surveys.id, surveyId)));
  const [row] = options.lock ? await query.for("update", { of: surveys }) : await query;
  if (!row) return null;
  return {
    ...row.survey,
    questions: row.survey.questions as SurveyQuestion[],
    organisationName: row.organisationName,
  };
}

/**
 * Which surveys a list holds: one organisation's, the city-wide ones, all of the city, or what
 * staff of an organisation see (their own, and the city-wide ones once they are open).
 */
export type SurveyListFilter =
  | { kind: "organisation"; organisationId: string }
  | { kind: "city_wide" }
  | { kind: "all" }
  | { kind: "staff"; organisationId: string };

export type SurveyListItem = {
  id: string;
  title: string;
  status: SurveyStatus;
  organisationId: string | null;
  organisationName: string | null;
  openedAt: Date | null;
  closesOn: string | null;
  createdAt: Date;
  sortKey: string;
};

function listCondition(filter: SurveyListFilter): SQL | undefined {
  if (filter.kind === "organisation") return eq(surveys.organisationId, filter.organisationId);
  if (filter.kind === "city_wide") return isNull(surveys.organisationId);
  if (filter.kind === "all") return undefined;
  return or(
    eq(surveys.organisationId, filter.organisationId),
    and(isNull(surveys.organisationId), ne(surveys.status, "draft")),
  );
}

/** A page of surveys, newest first. */
export async function listSurveys(
  db: Executor,
  scope: CityScope,
  filter: SurveyListFilter,
  status: SurveyStatus | null,
  page: { limit: number; cursor?: string | null },
) {
  const where = and(
    eq(surveys.cityId, scope.cityId),
    listCondition(filter),
    status ? eq(surveys.status, status) : undefined,
  );
  const after = readCursor(page.cursor, ["timestamp", "uuid"]);
  const afterCursor = after
    ? sql`(${surveys.createdAt}, ${surveys.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
    : undefined;
  const rows = await db
    .select({
      id: surveys.id,
      title: surveys.title,
      status: surveys.status,
      organisationId: surveys.organisationId,
      organisationName: organisations.name,
      openedAt: surveys.openedAt,
      closesOn: surveys.closesOn,
      createdAt: surveys.createdAt,
      sortKey: sql<string>`${surveys.createdAt}::text`,
    })
    .from(surveys)
    .leftJoin(organisations, organisationOfSurvey)
    .where(and(where, afterCursor))
    .orderBy(sql`${surveys.createdAt} desc, ${surveys.id} desc`)
    .limit(page.limit + 1);
  const [totals] = await db.select({ total: count() }).from(surveys).where(where);
  return {
    ...keysetPage(rows as SurveyListItem[], page.limit, (last) => [last.sortKey, last.id]),
    total: totals?.total ?? 0,
  };
}

const activeIn = (scope: CityScope, organisationId: string | null) =>
  and(
    eq(engagements.cityId, scope.cityId),
    eq(engagements.status, "active"),
    organisationId ? eq(engagements.organisationId, organisationId) : undefined,
  );

/** How many volunteers opening would invite: those with an active engagement there. */
export async function countSurveyInvitees(
  db: Executor,
  scope: CityScope,
  organisationId: string | null,
): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(engagements.personId) })
    .from(engagements)
    .where(activeIn(scope, organisationId));
  return row?.n ?? 0;
}

/** A volunteer to invite, with each organisation their answer may count for. */
export type SurveyRecipient = {
  email: string;
  firstName: string;
  organisations: { id: string; name: string }[];
};

/** What the caller makes of a recipient: one hashed link per organisation, and the mail. */
export type SurveyInvite = {
  invitations: { organisationId: string; tokenHash: string }[];
  mail: OutgoingMail;
};

const OPEN_BATCH = 250;

/**
 * Opens a draft: one answer link per volunteer and organisation they are actively engaged with
 * (the survey's organisation, or for a city-wide survey each of theirs), and one mail per
 * volunteer through the outbox. Run it in a transaction: the survey row is locked, so it opens
 * once. Volunteers are read page by page, and the links of a page are written in shuffled order,
 * so not even the order of rows ties a link to a mail.
 */
export async function openSurvey(
  tx: Executor,
  scope: CityScope,
  surveyId: string,
  options: { now: Date; invite: (recipient: SurveyRecipient) => SurveyInvite },
): Promise<{ ok: true; invited: number } | { ok: false; reason: "not_found" | "not_draft" }> {
  const survey = await getSurvey(tx, scope, surveyId, { lock: true });
  if (!survey) return { ok: false, reason: "not_found" };
  if (survey.status !== "draft") return { ok: false, reason: "not_draft" };
  await tx
    .update(surveys)
    .set({ status: "open", openedAt: options.now })
    .where(and(eq(surveys.cityId, scope.cityId), eq(surveys.id, surveyId)));
  const names = new Map(
    (
      await tx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(eq(organisations.cityId, scope.cityId))
    ).map((o) => [o.id, o.name]),
  );
  let invited = 0;
  let after: string | null = null;
  for (;;) {
    const batch: { personId: string; email: string; firstName: string; orgs: string[] }[] = await tx
      .select({
        personId: persons.id,
        email: persons.email,
        firstName: persons.firstName,
        orgs: sql<string[]>`array_agg(distinct ${engagements.organisationId}::text)`,
      })
      .from(engagements)
      .innerJoin(persons, personOfEngagement)
      .where(and(activeIn(scope, survey.organisationId), after ? gt(persons.id, after) : undefined))
      .groupBy(persons.id, persons.email, persons.firstName)
      .orderBy(asc(persons.id))
      .limit(OPEN_BATCH);
    if (batch.length === 0) break;
    const links: { organisationId: string; tokenHash: string }[] = [];
    for (const person of batch) {
      const invite = options.invite({
        email: person.email,
        firstName: person.firstName,
        organisations: [...person.orgs]
          .map((id) => ({ id, name: names.get(id) ?? "" }))
          .sort((a, b) => a.name.localeCompare(b.name, "de")),
      });
      links.push(...invite.invitations);
      await enqueueMail(tx, scope, invite.mail);
    }
    await tx
      .insert(surveyInvitations)
      .values(shuffled(links).map((link) => ({ cityId: scope.cityId, surveyId, ...link })));
    invited += batch.length;
    after = batch.at(-1)!.personId;
    if (batch.length < OPEN_BATCH) break;
  }
  return { ok: true, invited };
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Closes an open survey; its links stop working. */
export async function closeSurvey(
  db: Executor,
  scope: CityScope,
  surveyId: string,
): Promise<boolean> {
  const rows = await db
    .update(surveys)
    .set({ status: "closed" })
    .where(
      and(eq(surveys.cityId, scope.cityId), eq(surveys.id, surveyId), eq(surveys.status, "open")),
    )
    .returning({ id: surveys.id });
  return rows.length === 1;
}

/** An answer link with its survey, as the answer form needs it; no person is involved. */
export async function findInvitation(db: Executor, scope: CityScope, tokenHash: string) {
  const [row] = await db
    .select({
      isUsed: surveyInvitations.isUsed,
      organisationName: organisations.name,
      title: surveys.title,
      intro: surveys.intro,
      questions: surveys.questions,
      status: surveys.status,
      closesOn: surveys.closesOn,
    })
    .from(surveyInvitations)
    .innerJoin(
      surveys,
      and(eq(surveys.cityId, surveyInvitations.cityId), eq(surveys.id, surveyInvitations.surveyId)),
    )
    .innerJoin(
      organisations,
      and(
        eq(organisations.cityId, surveyInvitations.cityId),
        eq(organisations.id, surveyInvitations.organisationId),
      ),
    )
    .where(
      and(eq(surveyInvitations.cityId, scope.cityId), eq(surveyInvitations.tokenHash, tokenHash)),
    );
  return row ? { ...row, questions: row.questions as SurveyQuestion[] } : null;
}

/**
 * Takes an answer through a link, in one transaction: the unused link of an open survey whose
 * closing day has not passed is marked used, and the answer is stored with the day and the
 * link's organisation — nothing that leads back to the link or the person. Returns false when
 * the link cannot be used (any longer); a second use of the same link never counts twice.
 */
export async function redeemInvitation(
  tx: Executor,
  scope: CityScope,
  answer: { tokenHash: string; today: string; answers: SurveyAnswers },
): Promise<boolean> {
  const result = await tx.execute(sql`
    update ${surveyInvitations} i set is_used = true
    from ${surveys} s
    where i.city_id = ${scope.cityId} and i.token_hash = ${answer.tokenHash} and not i.is_used
      and s.city_id = i.city_id and s.id = i.survey_id and s.status = 'open'
      and (s.closes_on is null or s.closes_on >= ${answer.today}::date)
    returning i.survey_id as "surveyId", i.organisation_id as "organisationId"`);
  const [used] = rowsOf<{ surveyId: string; organisationId: string }>(result);
  if (!used) return false;
  await tx.insert(surveyResponses).values({
    cityId: scope.cityId,
    surveyId: used.surveyId,
    organisationId: used.organisationId,
    submittedOn: answer.today,
    answers: answer.answers,
  });
  return true;
}
