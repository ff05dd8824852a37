import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import {
  allowancePayments,
  auditLog,
  calendarFeeds,
  consents,
  engagementEvents,
  engagementLinks,
  engagementNotes,
  engagements,
  fuehrungszeugnisInspections,
  hourEntries,
  opportunities,
  opportunityShifts,
  outbox,
  persons,
  qualificationRecords,
  recognitionEvents,
  recognitionInvitations,
  shiftSignups,
  signInAttempts,
  surveyInvitations,
  surveys,
  trainingAttendance,
  trainingRegistrations,
  trainingSessions,
  trainings,
  users,
} from "@engagiert/db/schema";
import { rowsOf } from "@engagiert/db/client";
import { createTestDatabase, type TestDatabase } from "@engagiert/db/testing";
import { sql } from "drizzle-orm";
import { hashToken } from "../auth/tokens.ts";
import { insertCity, insertUser, opportunityRow, testClient } from "../testing.ts";

/**
 * Every table of the database (not only those the code knows of), searched row by row as text
 * for each needle: what is left of a person anywhere. Answers `table: needle` per find.
 */
export async function findEverywhere(db: TestDatabase["db"], needles: readonly string[]) {
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    ),
  );
  const found: string[] = [];
  for (const { name } of tables) {
    for (const needle of needles) {
      const rows = rowsOf<{ n: number }>(
        await db.execute(
          sql`select count(*)::int as n from ${sql.identifier(name)} t where position(lower(${needle}) in lower(t::text)) > 0`,
        ),
      );
      if ((rows[0]?.n ?? 0) > 0) found.push(`${name}: ${needle}`);
    }
  }
  return { tables: tables.map((t) => t.name), found };
}

/** The fixed clock of the privacy tests: Tuesday 24 November 2026, 10:00 in Göppingen. */
export const NOW = new Date("2026-11-24T09:00:00Z");
const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

/**
 * Two cities; in city A two organisations with a staff member each and the coordination office,
 * an opportunity per organisation, a shift still to come, a training with a session and a survey.
 * `volunteer()` makes a person with data in every table that holds something about a person.
 */
