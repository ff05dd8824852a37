import { GOEPPINGEN, type CityConfig } from "@engagiert/domain/city";
import { DEFAULT_QUALIFICATION_TYPES, QualificationRules } from "@engagiert/domain/qualifications";
import { closingResults } from "@engagiert/domain/trainings";
import type { Executor } from "../client.ts";
import {
  qualificationRecords,
  trainingAttendance,
  trainingRegistrations,
  trainings,
  trainingSessions,
} from "../schema/index.ts";
import type { PersonRow } from "./people.ts";
import { TRAINING_SPECS, type TrainingSpec } from "./training-specs.ts";
import { createRandom, type Random } from "./random.ts";
import { addDays, berlinInstant, minDate, plusDays } from "./time.ts";

/** Its own sequence, so the rest of the demo stays the same whether or not this part runs. */
const SEED = 51_026;

type Context = { cityId: string; today: string; now: Date };

type SeedInput = {
  personRows: readonly PersonRow[];
  userRows: readonly { id: string; role: string; organisationId: string | null }[];
  organisationIds: ReadonlyMap<string, string>;
  /** The demo volunteer (Lena Wagner): registered for the online data-protection briefing. */
  volunteer: PersonRow;
  /** The city's trainings and configuration; Göppingen's unless given. */
  specs?: readonly TrainingSpec[];
  city?: CityConfig;
  /** Another city's own sequence, so its ids differ from the first city's. */
  seed?: number;
};

const ageOn = (person: PersonRow, today: string) => Number(today.slice(0, 4)) - person.birthYear;

/**
 * The demo city's trainings: upcoming courses with registrations (Juleica, first aid with a full
 * waiting list, an online data-protection briefing the demo volunteer is registered for, a
 * city-wide one by the coordination office), a draft, one held three days ago whose attendance
 * is still to be taken, and a first-aid course closed two months ago with attendance and the
 * qualification records it granted.
 */
export async function seedTrainings(tx: Executor, context: Context, input: SeedInput) {
  const random = createRandom(input.seed ?? SEED);
  const { cityId, today, now } = context;
  const coordinator = input.userRows.find((u) => u.role === "coordinator")!;
  const creatorOf = (organisationId: string | null) =>
    input.userRows.find((u) => u.role === "staff" && u.organisationId === organisationId) ??
    coordinator;
  const others = input.personRows.filter((p) => p.id !== input.volunteer.id);
  const city = input.city ?? GOEPPINGEN;

  const rows = {
    trainings: [] as (typeof trainings.$inferInsert)[],
    sessions: [] as (typeof trainingSessions.$inferInsert)[],
    registrations: [] as (typeof trainingRegistrations.$inferInsert)[],
    attendance: [] as (typeof trainingAttendance.$inferInsert)[],
    records: [] as (typeof qualificationRecords.$inferInsert)[],
  };
  for (const spec of input.specs ?? TRAINING_SPECS) {
    const organisationId = spec.organisationSlug
      ? input.organisationIds.get(spec.organisationSlug)!
      : null;
    const creator = creatorOf(organisationId);
    const trainingId = random.uuid();
    const sessions = spec.sessions.map(([day, from, to, units]) => ({
      cityId,
      id: random.uuid(),
      trainingId,
      startsAt: berlinInstant(addDays(today, day), from),
      endsAt: berlinInstant(addDays(today, day), to),
      units,
    }));
    const firstStart = sessions[0]!.startsAt;
    const registrationDeadline = plusDays(firstStart, -3);
    const publishedAt = spec.status === "draft" ? null : plusDays(firstStart, -40);
    const createdAt = minDate(plusDays(firstStart, -45), plusDays(now, -3));
    rows.trainings.push({
      cityId,
      id: trainingId,
      organisationId,
      title: spec.title,
      description: spec.description,
      audience: spec.audience,
      topic: spec.topic,
      qualificationTypeSlug: spec.qualificationTypeSlug,
      requiredUnits: spec.requiredUnits,
      trainer: spec.trainer,
      place: spec.place,
      onlineUrl: spec.onlineUrl,
      capacity: spec.capacity,
      registrationDeadline,
      costCents: spec.costCents,
      status: spec.status,
      startsAt: firstStart,
      publishedAt,
      closedAt: spec.status === "closed" ? plusDays(sessions.at(-1)!.endsAt, 1) : null,
      createdByUserId: creator.id,
      isDemo: true,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
    });
    rows.sessions.push(...sessions);

    const eligible = others.filter((p) => {
      const age = ageOn(p, today);
      return age >= spec.ages[0] && age <= spec.ages[1];
    });
    const people = random.sample(eligible, spec.confirmed + spec.waiting);
    const withVolunteer = spec.title.startsWith("Datenschutz");
    if (withVolunteer) people.unshift(input.volunteer);
    const confirmedCount = spec.confirmed + (withVolunteer ? 1 : 0);
    const registrations = people.map((person, i) => ({
      cityId,
      id: random.uuid(),
      trainingId,
      personId: person.id,
      status: i < confirmedCount ? ("confirmed" as const) : ("waiting" as const),
      // In order of registration, between publishing and the deadline (or today).
      createdAt: registeredAt(
        random,
        publishedAt ?? now,
        minDate(registrationDeadline, now),
        i,
        people.length,
      ),
    }));
    rows.registrations.push(...registrations);
    if (spec.status === "closed") {
      const held = heldTraining(random, context, {
        spec,
        trainingId,
        sessions,
        participants: people.slice(0, spec.confirmed),
        recordedByUserId: creator.id,
        issuer:
          city.organisations.find((o) => o.slug === spec.organisationSlug)?.name ??
          city.coordinationOffice.name,
      });
      rows.attendance.push(...held.attendance);
      rows.records.push(...held.records);
    }
  }
  // A few statements in all, so the demo's seed stays fast.
  await tx.insert(trainings).values(rows.trainings);
  await tx.insert(trainingSessions).values(rows.sessions);
  await tx.insert(trainingRegistrations).values(rows.registrations);
  await tx.insert(trainingAttendance).values(rows.attendance);
  if (rows.records.length > 0) await tx.insert(qualificationRecords).values(rows.records);
}

