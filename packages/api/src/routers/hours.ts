import {
  countedMinutesOnDay,
  deleteOpenEntry,
  engagementsForHours,
  getHourEntry,
  hourHistory,
  hourTotalsOfPerson,
  insertHourEntry,
  lockPerson,
  updateOpenEntry,
} from "@engagiert/db/queries/hours";
import { approvalQueue, approveEntries, returnEntry } from "@engagiert/db/queries/hours-review";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { markPersonActive } from "@engagiert/db/queries/retention";
import { organisationIdsOfPerson } from "@engagiert/db/queries/people";
import {
  canEditEntry,
  canLogHoursOn,
  HourApproveManyInput,
  HourCorrectionInput,
  HourDayInput,
  HourEntryForInput,
  HourEntryInput,
  HourEntryRef,
  HourEntryUpdateInput,
  HourHistoryInput,
  HourQueueInput,
  HourReturnInput,
  HourTotalsInput,
  MAX_MINUTES_PER_DAY,
  MyHoursInput,
} from "@engagiert/domain/recognition";
import type { TRPCRouterRecord } from "@trpc/server";
import { hourReturnedMail } from "../mail/hour-mails.ts";
import {
  authorize,
  refuse,
  signedInProcedure,
  staffProcedure,
  volunteerProcedure,
} from "../trpc.ts";
import { organisationFilter, todayIn } from "./akquise-helpers.ts";
import {
  alreadyApproved,
  assertDayAllows,
  engagementFor,
  entryFor,
  forVolunteer,
  lockOpenEntry,
  notPending,
  periodOf,
  personName,
} from "./hours-helpers.ts";