export async function privacyWorld(kind: "pglite" | "postgres") {
  const database: TestDatabase = await createTestDatabase(kind);
  const db = database.db;
  const a = await insertCity(db, "stadt-a");
  const b = await insertCity(db, "stadt-b");
  const cityId = a.city.id;
  const staffA = await insertUser(db, cityId, {
    email: "amt@a.example",
    role: "staff",
    organisationId: a.orgA.id,
  });
  await insertUser(db, cityId, {
    email: "partner@a.example",
    role: "staff",
    organisationId: a.orgB.id,
  });
  await insertUser(db, cityId, { email: "coord@a.example", role: "coordinator" });
  await insertUser(db, cityId, { email: "admin@a.example", role: "city_admin" });
  await insertUser(db, b.city.id, { email: "coord@b.example", role: "coordinator" });
  const [oppA, oppB] = await db
    .insert(opportunities)
    .values([
      opportunityRow(cityId, a.orgA.id, { title: "Lesepatenschaft", format: "one_off" }),
      opportunityRow(cityId, a.orgB.id, { title: "Stadtgarten" }),
    ])
    .returning();
  const [shift] = await db
    .insert(opportunityShifts)
    .values({
      cityId,
      opportunityId: oppA!.id,
      startsAt: day("2026-12-05"),
      endsAt: day("2026-12-05"),
      capacity: 1,
    })
    .returning();
  const [training] = await db
    .insert(trainings)
    .values({
      cityId,
      title: "Erste Hilfe am Kind",
      description: "Kurs",
      topic: "first_aid",
      trainer: "DRK",
      capacity: 10,
      registrationDeadline: day("2026-02-01"),
      status: "published",
      startsAt: day("2026-02-10"),
      createdByUserId: staffA.id,
    })
    .returning();
  const [session] = await db
    .insert(trainingSessions)
    .values({
      cityId,
      trainingId: training!.id,
      startsAt: day("2026-02-10"),
      endsAt: day("2026-02-10"),
      units: 8,
    })
    .returning();
  const [survey] = await db
    .insert(surveys)
    .values({
      cityId,
      organisationId: a.orgA.id,
      title: "Wie geht es Ihnen?",
      questions: [],
      status: "open",
      createdByUserId: staffA.id,
    })
    .returning();
  const [event] = await db
    .insert(recognitionEvents)
    .values({
      cityId,
      title: "Dankeschön-Fest",
      heldOn: "2026-12-12",
      place: "Stadthalle",
      invitationText: "Wir laden Sie ein.",
      createdByUserId: staffA.id,
    })
    .returning();
  let seq = 0;

  /**
   * A volunteer of city A with an active engagement and everything around it: events, a staff
   * note, a link, hours (approved), a training with attendance and the qualification it gave, a
   * Führungszeugnis record, a confirmed place in the coming shift, consents, mail (a sign-in link
   * and a survey invitation with its answer link), a calendar feed, an invitation to an event, an
   * allowance payment, audit entries and sign-in attempts.
   */
  async function volunteer(firstName: string, lastName: string) {
    seq += 1;
    const email = `${firstName.toLowerCase()}.${lastName.toLowerCase()}@people.example`;
    const user = await insertUser(db, cityId, { email, role: "volunteer" });
    const personId = user.personId!;
    await db
      .update(persons)
      .set({
        firstName,
        lastName,
        phone: `07161 ${1000 + seq}`,
        birthDate: "1990-04-0" + String(seq % 9 || 1),
        district: "innenstadt",
        interests: ["bildung"],
        skills: [`Vorlesen-${lastName}`],
        availability: [{ weekday: "mon", from: "16:00", to: "18:00" }],
        accessibilityNeeds: `Rampe für ${firstName}`,
        recognitionGroups: ["feuerwehr"],
        createdAt: day("2025-12-01"),
        lastActiveAt: day("2026-11-01"),
      })
      .where(sql`${persons.id} = ${personId}`);
    await db
      .update(users)
      .set({ displayName: `${firstName} ${lastName}`, lastSignInAt: day("2026-11-01") })
      .where(sql`${users.id} = ${user.id}`);
    const [engagement] = await db
      .insert(engagements)
      .values({
        cityId,
        opportunityId: oppA!.id,
        organisationId: a.orgA.id,
        personId,
        status: "active",
        message: `Ich bin ${firstName} und lese gern vor.`,
        confirmedAt: day("2026-01-02"),
        isMinor: true,
        guardianEmail: `eltern.${lastName.toLowerCase()}@people.example`,
        guardianConsentAt: day("2026-01-03"),
        startedAt: day("2026-01-10"),
        statusChangedAt: day("2026-01-10"),
        createdAt: day("2026-01-01"),
      })
      .returning();
    const engagementId = engagement!.id;
    await db.insert(engagementEvents).values([
      {
        cityId,
        engagementId,
        toStatus: "submitted",
        actorKind: "volunteer",
        at: day("2026-01-02"),
      },
      {
        cityId,
        engagementId,
        fromStatus: "onboarding",
        toStatus: "active",
        actorKind: "organisation",
        actorUserId: staffA.id,
        at: day("2026-01-10"),
      },
    ]);
    await db.insert(engagementNotes).values({
      cityId,
      engagementId,
      authorUserId: staffA.id,
      body: `${firstName} ${lastName} kommt montags.`,
    });
    await db.insert(engagementLinks).values({
      cityId,
      engagementId,
      purpose: "guardian_consent",
      tokenHash: hashToken(`guardian-${seq}`),
      expiresAt: day("2026-01-20"),
    });
    const minutes = 60 * seq;
    await db.insert(hourEntries).values([
      {
        cityId,
        personId,
        engagementId,
        organisationId: a.orgA.id,
        workedOn: "2026-03-02",
        minutes,
        activity: `Vorlesen mit ${firstName}`,
        status: "approved",
        enteredByUserId: user.id,
        reviewedByUserId: staffA.id,
        reviewedAt: day("2026-03-03"),
      },
      {
        cityId,
        personId,
        engagementId,
        organisationId: a.orgA.id,
        workedOn: "2026-03-09",
        minutes: 30,
        activity: "Bücher sortiert",
        status: "returned",
        returnComment: `Bitte genauer, ${firstName}`,
        enteredByUserId: user.id,
      },
    ]);
    await db.insert(trainingRegistrations).values({
      cityId,
      trainingId: training!.id,
      personId,
      status: "confirmed",
      createdAt: day("2026-01-15"),
    });
    await db.insert(trainingAttendance).values({
      cityId,
      sessionId: session!.id,
      personId,
      isPresent: true,
      recordedByUserId: staffA.id,
    });
    await db.insert(qualificationRecords).values({
      cityId,
      personId,
      typeSlug: "erste-hilfe",
      validFrom: "2026-02-10",
      validUntil: "2028-02-10",
      issuer: `DRK Kurs ${lastName}`,
      source: "external",
      recordedByUserId: staffA.id,
    });
    await db.insert(fuehrungszeugnisInspections).values({
      cityId,
      personId,
      certificateIssuedOn: "2026-01-02",
      inspectedOn: "2026-01-05",
      inspectedByUserId: staffA.id,
      hasRelevantEntry: false,
    });
    await db.insert(shiftSignups).values({
      cityId,
      shiftId: shift!.id,
      personId,
      status: seq === 1 ? "confirmed" : "waiting",
      confirmedAt: seq === 1 ? day("2026-11-02") : null,
      createdAt: day("2026-11-02"),
    });
    await db.insert(consents).values([
      { cityId, personId, purpose: "application", version: "2026-11", givenAt: day("2026-01-01") },
      { cityId, personId, purpose: "shift", version: "2026-11", givenAt: day("2026-11-02") },
    ]);
    const surveyToken = `survey-token-${seq}`;
    await db.insert(surveyInvitations).values({
      cityId,
      surveyId: survey!.id,
      organisationId: a.orgA.id,
      tokenHash: hashToken(surveyToken),
    });
    await db.insert(outbox).values([
      {
        cityId,
        kind: "sign_in_link",
        toEmail: email,
        subject: "Ihr Anmeldelink",
        bodyText: `Guten Tag,\nhttp://localhost:5173/anmelden/link?token=secret-${seq}`,
        sentAt: day("2026-11-01"),
      },
      {
        cityId,
        kind: "survey_invitation",
        toEmail: email,
        subject: "Ihre Meinung zählt: Wie geht es Ihnen?",
        bodyText: `Guten Tag ${firstName},\nhttp://localhost:5173/umfrage?token=${surveyToken}`,
        sentAt: day("2026-11-03"),
      },
      {
        cityId,
        kind: "hours_returned",
        toEmail: email,
        subject: "Stunden zurückgegeben",
        bodyText: `Guten Tag ${firstName} ${lastName}, noch nicht verschickt.`,
      },
    ]);
    await db
      .insert(calendarFeeds)
      .values({ cityId, personId, tokenHash: hashToken(`feed-${seq}`) });
    await db.insert(recognitionInvitations).values({
      cityId,
      eventId: event!.id,
      personId,
      reason: "anniversary:1",
    });
    await db.insert(allowancePayments).values({
      cityId,
      personId,
      organisationId: a.orgA.id,
      allowance: "ehrenamtspauschale",
      amountCents: 24_000,
      paidOn: "2026-06-30",
      activity: "Lesepatenschaft",
      recordedByUserId: staffA.id,
    });
    await db.insert(auditLog).values({
      cityId,
      actorUserId: staffA.id,
      action: "recognition.groups.changed",
      subjectType: "person",
      subjectId: personId,
      personId,
      details: { before: [], after: ["feuerwehr"] },
    });
    await db.insert(signInAttempts).values({ cityId, key: `link:${email}`, succeeded: true });
    return { personId, userId: user.id, email, engagementId, phone: `07161 ${1000 + seq}` };
  }

  /**
   * A browser signed in as the volunteer, by the e-mail link as a person would. Links are limited
   * per address, so each volunteer signs in once and every later browser gets that session.
   */
  const sessions = new Map<string, string>();
  async function signIn(email: string) {
    const client = testClient(db, "stadt-a");
    client.state.now = NOW;
    const known = sessions.get(email);
    if (known) {
      client.state.cookie = known;
      return client;
    }
    await (await client.call()).auth.requestLink({ email });
    const [mail] = await mailsTo(db, cityScope(cityId), email);
    const token = new URL(/https?:\/\/\S+/.exec(mail!.bodyText)![0]).searchParams.get("token")!;
    await (await client.call()).auth.redeemLink({ token });
    sessions.set(email, client.state.cookie!);
    return client;
  }

  /** A staff member's browser (the second factor is given as the test helper does). */
  async function staff(email: string, city = "stadt-a", now = NOW) {
    const client = testClient(db, city);
    client.state.now = now;
    await client.signIn(email);
    return client;
  }

  return {
    database,
    db,
    a,
    b,
    cityId,
    oppA: oppA!,
    oppB: oppB!,
    shift: shift!,
    volunteer,
    signIn,
    staff,
  };
}
export type PrivacyWorld = Awaited<ReturnType<typeof privacyWorld>>;
