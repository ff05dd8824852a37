import { writeAudit } from "@engagiert/db/queries/audit";
import { personPrivacyFacts } from "@engagiert/db/queries/person-privacy";
import { PersonRef } from "@engagiert/domain/engagement";
import {
  addCalendarMonths,
  applicationRetention,
  daysAfter,
  fuehrungszeugnisRetention,
  INACTIVITY_NOTICE_DAYS,
  inactivityStep,
  retentionSettingsOf,
} from "@engagiert/domain/privacy";
import type { TRPCRouterRecord } from "@trpc/server";
import { notFound } from "./akquise-helpers.ts";
import { auditReaderProcedure } from "./audit.ts";

type Facts = NonNullable<Awaited<ReturnType<typeof personPrivacyFacts>>>;

/** When the inactivity rule deletes the account, and where the notice stands. */
function inactivityOf(facts: Facts, settings: ReturnType<typeof retentionSettingsOf>, now: Date) {
  const account = {
    lastActivityAt: facts.lastActivityAt,
    inactivityNoticeAt: facts.person.inactivityNoticeAt,
    hasOpenEngagement: facts.hasOpenEngagement,
  };
  const step = inactivityStep(account, settings, now);
  const periodEnds = addCalendarMonths(facts.lastActivityAt, settings.inactivityMonths);
  const base = { lastActivityAt: facts.lastActivityAt, noticeAt: account.inactivityNoticeAt };
  switch (step.action) {
    case "keep":
      return facts.hasOpenEngagement
        ? { ...base, state: "running" as const, erasesOn: null }
        : {
            ...base,
            state: "scheduled" as const,
            noticeOn: daysAfter(periodEnds, -INACTIVITY_NOTICE_DAYS),
            erasesOn: periodEnds,
          };
    case "notify":
      return { ...base, state: "notice_due" as const, erasesOn: step.erasesOn };
    case "wait":
      return { ...base, state: "noticed" as const, erasesOn: step.erasesOn };
    case "erase":
      return { ...base, state: "due" as const, erasesOn: now };
  }
}

export const personPrivacyRouter = {
  /**
   * A person's privacy page for the coordination office and city admins: the consents, when each
   * kind of data is deleted under the city's retention rules, and (through `audit.log`) who read
   * or changed the data. Reading it is itself written to the audit log.
   */
  overview: auditReaderProcedure.input(PersonRef).query(async ({ ctx, input }) => {
    const now = ctx.now();
    const facts = await personPrivacyFacts(ctx.db, ctx.scope, input.personId, now);
    if (!facts) throw notFound("Diese Person gibt es nicht.");
    const settings = retentionSettingsOf(ctx.city.config);
    await writeAudit(ctx.db, ctx.scope, {
      actorUserId: ctx.user.userId,
      action: "person.privacy.read",
      subjectType: "person",
      subjectId: facts.person.id,
      personId: facts.person.id,
    });
    const { person } = facts;
    if (person.erasedAt) {
      return {
        person: { id: person.id, firstName: "", lastName: "", erasedAt: person.erasedAt },
        consents: [],
        settings,
        applications: [],
        inactivity: null,
        fuehrungszeugnis: null,
      };
    }
    const applications = facts.engagements.flatMap((e) => {
      const rule = applicationRetention(e, settings, now);
      return rule.kind === "closed"
        ? [
            {
              engagementId: e.id,
              opportunityTitle: e.opportunityTitle,
              organisationName: e.organisationName,
              reason: rule.reason,
              closedAt: rule.closedAt,
              dueOn: rule.dueOn,
              isDue: rule.isDue,
            },
          ]
        : [];
    });
    const recordedAt = facts.inspections[0]?.createdAt ?? null;
    return {
      person: {
        id: person.id,
        firstName: person.firstName,
        lastName: person.lastName,
        erasedAt: null,
      },
      consents: facts.consents,
      settings,
      applications,
      inactivity: inactivityOf(facts, settings, now),
      fuehrungszeugnis: recordedAt
        ? {
            records: facts.inspections.length,
            ...fuehrungszeugnisRetention(facts.engagements, recordedAt, now),
          }
        : null,
    };
  }),
} satisfies TRPCRouterRecord;
