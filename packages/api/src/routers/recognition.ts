import { writeAudit } from "@engagiert/db/queries/audit";
import { listMilestones } from "@engagiert/db/queries/milestones";
import { getPerson, organisationIdsOfPerson } from "@engagiert/db/queries/people";
import {
  ehrenamtskarteFacts,
  listEhrenamtskarteEligible,
  lockRecognitionGroups,
  setRecognitionGroups,
} from "@engagiert/db/queries/recognition";
import { certificatesOfPerson } from "@engagiert/db/queries/recognition-certificates";
import { PersonRef } from "@engagiert/domain/engagement";
import {
  EHRENAMTSKARTE_RULES,
  ehrenamtskarteCsv,
  ehrenamtskarteStatus,
  EligibleListInput,
  MilestonesInput,
  RecognitionGroupsInput,
  type EhrenamtskarteRule,
} from "@engagiert/domain/recognition";
import { PageInput } from "@engagiert/domain/shared";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { authorize, coordinatorProcedure, staffProcedure, volunteerProcedure } from "../trpc.ts";
import { notFound, organisationFilter, todayIn } from "./akquise-helpers.ts";
import { recognitionEventsRouter } from "./recognition-events.ts";

/** More than this many lines an export does not hold; a city's list is far shorter. */
export const MAX_EXPORT_ROWS = 10_000;

/** The figures of the city's state rule, for the apps to explain a status in plain words. */
function ruleFigures(rule: EhrenamtskarteRule | undefined) {
  return rule
    ? {
        minimumEngagementDays: rule.minimumEngagementDays,
        minimumHoursInWindow: rule.minimumHoursInWindow,
        windowMonths: rule.windowMonths,
        minimumHoursInProject: rule.minimumHoursInProject,
      }
    : null;
}

/** A person's Ehrenamtskarte status today, with the facts it rests on. */
async function cardStatusOf(ctx: Context, personId: string) {
  const state = ctx.city.config.federalState;
  const rule = EHRENAMTSKARTE_RULES[state];
  const today = todayIn(ctx.now());
  const found = rule ? await ehrenamtskarteFacts(ctx.db, ctx.scope, personId, rule, today) : null;
  return {
    state,
    rule: ruleFigures(rule),
    status: found ? ehrenamtskarteStatus(state, found.facts, today) : { kind: "no_rule" as const },
    facts: found?.facts ?? null,
    windowFrom: found?.windowFrom ?? null,
  };
}

/** The person, if the caller is staff of an organisation they are engaged with or the office. */
async function concernedPerson(
  ctx: Context,
  personId: string,
  action: "person.read" | "qualification.record",
) {
  const person = await getPerson(ctx.db, ctx.scope, personId);
  if (!person) throw notFound("Diese Person gibt es nicht.");
  authorize(ctx, action, {
    cityId: ctx.city.id,
    personId: person.id,
    organisationIdsOfPerson: await organisationIdsOfPerson(ctx.db, ctx.scope, person.id),
  });
  return person;
}

