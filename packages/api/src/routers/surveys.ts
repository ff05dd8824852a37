import {
  closeSurvey,
  countSurveyInvitees,
  findInvitation,
  getSurvey,
  insertSurvey,
  listSurveys,
  openSurvey,
  redeemInvitation,
  updateDraftSurvey,
  type SurveyListFilter,
  type SurveyRow,
} from "@engagiert/db/queries/surveys";
import { organisationExists } from "@engagiert/db/queries/opportunity-admin";
import {
  surveyGroupSizes,
  surveyGroups,
  surveyTallies,
} from "@engagiert/db/queries/survey-results";
import {
  AnswerInput,
  checkAnswers,
  checkClosesOn,
  combinedResults,
  CreateSurveyInput,
  isCombinationShown,
  isGroupShown,
  isSurveyAnswerable,
  results,
  surveyResultsCsv,
  SurveyListInput,
  SurveyRef,
  SurveyResultsInput,
  SurveyTokenInput,
  UpdateSurveyInput,
  type GroupResult,
  type GroupTally,
} from "@engagiert/domain/surveys";
import type { TRPCRouterRecord } from "@trpc/server";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { Context } from "../context.ts";
import { surveyInvitationMail } from "../mail/survey-mails.ts";
import { authorize, publicProcedure, refuse, staffProcedure } from "../trpc.ts";
import { fieldErrors, notFound, todayIn } from "./akquise-helpers.ts";

const NOT_FOUND = "Diese Umfrage gibt es nicht.";
const EMPTY: GroupTally = { answers: 0, scales: {}, comments: {} };

type StaffContext = Context & { actor: Extract<Context["actor"], { kind: "user" }> };

const isStaff = (ctx: StaffContext) => ctx.actor.role === "staff";

/** Loads a survey the caller may change: staff their organisation's, coordinators any. */
async function managed(ctx: StaffContext, surveyId: string) {
  const survey = await getSurvey(ctx.db, ctx.scope, surveyId);
  if (!survey) throw notFound(NOT_FOUND);
  authorize(ctx, "survey.manage", { cityId: ctx.city.id, organisationId: survey.organisationId });
  return survey;
}

/**
 * Loads a survey the caller may read: what they may manage, and for staff also a city-wide
 * survey once it is open, whose results they see for their own organisation only.
 */
async function readable(ctx: StaffContext, surveyId: string) {
  const survey = await getSurvey(ctx.db, ctx.scope, surveyId);
  if (!survey) throw notFound(NOT_FOUND);
  const isCityWideForStaff = survey.organisationId === null && isStaff(ctx);
  if (isCityWideForStaff && survey.status === "draft") throw notFound(NOT_FOUND);
  authorize(ctx, "survey.manage", {
    cityId: ctx.city.id,
    organisationId: isCityWideForStaff ? ctx.actor.organisationId : survey.organisationId,
  });
  return survey;
}

function assertClosesOn(ctx: Context, closesOn: string | null | undefined) {
  const check = checkClosesOn(closesOn, todayIn(ctx.now()));
  if (!check.ok) throw fieldErrors([{ path: [check.field], message: check.message }]);
  return check.value;
}

const view = (survey: SurveyRow) => ({
  id: survey.id,
  title: survey.title,
  intro: survey.intro,
  questions: survey.questions,
  status: survey.status,
  organisationId: survey.organisationId,
  organisationName: survey.organisationName,
  openedAt: survey.openedAt,
  closesOn: survey.closesOn,
  createdAt: survey.createdAt,
});

/**
 * The results the caller may see. Each organisation is a group shown only from
 * `MIN_GROUP_SIZE` answers; staff see their own organisation's group alone; the coordination
 * office also sees a city-wide survey's groups taken together, when that uncovers no hidden
 * group. Figures and comments are read only for groups that will be shown.
 */