export const hoursRouter = {
  /** The volunteer's engagements that take hours: active ones, and paused or ended for past days. */
  myEngagementsForHours: volunteerProcedure.query(async ({ ctx }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "engagement.read", { cityId: ctx.city.id, personId });
    if (!personId) return [];
    const rows = await engagementsForHours(ctx.db, ctx.scope, personId);
    return rows.map((row) => ({
      ...periodOf(row),
      id: row.id,
      status: row.status,
      opportunityTitle: row.opportunityTitle,
      organisationName: row.organisationName,
    }));
  }),

  /** A volunteer logs hours for one of their engagements; staff approve them later. */
  log: volunteerProcedure.input(HourEntryInput).mutation(async ({ ctx, input }) => {
    const engagement = await engagementFor(ctx, input.engagementId, "engagement.move");
    return ctx.db.transaction(async (tx) => {
      await assertDayAllows(tx, ctx, engagement, input);
      const row = await insertHourEntry(tx, ctx.scope, {
        ...input,
        personId: engagement.personId,
        organisationId: engagement.organisationId,
        status: "pending",
        enteredByUserId: ctx.user.userId,
        now: ctx.now(),
      });
      await markPersonActive(tx, ctx.scope, engagement.personId, ctx.now());
      return { id: row.id, status: row.status };
    });
  }),

  /** Changes one's own pending or returned entry; a returned one is sent again (pending). */
  update: volunteerProcedure.input(HourEntryUpdateInput).mutation(async ({ ctx, input }) => {
    const found = await entryFor(ctx, input.entryId);
    if (!canEditEntry(found.status)) throw alreadyApproved();
    const engagement = await engagementFor(ctx, found.engagementId, "engagement.move");
    return ctx.db.transaction(async (tx) => {
      await lockPerson(tx, ctx.scope, engagement.personId);
      await lockOpenEntry(tx, ctx, found.id);
      await assertDayAllows(tx, ctx, engagement, input, found.id);
      const { entryId, ...change } = input;
      if (!(await updateOpenEntry(tx, ctx.scope, entryId, change))) throw alreadyApproved();
      return { id: entryId, status: "pending" as const };
    });
  }),

  /** Removes one's own entry that is not approved. */
  remove: volunteerProcedure.input(HourEntryRef).mutation(async ({ ctx, input }) => {
    const found = await entryFor(ctx, input.entryId);
    if (!canEditEntry(found.status)) throw alreadyApproved();
    return ctx.db.transaction(async (tx) => {
      await lockPerson(tx, ctx.scope, found.personId);
      await lockOpenEntry(tx, ctx, found.id);
      if (!(await deleteOpenEntry(tx, ctx.scope, found.id))) throw alreadyApproved();
      return { removed: true };
    });
  }),

  /** The volunteer's entries, newest day first, each with its corrections and any staff comment. */
  mine: volunteerProcedure.input(MyHoursInput).query(async ({ ctx, input }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "engagement.read", { cityId: ctx.city.id, personId });
    if (!personId) return { items: [], nextCursor: null };
    const page = await hourHistory(ctx.db, ctx.scope, { personId }, input);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((item) => ({
        ...forVolunteer(item),
        corrections: item.corrections.map(forVolunteer),
        current: forVolunteer(item.current),
      })),
    };
  }),

  /** The volunteer's minutes per year and per month of one year, approved and pending apart. */
  myTotals: volunteerProcedure.input(HourTotalsInput).query(async ({ ctx, input }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "engagement.read", { cityId: ctx.city.id, personId });
    const year = input.year ?? Number(todayIn(ctx.now()).slice(0, 4));
    if (!personId) return { year, years: [], months: [] };
    return { year, ...(await hourTotalsOfPerson(ctx.db, ctx.scope, personId, year)) };
  }),

  /** How much of a day is still free for the person of an engagement (a hint beside the form). */
  remaining: signedInProcedure.input(HourDayInput).query(async ({ ctx, input }) => {
    const engagement = await engagementFor(ctx, input.engagementId, "engagement.read");
    let except: string | null = null;
    if (input.exceptEntryId) {
      const entry = await getHourEntry(ctx.db, ctx.scope, input.exceptEntryId);
      if (entry && entry.personId === engagement.personId) {
        except = entry.correctsEntryId ?? entry.id;
      }
    }
    const other = await countedMinutesOnDay(
      ctx.db,
      ctx.scope,
      engagement.personId,
      input.workedOn,
      except,
    );
    return {
      remainingMinutes: Math.max(0, MAX_MINUTES_PER_DAY - other),
      isFuture: input.workedOn > todayIn(ctx.now()),
      wasActive: canLogHoursOn(periodOf(engagement), input.workedOn).ok,
    };
  }),

  /**
   * Staff log hours for a volunteer of their organisation: pending for a colleague to approve, or
   * approved at once when the staff member confirms them (`approve`), with them as reviewer.
   */
  logFor: staffProcedure.input(HourEntryForInput).mutation(async ({ ctx, input }) => {
    const engagement = await engagementFor(ctx, input.engagementId, "engagement.move");
    return ctx.db.transaction(async (tx) => {
      await assertDayAllows(tx, ctx, engagement, input);
      const row = await insertHourEntry(tx, ctx.scope, {
        engagementId: input.engagementId,
        workedOn: input.workedOn,
        minutes: input.minutes,
        activity: input.activity,
        personId: engagement.personId,
        organisationId: engagement.organisationId,
        status: input.approve ? "approved" : "pending",
        enteredByUserId: ctx.user.userId,
        reviewedByUserId: ctx.user.userId,
        now: ctx.now(),
      });
      return { id: row.id, status: row.status };
    });
  }),

  /** The approval queue: pending entries of the organisation, oldest day first. */
  queue: staffProcedure.input(HourQueueInput).query(async ({ ctx, input }) => {
    const organisationId = organisationFilter(ctx, input.organisationId);
    authorize(ctx, "engagement.read", { cityId: ctx.city.id, organisationId });
    return approvalQueue(
      ctx.db,
      ctx.scope,
      {
        organisationId,
        personId: input.personId,
        engagementId: input.engagementId,
        month: input.month,
      },
      input,
    );
  }),

  /** Approves one pending entry. */
  approve: staffProcedure.input(HourEntryRef).mutation(async ({ ctx, input }) => {
    const entry = await entryFor(ctx, input.entryId);
    if (entry.status === "approved") throw alreadyApproved();
    const approved = await approveEntries(ctx.db, ctx.scope, {
      entryIds: [entry.id],
      organisationId: entry.organisationId,
      reviewerUserId: ctx.user.userId,
      now: ctx.now(),
    });
    if (approved.length === 0) throw notPending();
    return { approved: approved.length };
  }),

  /**
   * Approves the selected entries in one transaction: only those still pending and, for staff,
   * only those of their organisation; answers how many were approved.
   */
  approveMany: staffProcedure.input(HourApproveManyInput).mutation(async ({ ctx, input }) => {
    const organisationId = organisationFilter(ctx, null);
    authorize(ctx, "engagement.move", { cityId: ctx.city.id, organisationId });
    const approved = await approveEntries(ctx.db, ctx.scope, {
      entryIds: input.entryIds,
      organisationId,
      reviewerUserId: ctx.user.userId,
      now: ctx.now(),
    });
    return { approved: approved.length };
  }),

  /** Returns a pending entry to the volunteer with a comment, and writes to them. */
  return: staffProcedure.input(HourReturnInput).mutation(async ({ ctx, input }) => {
    const entry = await entryFor(ctx, input.entryId);
    if (entry.status === "approved") throw alreadyApproved();
    const engagement = await engagementFor(ctx, entry.engagementId, "engagement.move");
    await ctx.db.transaction(async (tx) => {
      const returned = await returnEntry(tx, ctx.scope, {
        entryId: entry.id,
        comment: input.comment,
        reviewerUserId: ctx.user.userId,
        now: ctx.now(),
      });
      if (!returned) throw notPending();
      await enqueueMail(
        tx,
        ctx.scope,
        hourReturnedMail({
          toEmail: engagement.email,
          firstName: engagement.firstName,
          opportunityTitle: engagement.opportunityTitle,
          organisationName: engagement.organisationName,
          workedOn: entry.workedOn,
          minutes: entry.minutes,
          comment: input.comment,
          hoursUrl: new URL("/stunden", ctx.settings.publicAppUrl).toString(),
        }),
      );
    });
    return { status: "returned" as const };
  }),

  /**
   * Corrects an approved entry: the entry stays as it was, a new approved entry names the original
   * and carries the right figures and the reason; the latest correction counts.
   */
  correct: staffProcedure.input(HourCorrectionInput).mutation(async ({ ctx, input }) => {
    const entry = await entryFor(ctx, input.entryId);
    const engagement = await engagementFor(ctx, entry.engagementId, "engagement.move");
    const originalId = entry.correctsEntryId ?? entry.id;
    return ctx.db.transaction(async (tx) => {
      await lockPerson(tx, ctx.scope, entry.personId);
      const original = await getHourEntry(tx, ctx.scope, originalId, { lock: true });
      if (!original || original.status !== "approved") {
        throw refuse(
          "CONFLICT",
          "not_approved",
          "Korrigiert werden nur freigegebene Einträge. Offene Einträge werden freigegeben oder zurückgegeben.",
        );
      }
      await assertDayAllows(tx, ctx, engagement, input, originalId);
      const row = await insertHourEntry(tx, ctx.scope, {
        engagementId: original.engagementId,
        personId: original.personId,
        organisationId: original.organisationId,
        workedOn: input.workedOn,
        minutes: input.minutes,
        activity: input.activity,
        status: "approved",
        enteredByUserId: ctx.user.userId,
        reviewedByUserId: ctx.user.userId,
        correctsEntryId: originalId,
        correctionReason: input.reason,
        now: ctx.now(),
      });
      return { id: row.id, correctsEntryId: originalId };
    });
  }),

  /** The hours of an engagement or a person, newest day first, corrections beside what they correct. */
  history: staffProcedure.input(HourHistoryInput).query(async ({ ctx, input }) => {
    if (input.engagementId) {
      const engagement = await engagementFor(ctx, input.engagementId, "engagement.read");
      const page = await hourHistory(ctx.db, ctx.scope, { engagementId: engagement.id }, input);
      return {
        ...page,
        subject: {
          personId: engagement.personId,
          personName: await personName(ctx, engagement.personId),
          engagement: {
            ...periodOf(engagement),
            id: engagement.id,
            status: engagement.status,
            opportunityTitle: engagement.opportunityTitle,
            organisationName: engagement.organisationName,
          },
        },
      };
    }
    const personId = input.personId!;
    const organisationIds = await organisationIdsOfPerson(ctx.db, ctx.scope, personId);
    authorize(ctx, "engagement.read", {
      cityId: ctx.city.id,
      personId,
      organisationIdsOfPerson: organisationIds,
    });
    const name = await personName(ctx, personId);
    const onlyOrganisation = ctx.actor.role === "staff" ? ctx.actor.organisationId : null;
    const page = await hourHistory(
      ctx.db,
      ctx.scope,
      { personId, organisationId: onlyOrganisation },
      input,
    );
    return { ...page, subject: { personId, personName: name, engagement: null } };
  }),
} satisfies TRPCRouterRecord;
