import { writeAudit } from "@engagiert/db/queries/audit";
import { getPerson, organisationIdsOfPerson } from "@engagiert/db/queries/people";
import {
  getQualificationType,
  insertExternalRecord,
  insertQualificationType,
  listExpiring,
  listQualificationTypes,
  recordsOfPerson,
  setQualificationTypeArchived,
  updateQualificationType,
  type PersonRecordRow,
} from "@engagiert/db/queries/qualifications";
import { PersonRef } from "@engagiert/domain/engagement";
import {
  daysBetween,
  ExpiringListInput,
  ExternalRecordInput,
  externalRecordDates,
  qualificationStatus,
  QualificationTypeArchiveInput,
  QualificationTypeInput,
} from "@engagiert/domain/qualifications";
import type { TRPCRouterRecord } from "@trpc/server";
import type { z } from "zod";
import type { Context } from "../context.ts";
import {
  authorize,
  publicProcedure,
  signedInProcedure,
  staffProcedure,
  volunteerProcedure,
} from "../trpc.ts";
import { fieldErrors, notFound, organisationFilter, todayIn } from "./akquise-helpers.ts";

type TypeInput = z.output<typeof QualificationTypeInput>;

/** A record as staff and the volunteer see it: with where it stands today, in the domain's words. */
function recordView(row: PersonRecordRow, today: string) {
  const { reminderDays, ...record } = row;
  return { ...record, status: qualificationStatus(row, today, reminderDays) };
}

/** Every qualification a type requires must be one of the city's types still in use. */
async function checkRequiredTypes(ctx: Context, type: TypeInput) {
  if (type.rules.requires.length === 0) return;
  const types = await listQualificationTypes(ctx.db, ctx.scope);
  const issues = type.rules.requires.flatMap((required, index) => {
    const known = types.find((t) => t.slug === required.typeSlug);
    if (known && !known.isArchived) return [];
    return [
      {
        path: ["rules", "requires", index, "typeSlug"],
        message: known
          ? "Diese Qualifikation ist archiviert und kann nicht mehr vorausgesetzt werden."
          : "Diese Qualifikation gibt es in dieser Stadt nicht.",
      },
    ];
  });
  if (issues.length > 0) throw fieldErrors(issues);
}

/** The person, if the caller may see or record their qualifications (another city: not found). */
async function concernedPerson(ctx: Context, personId: string) {
  const person = await getPerson(ctx.db, ctx.scope, personId);
  if (!person) throw notFound("Diese Person gibt es nicht.");
  const isOwn = ctx.actor.kind === "user" && ctx.actor.role === "volunteer";
  authorize(ctx, isOwn ? "person.read" : "qualification.record", {
    cityId: ctx.city.id,
    personId: person.id,
    organisationIdsOfPerson: isOwn
      ? []
      : await organisationIdsOfPerson(ctx.db, ctx.scope, person.id),
  });
  return person;
}