async function visibleResults(ctx: StaffContext, survey: SurveyRow, filter: string | null) {
  const own = isStaff(ctx) ? ctx.actor.organisationId : null;
  if (own && filter && filter !== own) {
    authorize(ctx, "survey.manage", { cityId: ctx.city.id, organisationId: filter });
  }
  const invited = survey.status === "draft" ? [] : await surveyGroups(ctx.db, ctx.scope, survey.id);
  let groups = invited;
  if (survey.organisationId) {
    groups = [{ id: survey.organisationId, name: survey.organisationName ?? "" }];
  } else if (own) {
    groups = [{ id: own, name: ctx.user?.organisationName ?? "" }];
  }
  if (filter) groups = groups.filter((g) => g.id === filter);
  const sizes =
    survey.status === "draft"
      ? new Map<string, number>()
      : await surveyGroupSizes(ctx.db, ctx.scope, survey.id);
  const shown = groups.filter((g) => isGroupShown(sizes.get(g.id) ?? 0)).map((g) => g.id);
  const hasCombined = survey.organisationId === null && !own && !filter;
  const isCombinedShown = hasCombined && isCombinationShown([...sizes.values()]);
  const tallies = await surveyTallies(
    ctx.db,
    ctx.scope,
    survey.id,
    isCombinedShown ? [...sizes.keys()] : shown,
  );
  const combined: GroupResult | null = hasCombined
    ? isCombinedShown
      ? combinedResults(survey.questions, [...tallies.values()])
      : { isShown: false }
    : null;
  return {
    survey: view(survey),
    groups: groups.map((g) => ({
      organisationId: g.id,
      organisationName: g.name,
      result: shown.includes(g.id)
        ? results(survey.questions, tallies.get(g.id) ?? EMPTY)
        : ({ isShown: false } as const),
    })),
    combined,
  };
}

