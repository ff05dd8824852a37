import { inspectionsOf, qualificationsOf } from "@engagiert/db/queries/engagements";
import { writeAudit } from "@engagiert/db/queries/audit";
import {
  consentsOfPerson,
  engagementsOfPerson,
  getPerson,
  organisationIdsOfPerson,
} from "@engagiert/db/queries/people";
import {
  availableMoves,
  checklistOf,
  currentFuehrungszeugnis,
  fuehrungszeugnisValidity,
  isQualificationValid,
  PersonRef,
} from "@engagiert/domain/engagement";
import type { TRPCRouterRecord } from "@trpc/server";
import { authorize, staffProcedure } from "../trpc.ts";
import { notFound, todayIn } from "./akquise-helpers.ts";

export const volunteersRouter = {
  /**
   * A volunteer's record as the caller may see it: staff only the engagements with their own
   * organisation, the coordination office all. Every read is written to the audit log.
   */
  record: staffProcedure.input(PersonRef).query(async ({ ctx, input }) => {
    const person = await getPerson(ctx.db, ctx.scope, input.personId);
    if (!person) throw notFound("Diese Person gibt es nicht.");
    const organisationIds = await organisationIdsOfPerson(ctx.db, ctx.scope, person.id);
    authorize(ctx, "person.read", {
      cityId: ctx.city.id,
      personId: person.id,
      organisationIdsOfPerson: organisationIds,
    });
    const onlyOrganisation = ctx.actor.role === "staff" ? ctx.actor.organisationId : null;
    const today = todayIn(ctx.now());
    const [engagements, consents, inspections, qualifications] = await Promise.all([
      engagementsOfPerson(ctx.db, ctx.scope, person.id, onlyOrganisation),
      consentsOfPerson(ctx.db, ctx.scope, person.id),
      inspectionsOf(ctx.db, ctx.scope, person.id),
      qualificationsOf(ctx.db, ctx.scope, person.id),
    ]);
    await writeAudit(ctx.db, ctx.scope, {
      actorUserId: ctx.user.userId,
      action: "person.read",
      subjectType: "person",
      subjectId: person.id,
      personId: person.id,
      details: { organisationId: onlyOrganisation },
    });
    const current = currentFuehrungszeugnis(inspections);
    return {
      person,
      engagements: engagements.map((e) => ({
        ...e,
        moves: availableMoves(e.status, "organisation"),
        checklist: checklistOf({ ...e, inspections, qualifications }, today),
      })),
      consents,
      fuehrungszeugnis: {
        current,
        validity: current ? fuehrungszeugnisValidity(current, today) : null,
      },
      qualifications: qualifications.map((q) => ({
        ...q,
        isValid: isQualificationValid(q, today),
      })),
    };
  }),
} satisfies TRPCRouterRecord;
