import {
  MY_DATA_EXPORT_FORMAT,
  MY_DATA_EXPORT_VERSION,
  withoutLinkSecrets,
  type MyDataExport,
} from "@engagiert/domain/privacy";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import {
  allowancePayments,
  calendarFeeds,
  consents,
  engagementEvents,
  engagements,
  fuehrungszeugnisInspections,
  hourEntries,
  opportunities,
  opportunityShifts,
  organisations,
  outbox,
  persons,
  qualificationRecords,
  recognitionEvents,
  recognitionInvitations,
  shiftSignups,
  trainingAttendance,
  trainingRegistrations,
  trainingSessions,
  trainings,
  users,
} from "../schema/index.ts";
import { enteredBy } from "./hours.ts";
import {
  opportunityOfEngagement,
  organisationOfEngagement,
  opportunityOfShift,
  shiftOfSignup,
} from "./joins.ts";
import type { CityScope } from "./scope.ts";

const iso = (at: Date) => at.toISOString();
const isoOrNull = (at: Date | null) => (at ? at.toISOString() : null);

/**
 * Everything stored about one person in one city, as the volunteer downloads it (DSGVO Art. 15
 * and 20). Every read is filtered by the city and this person; what belongs to someone else
 * (staff names, a guardian's address, staff notes) is not read at all.
 */