export const qualificationsRouter = {
  /** The city's qualification types (archived ones flagged), for the opportunity editor and pages. */
  types: publicProcedure.query(({ ctx }) => listQualificationTypes(ctx.db, ctx.scope)),

  /** A city's own qualification type, with its validity and prerequisites as data. */
  createType: signedInProcedure.input(QualificationTypeInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "qualification.types.manage", { cityId: ctx.city.id });
    await checkRequiredTypes(ctx, input);
    const row = await insertQualificationType(ctx.db, ctx.scope, input);
    if (!row) {
      throw fieldErrors([{ path: ["slug"], message: "Diese Kennung ist schon vergeben." }]);
    }
    return row;
  }),

  /** Names and rules change; the slug names the type and stays. */
  updateType: signedInProcedure.input(QualificationTypeInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "qualification.types.manage", { cityId: ctx.city.id });
    await checkRequiredTypes(ctx, input);
    const row = await updateQualificationType(ctx.db, ctx.scope, input, ctx.now());
    if (!row) throw notFound("Diese Qualifikation gibt es nicht.");
    return row;
  }),

  /** A type in use is archived, never deleted: its records stay readable, it is no longer offered. */
  archiveType: signedInProcedure
    .input(QualificationTypeArchiveInput)
    .mutation(async ({ ctx, input }) => {
      authorize(ctx, "qualification.types.manage", { cityId: ctx.city.id });
      const row = await setQualificationTypeArchived(
        ctx.db,
        ctx.scope,
        input.slug,
        input.isArchived,
        ctx.now(),
      );
      if (!row) throw notFound("Diese Qualifikation gibt es nicht.");
      return row;
    }),

  /**
   * A person's qualifications: staff of an organisation the person is engaged with and the
   * coordination office (each staff read is audited), or the volunteer their own.
   */
  recordsOfPerson: signedInProcedure.input(PersonRef).query(async ({ ctx, input }) => {
    const person = await concernedPerson(ctx, input.personId);
    const rows = await recordsOfPerson(ctx.db, ctx.scope, person.id);
    if (ctx.actor.role !== "volunteer") {
      await writeAudit(ctx.db, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "qualification.read",
        subjectType: "person",
        subjectId: person.id,
        personId: person.id,
      });
    }
    const today = todayIn(ctx.now());
    return rows.map((row) => recordView(row, today));
  }),

  /** Staff enter a certificate from outside (date, issuer, valid until); audited with the record. */
  addExternalRecord: staffProcedure.input(ExternalRecordInput).mutation(async ({ ctx, input }) => {
    const person = await concernedPerson(ctx, input.personId);
    const type = await getQualificationType(ctx.db, ctx.scope, input.typeSlug);
    if (!type || type.isArchived) {
      throw fieldErrors([
        {
          path: ["typeSlug"],
          message: type
            ? "Diese Qualifikation ist archiviert; es werden keine neuen Nachweise mehr erfasst."
            : "Diese Qualifikation gibt es in dieser Stadt nicht.",
        },
      ]);
    }
    const dates = externalRecordDates(input, type.rules, todayIn(ctx.now()));
    if (!dates.ok) throw fieldErrors(dates.issues);
    return ctx.db.transaction(async (tx) => {
      const id = await insertExternalRecord(tx, ctx.scope, {
        personId: person.id,
        typeSlug: type.slug,
        validFrom: dates.validFrom,
        validUntil: dates.validUntil,
        issuer: input.issuer,
        recordedByUserId: ctx.user.userId,
        now: ctx.now(),
      });
      await writeAudit(tx, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "qualification.recorded",
        subjectType: "qualification_record",
        subjectId: id,
        personId: person.id,
        details: { typeSlug: type.slug, source: "external" },
      });
      return { id, validFrom: dates.validFrom, validUntil: dates.validUntil };
    });
  }),

  /**
   * Qualifications running out soon: staff for their organisation's engaged volunteers, the
   * coordination office for one organisation or the whole city.
   */
  expiring: staffProcedure.input(ExpiringListInput).query(async ({ ctx, input }) => {
    const organisationId = organisationFilter(ctx, input.organisationId);
    authorize(ctx, "qualification.record", { cityId: ctx.city.id, organisationId });
    const today = todayIn(ctx.now());
    const page = await listExpiring(
      ctx.db,
      ctx.scope,
      { organisationId, withinDays: input.withinDays ?? null, today },
      input,
    );
    return {
      ...page,
      items: page.items.map((item) => ({
        ...item,
        daysLeft: daysBetween(today, item.validUntil),
      })),
    };
  }),

  /** The signed-in volunteer's qualifications, each with where it stands today. */
  mine: volunteerProcedure.query(async ({ ctx }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "person.read", { cityId: ctx.city.id, personId });
    const rows = personId ? await recordsOfPerson(ctx.db, ctx.scope, personId) : [];
    const today = todayIn(ctx.now());
    return rows.map((row) => recordView(row, today));
  }),
} satisfies TRPCRouterRecord;