export const surveysRouter = {
  /** A new draft for the caller's organisation, or (coordination office) for the whole city. */
  create: staffProcedure.input(CreateSurveyInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "survey.manage", { cityId: ctx.city.id, organisationId: input.organisationId });
    if (
      input.organisationId &&
      !(await organisationExists(ctx.db, ctx.scope, input.organisationId))
    ) {
      throw fieldErrors([
        { path: ["organisationId"], message: "Diese Organisation gibt es nicht." },
      ]);
    }
    const closesOn = assertClosesOn(ctx, input.closesOn);
    const id = await insertSurvey(ctx.db, ctx.scope, {
      organisationId: input.organisationId,
      title: input.title,
      intro: input.intro,
      questions: input.questions,
      closesOn,
      createdByUserId: ctx.user.userId,
    });
    return { id };
  }),

  /** Changes a draft; once opened, a survey stays as its volunteers saw it. */
  update: staffProcedure.input(UpdateSurveyInput).mutation(async ({ ctx, input }) => {
    await managed(ctx, input.surveyId);
    const closesOn = assertClosesOn(ctx, input.closesOn);
    const isChanged = await updateDraftSurvey(ctx.db, ctx.scope, input.surveyId, {
      title: input.title,
      intro: input.intro,
      questions: input.questions,
      closesOn,
    });
    if (!isChanged) {
      throw refuse(
        "CONFLICT",
        "survey_not_draft",
        "Diese Umfrage wurde schon geöffnet und kann nicht mehr geändert werden.",
      );
    }
    return { id: input.surveyId };
  }),

  /** The surveys the caller works with, newest first. */
  list: staffProcedure.input(SurveyListInput).query(async ({ ctx, input }) => {
    let filter: SurveyListFilter;
    if (isStaff(ctx)) {
      const organisationId = input.organisationId ?? ctx.actor.organisationId;
      authorize(ctx, "survey.manage", { cityId: ctx.city.id, organisationId });
      filter = { kind: "staff", organisationId: organisationId! };
    } else if (input.organisationId) {
      authorize(ctx, "survey.manage", {
        cityId: ctx.city.id,
        organisationId: input.organisationId,
      });
      filter = { kind: "organisation", organisationId: input.organisationId };
    } else {
      authorize(ctx, "survey.manage", { cityId: ctx.city.id, organisationId: null });
      filter = input.cityWide ? { kind: "city_wide" } : { kind: "all" };
    }
    return listSurveys(ctx.db, ctx.scope, filter, input.status ?? null, input);
  }),

  /** One survey; a draft also tells how many volunteers opening it would invite. */
  get: staffProcedure.input(SurveyRef).query(async ({ ctx, input }) => {
    const survey = await readable(ctx, input.surveyId);
    const canManage =
      !isStaff(ctx) ||
      (survey.organisationId !== null && survey.organisationId === ctx.actor.organisationId);
    return {
      ...view(survey),
      canManage,
      inviteeCount:
        survey.status === "draft" && canManage
          ? await countSurveyInvitees(ctx.db, ctx.scope, survey.organisationId)
          : null,
    };
  }),

  /**
   * Opens a draft and invites every volunteer with an active engagement there, each by one mail
   * with a single-use link per organisation, all in one transaction.
   */
  open: staffProcedure.input(SurveyRef).mutation(async ({ ctx, input }) => {
    const survey = await managed(ctx, input.surveyId);
    assertClosesOn(ctx, survey.closesOn);
    const result = await ctx.db.transaction((tx) =>
      openSurvey(tx, ctx.scope, survey.id, {
        now: ctx.now(),
        invite: (recipient) => {
          const links = recipient.organisations.map((organisation) => {
            const token = newToken();
            const url = new URL("/umfrage", ctx.settings.publicAppUrl);
            url.searchParams.set("token", token);
            return { organisation, tokenHash: hashToken(token), url: url.toString() };
          });
          return {
            invitations: links.map((l) => ({
              organisationId: l.organisation.id,
              tokenHash: l.tokenHash,
            })),
            mail: surveyInvitationMail({
              to: recipient.email,
              firstName: recipient.firstName,
              cityName: ctx.city.name,
              surveyTitle: survey.title,
              links: links.map((l) => ({ organisationName: l.organisation.name, url: l.url })),
              closesOn: survey.closesOn,
            }),
          };
        },
      }),
    );
    if (!result.ok) {
      throw refuse(
        "CONFLICT",
        "survey_not_draft",
        "Diese Umfrage ist schon geöffnet oder abgeschlossen.",
      );
    }
    return { invited: result.invited };
  }),

  /** Closes an open survey: its links stop working, its results stay. */
  close: staffProcedure.input(SurveyRef).mutation(async ({ ctx, input }) => {
    await managed(ctx, input.surveyId);
    if (!(await closeSurvey(ctx.db, ctx.scope, input.surveyId))) {
      throw refuse("CONFLICT", "survey_not_open", "Diese Umfrage ist nicht geöffnet.");
    }
    return { id: input.surveyId };
  }),

  /** Results per organisation and per question, only for groups of at least 5 answers. */
  results: staffProcedure.input(SurveyResultsInput).query(async ({ ctx, input }) => {
    const survey = await readable(ctx, input.surveyId);
    return visibleResults(ctx, survey, input.organisationId ?? null);
  }),

  /** The same results as a CSV file: nothing more than the page shows. */
  resultsCsv: staffProcedure.input(SurveyResultsInput).query(async ({ ctx, input }) => {
    const survey = await readable(ctx, input.surveyId);
    const { groups, combined } = await visibleResults(ctx, survey, input.organisationId ?? null);
    const named = groups.map((g) => ({ name: g.organisationName, result: g.result }));
    if (combined) named.unshift({ name: "Alle Organisationen", result: combined });
    return {
      filename: `umfrage-${survey.id.slice(0, 8)}-ergebnisse.csv`,
      content: surveyResultsCsv(survey.questions, named),
    };
  }),

  /** What an answer link shows: the questions, or why it cannot be used. No personal data. */
  answerForm: publicProcedure.input(SurveyTokenInput).query(async ({ ctx, input }) => {
    authorize(ctx, "survey.answer", { cityId: ctx.city.id });
    const found = await findInvitation(ctx.db, ctx.scope, hashToken(input.token));
    if (!found) return { state: "unknown" as const };
    if (found.isUsed) return { state: "used" as const };
    if (!isSurveyAnswerable(found, todayIn(ctx.now()))) return { state: "closed" as const };
    return {
      state: "open" as const,
      survey: {
        title: found.title,
        intro: found.intro,
        questions: found.questions,
        organisationName: found.organisationName,
        closesOn: found.closesOn,
      },
    };
  }),

  /** An anonymous answer through a single-use link. */
  answer: publicProcedure.input(AnswerInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "survey.answer", { cityId: ctx.city.id });
    const tokenHash = hashToken(input.token);
    const today = todayIn(ctx.now());
    const found = await findInvitation(ctx.db, ctx.scope, tokenHash);
    if (!found) {
      throw refuse("NOT_FOUND", "survey_link_unknown", "Diesen Umfrage-Link kennen wir nicht.");
    }
    const used = () =>
      refuse("CONFLICT", "survey_link_used", "Mit diesem Link wurde schon geantwortet.");
    if (found.isUsed) throw used();
    if (!isSurveyAnswerable(found, today)) {
      throw refuse("CONFLICT", "survey_closed", "Diese Umfrage ist abgeschlossen.");
    }
    const check = checkAnswers(found.questions, input.answers);
    if (!check.ok) throw fieldErrors([{ path: check.field.split("."), message: check.message }]);
    const isTaken = await ctx.db.transaction((tx) =>
      redeemInvitation(tx, ctx.scope, { tokenHash, today, answers: check.value }),
    );
    if (!isTaken) throw used();
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