export const recognitionRouter = {
  /** The signed-in volunteer's Ehrenamtskarte status: eligible and why, or what is missing. */
  myEhrenamtskarte: volunteerProcedure.query(async ({ ctx }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "person.read", { cityId: ctx.city.id, personId });
    if (!personId) throw notFound("Zu Ihrem Konto gibt es keine Person.");
    return cardStatusOf(ctx, personId);
  }),

  /** The volunteer's engagements that have a certificate, each with its approved minutes. */
  myCertificates: volunteerProcedure.input(PageInput).query(async ({ ctx, input }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "engagement.read", { cityId: ctx.city.id, personId });
    if (!personId) return { items: [], nextCursor: null };
    return certificatesOfPerson(ctx.db, ctx.scope, personId, input);
  }),

  /** The coordination office's list of people who may apply for the Ehrenamtskarte today. */
  eligibleList: coordinatorProcedure.input(EligibleListInput).query(async ({ ctx, input }) => {
    authorize(ctx, "city.dashboard", { cityId: ctx.city.id });
    const state = ctx.city.config.federalState;
    const page = await listEhrenamtskarteEligible(
      ctx.db,
      ctx.scope,
      { state, today: todayIn(ctx.now()) },
      input,
    );
    return { ...page, state, rule: ruleFigures(EHRENAMTSKARTE_RULES[state]) };
  }),

  /** The eligible list as CSV for the card application; the export is audited. */
  eligibleCsv: coordinatorProcedure.mutation(async ({ ctx }) => {
    authorize(ctx, "city.dashboard", { cityId: ctx.city.id });
    const state = ctx.city.config.federalState;
    const rule = EHRENAMTSKARTE_RULES[state];
    const today = todayIn(ctx.now());
    const { items } = await listEhrenamtskarteEligible(
      ctx.db,
      ctx.scope,
      { state, today },
      { limit: MAX_EXPORT_ROWS },
    );
    await writeAudit(ctx.db, ctx.scope, {
      actorUserId: ctx.user.userId,
      action: "person.export",
      subjectType: "ehrenamtskarte_list",
      details: { rows: items.length },
    });
    return {
      filename: `ehrenamtskarte-${today}.csv`,
      content: rule ? ehrenamtskarteCsv(rule, items) : "",
      rows: items.length,
    };
  }),

  /**
   * Milestones of a month: staff see what happened with their organisation, the coordination
   * office one organisation or the whole city.
   */
  milestones: staffProcedure.input(MilestonesInput).query(async ({ ctx, input }) => {
    const organisationId = organisationFilter(ctx, input.organisationId);
    if (organisationId) {
      authorize(ctx, "organisation.dashboard", { cityId: ctx.city.id, organisationId });
    } else {
      authorize(ctx, "city.dashboard", { cityId: ctx.city.id });
    }
    return listMilestones(ctx.db, ctx.scope, { month: input.month, organisationId }, input);
  }),

  /**
   * A volunteer's Ehrenamtskarte status and recorded groups, for their record: staff of an
   * organisation they are engaged with and the coordination office; each read is audited.
   */
  personStatus: staffProcedure.input(PersonRef).query(async ({ ctx, input }) => {
    const person = await concernedPerson(ctx, input.personId, "person.read");
    const status = await cardStatusOf(ctx, person.id);
    await writeAudit(ctx.db, ctx.scope, {
      actorUserId: ctx.user.userId,
      action: "recognition.read",
      subjectType: "person",
      subjectId: person.id,
      personId: person.id,
    });
    const groups = status.facts?.groups ?? [];
    return {
      ...status,
      recordedGroups: groups.filter((g) => g !== "juleica"),
      hasValidJuleica: groups.includes("juleica"),
    };
  }),

  /**
   * Records the groups (fire brigade, THW, …) that qualify a person for the Ehrenamtskarte
   * without counting hours: staff of an organisation the person is engaged with, or the
   * coordination office, who record such a membership from its proof as they record a
   * qualification. The change is audited with what was there before.
   */
  setRecognitionGroups: staffProcedure
    .input(RecognitionGroupsInput)
    .mutation(async ({ ctx, input }) => {
      const person = await concernedPerson(ctx, input.personId, "qualification.record");
      return ctx.db.transaction(async (tx) => {
        const before = (await lockRecognitionGroups(tx, ctx.scope, person.id)) ?? [];
        await setRecognitionGroups(tx, ctx.scope, person.id, input.groups, ctx.now());
        await writeAudit(tx, ctx.scope, {
          actorUserId: ctx.user.userId,
          action: "person.recognition_groups.changed",
          subjectType: "person",
          subjectId: person.id,
          personId: person.id,
          details: { before, after: input.groups },
        });
        return { groups: input.groups };
      });
    }),

  events: recognitionEventsRouter,
} satisfies TRPCRouterRecord;
