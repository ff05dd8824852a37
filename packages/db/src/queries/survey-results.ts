import { MIN_GROUP_SIZE, type Distribution, type GroupTally } from "@engagiert/domain/surveys";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { rowsOf, type Executor } from "../client.ts";
import { organisations, surveyInvitations, surveyResponses, surveys } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

export type LatestFeedback = { average: number; answers: number; surveyTitle: string };

/**
 * For each organisation, the feedback of its volunteers in the most recent survey (open or
 * closed, by the day it opened) that has at least `MIN_GROUP_SIZE` answers for that organisation:
 * the mean of all scale answers (1–5) given there. Smaller groups are left out in SQL, so an
 * organisation with fewer answers simply has no entry.
 */
export async function latestFeedbackByOrganisation(
  db: Executor,
  scope: CityScope,
): Promise<Map<string, LatestFeedback>> {
  const result = await db.execute(sql`
    with groups as (
      select r.organisation_id, r.survey_id, count(*)::int as answers,
             sum(scale.total)::float8 / nullif(sum(scale.n), 0) as average
      from ${surveyResponses} r
      cross join lateral (
        select coalesce(sum((a.value)::numeric), 0) as total, count(*) as n
        from jsonb_each(r.answers) a
        where jsonb_typeof(a.value) = 'number'
      ) scale
      where r.city_id = ${scope.cityId}
      group by r.organisation_id, r.survey_id
      having count(*) >= ${MIN_GROUP_SIZE} and sum(scale.n) > 0
    )
    select distinct on (g.organisation_id)
           g.organisation_id as "organisationId", g.answers, g.average, s.title
    from groups g
    join ${surveys} s on s.city_id = ${scope.cityId} and s.id = g.survey_id
    where s.status in ('open', 'closed')
    order by g.organisation_id, s.opened_at desc nulls last, s.created_at desc, s.id
  `);
  const rows = rowsOf<{ organisationId: string; answers: number; average: number; title: string }>(
    result,
  );
  return new Map(
    rows.map((r) => [
      r.organisationId,
      {
        average: Math.round(Number(r.average) * 100) / 100,
        answers: Number(r.answers),
        surveyTitle: r.title,
      },
    ]),
  );
}

/**
 * How many answers each organisation's group of a survey holds. Only the threshold decision
 * reads these; what is shown comes from `surveyTallies` for the groups that pass.
 */
export async function surveyGroupSizes(
  db: Executor,
  scope: CityScope,
  surveyId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ organisationId: surveyResponses.organisationId, n: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.cityId, scope.cityId), eq(surveyResponses.surveyId, surveyId)))
    .groupBy(surveyResponses.organisationId);
  return new Map(rows.map((r) => [r.organisationId, r.n]));
}

/** The organisations a survey was sent to (its groups), by name. */
export async function surveyGroups(db: Executor, scope: CityScope, surveyId: string) {
  return db
    .selectDistinct({ id: organisations.id, name: organisations.name })
    .from(surveyInvitations)
    .innerJoin(
      organisations,
      and(
        eq(organisations.cityId, surveyInvitations.cityId),
        eq(organisations.id, surveyInvitations.organisationId),
      ),
    )
    .where(
      and(eq(surveyInvitations.cityId, scope.cityId), eq(surveyInvitations.surveyId, surveyId)),
    )
    .orderBy(organisations.name, organisations.id);
}

/**
 * The tallies of the given organisations' groups, counted in SQL: the number of answers, per
 * scale question how many gave 1 … 5, and per text question the comments (by text, so no order
 * of arrival shows). Call it only for groups that may be shown.
 */
export async function surveyTallies(
  db: Executor,
  scope: CityScope,
  surveyId: string,
  organisationIds: readonly string[],
): Promise<Map<string, GroupTally>> {
  const tallies = new Map<string, GroupTally>();
  if (organisationIds.length === 0) return tallies;
  const inGroups = and(
    eq(surveyResponses.cityId, scope.cityId),
    eq(surveyResponses.surveyId, surveyId),
    inArray(surveyResponses.organisationId, [...organisationIds]),
  );
  const sizes = await db
    .select({ organisationId: surveyResponses.organisationId, n: count() })
    .from(surveyResponses)
    .where(inGroups)
    .groupBy(surveyResponses.organisationId);
  const scales: Record<string, Record<string, Distribution>> = {};
  const comments: Record<string, Record<string, string[]>> = {};
  for (const { organisationId, n } of sizes) {
    scales[organisationId] = {};
    comments[organisationId] = {};
    tallies.set(organisationId, {
      answers: n,
      scales: scales[organisationId],
      comments: comments[organisationId],
    });
  }
  const counted = rowsOf<{ organisationId: string; questionId: string; value: number; n: number }>(
    await db.execute(sql`
      select ${surveyResponses.organisationId} as "organisationId", a.key as "questionId",
             (a.value)::int as value, count(*)::int as n
      from ${surveyResponses} cross join lateral jsonb_each(${surveyResponses.answers}) a
      where ${inGroups} and jsonb_typeof(a.value) = 'number'
      group by ${surveyResponses.organisationId}, a.key, (a.value)::int`),
  );
  for (const row of counted) {
    const group = scales[row.organisationId];
    if (!group || row.value < 1 || row.value > 5) continue;
    const distribution = (group[row.questionId] ??= [0, 0, 0, 0, 0]);
    distribution[row.value - 1] = Number(row.n);
  }
  const texts = rowsOf<{ organisationId: string; questionId: string; text: string }>(
    await db.execute(sql`
      select ${surveyResponses.organisationId} as "organisationId", a.key as "questionId",
             a.value #>> '{}' as text
      from ${surveyResponses} cross join lateral jsonb_each(${surveyResponses.answers}) a
      where ${inGroups} and jsonb_typeof(a.value) = 'string'
      order by 1, 2, 3`),
  );
  for (const row of texts) {
    const group = comments[row.organisationId];
    if (group) (group[row.questionId] ??= []).push(row.text);
  }
  return tallies;
}
