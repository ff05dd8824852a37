import type { ProfileInput } from "@engagiert/domain/people";
import { and, desc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { opportunities, organisations, persons } from "../schema/index.ts";
import { organisationOfOpportunity } from "./joins.ts";
import type { CityScope } from "./scope.ts";

const profileColumns = {
  interests: persons.interests,
  skills: persons.skills,
  availability: persons.availability,
  district: persons.district,
  accessibilityNeeds: persons.accessibilityNeeds,
  birthYear: persons.birthYear,
  birthDate: persons.birthDate,
};

/** What a volunteer has told about themselves for suggestions, with what the age check needs. */
export async function getProfile(db: Executor, scope: CityScope, personId: string) {
  const [row] = await db
    .select(profileColumns)
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)));
  return row ?? null;
}

export async function updateProfile(
  db: Executor,
  scope: CityScope,
  personId: string,
  profile: ProfileInput,
) {
  const [row] = await db
    .update(persons)
    .set({ ...profile, updatedAt: sql`now()` })
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)))
    .returning(profileColumns);
  return row ?? null;
}

/**
 * The newest published opportunities a person could still take up, for ranking by the domain's
 * matching rule: not ended, and a minimum age the person may have reached.
 */
export async function suggestionCandidates(
  db: Executor,
  scope: CityScope,
  filter: { today: string; maximumAge: number; limit: number },
) {
  return db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      summary: opportunities.summary,
      format: opportunities.format,
      categories: opportunities.categories,
      isRemote: opportunities.isRemote,
      district: opportunities.district,
      latitude: opportunities.latitude,
      longitude: opportunities.longitude,
      accessibility: opportunities.accessibility,
      minimumAge: opportunities.minimumAge,
      requiredQualifications: opportunities.requiredQualifications,
      weekdays: opportunities.weekdays,
      dayParts: opportunities.dayParts,
      endsOn: opportunities.endsOn,
      organisationName: organisations.name,
    })
    .from(opportunities)
    .innerJoin(organisations, organisationOfOpportunity)
    .where(
      and(
        eq(opportunities.cityId, scope.cityId),
        eq(opportunities.status, "published"),
        or(isNull(opportunities.endsOn), gte(opportunities.endsOn, filter.today)),
        lte(opportunities.minimumAge, filter.maximumAge),
      ),
    )
    .orderBy(desc(opportunities.publishedAt), desc(opportunities.id))
    .limit(filter.limit);
}