export async function exportPersonData(
  db: Executor,
  scope: CityScope,
  personId: string,
  context: { city: { slug: string; name: string }; now: Date },
): Promise<MyDataExport | null> {
  const own = (t: { cityId: AnyPgColumn; personId: AnyPgColumn }) =>
    and(eq(t.cityId, scope.cityId), eq(t.personId, personId));
  const [person] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)));
  if (!person || person.erasedAt) return null;

  const [account] = await db
    .select({ email: users.email, createdAt: users.createdAt, lastSignInAt: users.lastSignInAt })
    .from(users)
    .where(and(eq(users.cityId, scope.cityId), eq(users.personId, personId)))
    .limit(1);

  const engagementRows = await db
    .select({
      e: engagements,
      opportunityTitle: opportunities.title,
      organisationName: organisations.name,
    })
    .from(engagements)
    .innerJoin(opportunities, opportunityOfEngagement)
    .innerJoin(organisations, organisationOfEngagement)
    .where(own(engagements))
    .orderBy(asc(engagements.createdAt));
  const engagementIds = engagementRows.map((r) => r.e.id);
  const events =
    engagementIds.length === 0
      ? []
      : await db
          .select()
          .from(engagementEvents)
          .where(
            and(
              eq(engagementEvents.cityId, scope.cityId),
              inArray(engagementEvents.engagementId, engagementIds),
            ),
          )
          .orderBy(asc(engagementEvents.at));

  const hours = await db
    .select({ h: hourEntries, enteredByRole: enteredBy.role })
    .from(hourEntries)
    .innerJoin(
      enteredBy,
      and(eq(enteredBy.cityId, hourEntries.cityId), eq(enteredBy.id, hourEntries.enteredByUserId)),
    )
    .where(own(hourEntries))
    .orderBy(asc(hourEntries.workedOn), asc(hourEntries.createdAt));

  const registrations = await db
    .select({ r: trainingRegistrations, title: trainings.title })
    .from(trainingRegistrations)
    .innerJoin(
      trainings,
      and(
        eq(trainings.cityId, trainingRegistrations.cityId),
        eq(trainings.id, trainingRegistrations.trainingId),
      ),
    )
    .where(own(trainingRegistrations))
    .orderBy(asc(trainingRegistrations.createdAt));
  const attendance = await db
    .select({
      trainingId: trainingSessions.trainingId,
      startsAt: trainingSessions.startsAt,
      isPresent: trainingAttendance.isPresent,
    })
    .from(trainingAttendance)
    .innerJoin(
      trainingSessions,
      and(
        eq(trainingSessions.cityId, trainingAttendance.cityId),
        eq(trainingSessions.id, trainingAttendance.sessionId),
      ),
    )
    .where(own(trainingAttendance))
    .orderBy(asc(trainingSessions.startsAt));

  const [consentRows, qualifications, inspections, signups, payments, invitations, feeds, mails] =
    await Promise.all([
      db.select().from(consents).where(own(consents)).orderBy(asc(consents.givenAt)),
      db
        .select()
        .from(qualificationRecords)
        .where(own(qualificationRecords))
        .orderBy(asc(qualificationRecords.validFrom)),
      db
        .select()
        .from(fuehrungszeugnisInspections)
        .where(own(fuehrungszeugnisInspections))
        .orderBy(asc(fuehrungszeugnisInspections.inspectedOn)),
      db
        .select({ s: shiftSignups, shift: opportunityShifts, title: opportunities.title })
        .from(shiftSignups)
        .innerJoin(opportunityShifts, shiftOfSignup)
        .innerJoin(opportunities, opportunityOfShift)
        .where(own(shiftSignups))
        .orderBy(asc(opportunityShifts.startsAt)),
      db
        .select({ p: allowancePayments, organisationName: organisations.name })
        .from(allowancePayments)
        .innerJoin(
          organisations,
          and(
            eq(organisations.cityId, allowancePayments.cityId),
            eq(organisations.id, allowancePayments.organisationId),
          ),
        )
        .where(own(allowancePayments))
        .orderBy(asc(allowancePayments.paidOn)),
      db
        .select({ i: recognitionInvitations, event: recognitionEvents })
        .from(recognitionInvitations)
        .innerJoin(
          recognitionEvents,
          and(
            eq(recognitionEvents.cityId, recognitionInvitations.cityId),
            eq(recognitionEvents.id, recognitionInvitations.eventId),
          ),
        )
        .where(own(recognitionInvitations))
        .orderBy(asc(recognitionEvents.heldOn)),
      db.select().from(calendarFeeds).where(own(calendarFeeds)),
      db
        .select()
        .from(outbox)
        .where(and(eq(outbox.cityId, scope.cityId), eq(outbox.toEmail, person.email)))
        .orderBy(asc(outbox.createdAt)),
    ]);

  return {
    format: MY_DATA_EXPORT_FORMAT,
    version: MY_DATA_EXPORT_VERSION,
    exportedAt: iso(context.now),
    city: context.city,
    profile: {
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      phone: person.phone,
      birthYear: person.birthYear,
      birthDate: person.birthDate,
      district: person.district,
      interests: person.interests,
      skills: person.skills,
      availability: person.availability,
      accessibilityNeeds: person.accessibilityNeeds,
      recognitionGroups: person.recognitionGroups,
      createdAt: iso(person.createdAt),
      lastActiveAt: isoOrNull(person.lastActiveAt),
      inactivityNoticeAt: isoOrNull(person.inactivityNoticeAt),
    },
    account: account
      ? {
          email: account.email,
          createdAt: iso(account.createdAt),
          lastSignInAt: isoOrNull(account.lastSignInAt),
        }
      : null,
    consents: consentRows.map((c) => ({
      purpose: c.purpose,
      version: c.version,
      givenAt: iso(c.givenAt),
      withdrawnAt: isoOrNull(c.withdrawnAt),
      deleteBy: isoOrNull(c.deleteBy),
    })),
    engagements: engagementRows.map(({ e, opportunityTitle, organisationName }) => ({
      id: e.id,
      opportunityTitle,
      organisationName,
      status: e.status,
      message: e.message,
      appliedAt: iso(e.createdAt),
      confirmedAt: isoOrNull(e.confirmedAt),
      isMinor: e.isMinor,
      guardianConsentAt: isoOrNull(e.guardianConsentAt),
      firstConversationAt: isoOrNull(e.firstConversationAt),
      agreementAt: isoOrNull(e.agreementAt),
      dataProtectionNoticeAt: isoOrNull(e.dataProtectionNoticeAt),
      insuranceInformationAt: isoOrNull(e.insuranceInformationAt),
      startedAt: isoOrNull(e.startedAt),
      endedAt: isoOrNull(e.endedAt),
      endReason: e.endReason,
      exitConversationWanted: e.exitConversationWanted,
      events: events
        .filter((ev) => ev.engagementId === e.id)
        .map((ev) => ({
          fromStatus: ev.fromStatus,
          toStatus: ev.toStatus,
          by: ev.actorKind,
          at: iso(ev.at),
        })),
    })),
    hours: hours.map(({ h, enteredByRole }) => ({
      id: h.id,
      engagementId: h.engagementId,
      workedOn: h.workedOn,
      minutes: h.minutes,
      activity: h.activity,
      status: h.status,
      correctsEntryId: h.correctsEntryId,
      correctionReason: h.correctionReason,
      returnComment: h.returnComment,
      enteredBy: enteredByRole === "volunteer" ? ("self" as const) : ("organisation" as const),
      reviewedAt: isoOrNull(h.reviewedAt),
      createdAt: iso(h.createdAt),
    })),
    trainings: registrations.map(({ r, title }) => ({
      trainingId: r.trainingId,
      title,
      status: r.status,
      registeredAt: iso(r.createdAt),
      promotedAt: isoOrNull(r.promotedAt),
      cancelledAt: isoOrNull(r.cancelledAt),
      attendance: attendance
        .filter((a) => a.trainingId === r.trainingId)
        .map((a) => ({ sessionStartsAt: iso(a.startsAt), isPresent: a.isPresent })),
    })),
    qualifications: qualifications.map((q) => ({
      type: q.typeSlug,
      validFrom: q.validFrom,
      validUntil: q.validUntil,
      issuer: q.issuer,
      source: q.source,
      units: q.units,
    })),
    fuehrungszeugnis: inspections.map((f) => ({
      certificateIssuedOn: f.certificateIssuedOn,
      inspectedOn: f.inspectedOn,
      hasRelevantEntry: f.hasRelevantEntry,
      selfDeclarationOn: f.selfDeclarationOn,
    })),
    shiftSignups: signups.map(({ s, shift, title }) => ({
      opportunityTitle: title,
      startsAt: iso(shift.startsAt),
      endsAt: iso(shift.endsAt),
      status: s.status,
      signedUpAt: iso(s.createdAt),
      confirmedAt: isoOrNull(s.confirmedAt),
      cancelledAt: isoOrNull(s.cancelledAt),
    })),
    allowancePayments: payments.map(({ p, organisationName }) => ({
      allowance: p.allowance,
      amountCents: p.amountCents,
      paidOn: p.paidOn,
      activity: p.activity,
      organisationName,
    })),
    recognitionInvitations: invitations.map(({ i, event }) => ({
      eventTitle: event.title,
      heldOn: event.heldOn,
      reason: i.reason,
      mailedAt: isoOrNull(i.mailedAt),
    })),
    surveyInvitations: mails
      .filter((m) => m.kind === "survey_invitation")
      .map((m) => ({ subject: m.subject, sentAt: iso(m.sentAt ?? m.loggedAt ?? m.createdAt) })),
    calendarFeeds: feeds.map((f) => ({
      createdAt: iso(f.createdAt),
      revokedAt: isoOrNull(f.revokedAt),
    })),
    emails: mails.map((m) => ({
      kind: m.kind,
      subject: m.subject,
      body: withoutLinkSecrets(m.bodyText),
      createdAt: iso(m.createdAt),
      sentAt: isoOrNull(m.sentAt ?? m.loggedAt),
    })),
  };
}
