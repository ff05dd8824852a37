import { qualificationsOf } from "@engagiert/db/queries/engagements";
import { getProfile, suggestionCandidates, updateProfile } from "@engagiert/db/queries/profile";
import { isQualificationValid } from "@engagiert/domain/engagement";
import {
  rankOpportunities,
  type DayPart,
  type MatchOpportunity,
} from "@engagiert/domain/opportunities";
import {
  possibleAges,
  ProfileInput,
  profileForCity,
  SuggestionsInput,
} from "@engagiert/domain/people";
import type { Weekday } from "@engagiert/domain/shared";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { summaryOf } from "../errors.ts";
import { volunteerProcedure } from "../trpc.ts";
import { notFound, todayIn } from "./akquise-helpers.ts";

/** How many published opportunities are ranked at most: the newest ones. */
const CANDIDATE_LIMIT = 500;
const SUGGESTION_COUNT = 20;

/** The signed-in volunteer's own person: nobody reads or changes another's profile here. */
function ownPersonId(ctx: Pick<Context, "actor">): string {
  if (ctx.actor.kind !== "user" || !ctx.actor.personId) throw notFound("Kein Profil vorhanden.");
  return ctx.actor.personId;
}

const publicProfile = (row: NonNullable<Awaited<ReturnType<typeof getProfile>>>) => ({
  interests: row.interests,
  skills: row.skills,
  availability: row.availability,
  district: row.district,
  accessibilityNeeds: row.accessibilityNeeds,
});

export const profileRouter = {
  /** The volunteer's own profile for suggestions. */
  get: volunteerProcedure.query(async ({ ctx }) => {
    const row = await getProfile(ctx.db, ctx.scope, ownPersonId(ctx));
    if (!row) throw notFound("Kein Profil vorhanden.");
    return publicProfile(row);
  }),

  /** Changes the volunteer's own profile; categories and districts must be the city's. */
  update: volunteerProcedure.input(ProfileInput).mutation(async ({ ctx, input }) => {
    const checked = profileForCity(ctx.city.config).safeParse(input);
    if (!checked.success) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: summaryOf(checked.error),
        cause: checked.error,
      });
    }
    const row = await updateProfile(ctx.db, ctx.scope, ownPersonId(ctx), checked.data);
    if (!row) throw notFound("Kein Profil vorhanden.");
    return publicProfile(row);
  }),

  /** Published opportunities of the city ranked by the domain's matching rule, with reasons. */
  suggestions: volunteerProcedure.input(SuggestionsInput).query(async ({ ctx, input }) => {
    const personId = ownPersonId(ctx);
    const profile = await getProfile(ctx.db, ctx.scope, personId);
    if (!profile) throw notFound("Kein Profil vorhanden.");
    const today = todayIn(ctx.now());
    const [held, candidates] = await Promise.all([
      qualificationsOf(ctx.db, ctx.scope, personId),
      suggestionCandidates(ctx.db, ctx.scope, {
        today,
        maximumAge: possibleAges(profile, today).max,
        limit: CANDIDATE_LIMIT,
      }),
    ]);
    const matchable = candidates.map((c) => ({
      ...c,
      coordinates:
        c.latitude !== null && c.longitude !== null ? { lat: c.latitude, lng: c.longitude } : null,
      isStepFree: c.accessibility.stepFree,
      weekdays: c.weekdays as Weekday[],
      dayParts: c.dayParts as DayPart[],
      text: `${c.title} ${c.summary}`,
    })) satisfies MatchOpportunity[];
    const ranked = rankOpportunities(
      {
        ...profile,
        needsStepFree: input.needsStepFree,
        qualifications: held.filter((q) => isQualificationValid(q, today)).map((q) => q.typeSlug),
      },
      matchable,
      today,
      ctx.city.config.districts,
      SUGGESTION_COUNT,
    );
    return {
      hasProfile:
        profile.interests.length + profile.skills.length + profile.availability.length > 0 ||
        profile.district !== null,
      items: ranked.map(({ opportunity: o, match }) => ({
        id: o.id,
        title: o.title,
        summary: o.summary,
        format: o.format,
        categories: o.categories,
        district: o.district,
        isRemote: o.isRemote,
        organisationName: o.organisationName,
        score: match.score,
        reasons: match.reasons,
      })),
    };
  }),
} satisfies TRPCRouterRecord;