/** The i-th of n registrations, spread over the time registration was open, in order. */
function registeredAt(random: Random, from: Date, until: Date, i: number, n: number) {
  const span = until.getTime() - from.getTime();
  const slot = span / Math.max(1, n);
  return new Date(from.getTime() + slot * i + random.next() * slot * 0.9);
}

/** A training that took place: attendance as staff ticked it, and the records closing granted. */
function heldTraining(
  random: Random,
  context: Context,
  held: {
    spec: TrainingSpec;
    trainingId: string;
    sessions: readonly { id: string; startsAt: Date; units: number }[];
    participants: readonly PersonRow[];
    recordedByUserId: string;
    /** Who the qualification records name as issuer: the organisation that held it. */
    issuer: string;
  },
) {
  const { cityId } = context;
  const attendance = held.sessions.flatMap((session) =>
    held.participants.map((person) => ({
      sessionId: session.id,
      personId: person.id,
      // Most come; one in six did not make it.
      isPresent: random.chance(0.83),
    })),
  );
  const attendanceRows = attendance.map((a, i) => ({
    cityId,
    ...a,
    recordedByUserId: held.recordedByUserId,
    recordedAt: plusDays(held.sessions[0]!.startsAt, 0.3 + i * 1e-5),
  }));
  const type = DEFAULT_QUALIFICATION_TYPES.find((t) => t.slug === held.spec.qualificationTypeSlug);
  if (!type) return { attendance: attendanceRows, records: [] };
  const rules = QualificationRules.parse(type.rules);
  const results = closingResults({
    qualification: { typeSlug: type.slug, rules },
    requiredUnits: held.spec.requiredUnits,
    sessions: held.sessions.map((s) => ({
      id: s.id,
      units: s.units,
      day: new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(s.startsAt),
    })),
    attendance,
    participants: held.participants.map((p) => ({
      personId: p.id,
      birthDate: p.birthDate ?? null,
      birthYear: p.birthYear,
      held: [],
    })),
  });
  const records = results.flatMap((r) =>
    r.outcome.status === "granted"
      ? [
          {
            cityId,
            personId: r.personId,
            typeSlug: type.slug,
            validFrom: r.outcome.validFrom,
            validUntil: r.outcome.validUntil,
            issuer: held.issuer,
            source: "training" as const,
            trainingId: held.trainingId,
            units: r.attendedUnits,
            createdAt: plusDays(held.sessions.at(-1)!.startsAt, 1),
          },
        ]
      : [],
  );
  return { attendance: attendanceRows, records };
}
