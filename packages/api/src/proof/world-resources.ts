import type { Database } from "@engagiert/db/client";
import { listStandards } from "@engagiert/db/queries/quality";
import { cityScope } from "@engagiert/db/queries/scope";
import { shiftSignups } from "@engagiert/db/schema";
import { and, eq } from "drizzle-orm";
import { as, tokenFromMail, type Session } from "./harness.ts";
import {
  eventInput,
  opportunityInput,
  oneOffInput,
  practiceInput,
  surveyInput,
  trainingInput,
} from "./inputs.ts";
import type { CityActor, WorldUser } from "./world.ts";

// One of each thing the procedures take, made through the procedures themselves by the people
// who would make them.

type CityIds = { cityId: string; slug: string; orgX: string; orgY: string };
type Sessions = Record<CityActor, Session> & { anonymous: Session };

/** The opportunities of X: a regular one (the volunteer's engagement) and a one-off with shifts. */
async function opportunities(db: Database, a: CityIds, sessions: Sessions) {
  const staff = await as(db, sessions.staffX);
  const oppX = (await staff.opportunityAdmin.create(opportunityInput(a.orgX))).id;
  await staff.opportunityAdmin.move({ id: oppX, to: "published" });
  const oneOff = (await staff.opportunityAdmin.create(oneOffInput(a.orgX))).id;
  await staff.opportunityAdmin.move({ id: oneOff, to: "published" });
  const shifts = await (await as(db, sessions.anonymous)).shifts.list({ opportunityId: oneOff });
  return {
    oppX,
    oneOff,
    shiftTaken: shifts[0]!.id,
    shiftPending: shifts[1]!.id,
    shiftFree: shifts[2]!.id,
  };
}

type Context = {
  a: CityIds;
  b: CityIds;
  users: Record<CityActor, WorldUser>;
  usersB: Partial<Record<CityActor, WorldUser>>;
  sessions: Sessions;
  sessionsB: Partial<Record<CityActor, Session>>;
  opportunities: Awaited<ReturnType<typeof opportunities>>;
  engagementId: string;
  linkToken: string;
};

const TOKEN = /[?&]token=([A-Za-z0-9_-]{43})/;

/** Applications by e-mail: one to confirm, and a minor's whose guardian is asked. */
async function applications(db: Database, c: Context) {
  const visitor = await as(db, c.sessions.anonymous);
  const person = { lastName: "Ahorn", hasConsented: true as const };
  await visitor.applications.submit({
    ...person,
    opportunityId: c.opportunities.oppX,
    firstName: "Berta",
    email: "bewerberin@a.example",
    birthYear: 1985,
  });
  await visitor.applications.submit({
    ...person,
    opportunityId: c.opportunities.oppX,
    firstName: "Mia",
    email: "mia@a.example",
    birthYear: 2010,
    birthDate: "2010-01-15",
    guardianEmail: "eltern@a.example",
  });
  const minorToken = await tokenFromMail(db, c.a.cityId, "mia@a.example", TOKEN);
  await visitor.applications.confirm({ token: minorToken });
  return {
    confirmToken: await tokenFromMail(db, c.a.cityId, "bewerberin@a.example", TOKEN),
    guardianToken: await tokenFromMail(db, c.a.cityId, "eltern@a.example", TOKEN),
  };
}

/** The volunteer's shifts: one taken, one asked for by e-mail (pending). */
async function shifts(db: Database, c: Context) {
  const volunteer = await as(db, c.sessions.volunteer);
  await volunteer.shifts.take({ shiftId: c.opportunities.shiftTaken });
  await (
    await as(db, c.sessions.anonymous)
  ).shifts.request({
    shiftId: c.opportunities.shiftPending,
    firstName: "Vera",
    lastName: "Test",
    email: c.users.volunteer.email,
    birthYear: 1990,
    hasConsented: true,
  });
  const [pending] = await db
    .select({ id: shiftSignups.id })
    .from(shiftSignups)
    .where(
      and(
        eq(shiftSignups.cityId, c.a.cityId),
        eq(shiftSignups.shiftId, c.opportunities.shiftPending),
        eq(shiftSignups.personId, c.users.volunteer.personId!),
      ),
    );
  const consents = await volunteer.myData.consents({});
  return { signupPending: pending!.id, consentId: consents.items[0]!.id };
}

/** Hours of the volunteer: one pending, one approved by staff. */
async function hours(db: Database, c: Context) {
  const pending = await (
    await as(db, c.sessions.volunteer)
  ).hours.log({
    engagementId: c.engagementId,
    workedOn: "2026-11-20",
    minutes: 60,
    activity: "Vorlesen in der Klasse 2b",
  });
  const approved = await (
    await as(db, c.sessions.staffX)
  ).hours.logFor({
    engagementId: c.engagementId,
    workedOn: "2026-11-19",
    minutes: 90,
    activity: "Lesestunde in der Bibliothek",
    approve: true,
  });
  return { hourPending: pending.id, hourApproved: approved.id };
}

/** Trainings of X: open with the volunteer registered, one that took place, and a draft. */
async function trainings(db: Database, c: Context) {
  const staff = await as(db, c.sessions.staffX);
  const open = await staff.trainingAdmin.create(trainingInput(c.a.orgX, "2026-12-08"));
  await staff.trainingAdmin.publish({ trainingId: open.id });
  await (await as(db, c.sessions.volunteer)).trainings.register({ trainingId: open.id });
  const draft = await staff.trainingAdmin.create(trainingInput(c.a.orgX, "2026-12-15"));

  const earlier = new Date("2026-10-01T09:00:00Z");
  const staffThen = await as(db, c.sessions.staffX, earlier);
  const past = await staffThen.trainingAdmin.create(trainingInput(c.a.orgX, "2026-11-10"));
  await staffThen.trainingAdmin.publish({ trainingId: past.id });
  await (await as(db, c.sessions.volunteer, earlier)).trainings.register({ trainingId: past.id });
  return {
    trainingOpen: open.id,
    trainingDraft: draft.id,
    trainingPast: past.id,
    trainingPastSession: past.sessions[0]!.id,
  };
}

/** Surveys of X: a draft, and an open one whose link went to the volunteer. */
async function surveys(db: Database, c: Context) {
  const staff = await as(db, c.sessions.staffX);
  const draft = await staff.surveys.create(surveyInput(c.a.orgX));
  const open = await staff.surveys.create(surveyInput(c.a.orgX));
  await staff.surveys.open({ surveyId: open.id });
  const surveyToken = await tokenFromMail(
    db,
    c.a.cityId,
    c.users.volunteer.email,
    /umfrage\?token=([A-Za-z0-9_-]+)/,
  );
  return { surveyDraft: draft.id, surveyOpen: open.id, surveyToken };
}

/** What the coordination office and the admin keep: a type, an event, an invitation. */
async function office(db: Database, c: Context) {
  const coordinator = await as(db, c.sessions.coordinator);
  await coordinator.qualifications.createType(lifeguardType());
  const staff = await as(db, c.sessions.staffX);
  const record = await staff.qualifications.addExternalRecord({
    personId: c.users.volunteer.personId!,
    typeSlug: "erste-hilfe",
    validFrom: "2026-01-15",
    issuer: "DRK Kreisverband",
  });
  const allowance = await staff.allowances.record({
    personId: c.users.volunteer.personId!,
    allowance: "ehrenamtspauschale",
    amountCents: 10_000,
    paidOn: "2026-06-01",
    activity: "Lesepatenschaft",
  });
  const event = await coordinator.recognition.events.create({
    title: "Dankeschön-Fest",
    heldOn: "2026-12-20",
    place: "Rathaus, Großer Saal",
    invitationText: "Wir laden Sie herzlich zu unserem Dankeschön-Fest ein.",
  });
  const invitation = await (
    await as(db, c.sessions.cityAdmin)
  ).staffAdmin.invite({
    email: "neu-im-team@a.example",
    displayName: "Nina Neu",
    role: "staff",
    organisationId: c.a.orgX,
  });
  const invitationToken = await tokenFromMail(
    db,
    c.a.cityId,
    "neu-im-team@a.example",
    /einladung\/([A-Za-z0-9_-]+)/,
  );
  const [standard] = await listStandards(db, cityScope(c.a.cityId));
  return {
    qualificationRecord: record.id,
    allowance: allowance.id,
    recognitionEvent: event.id,
    invitationId: invitation.id,
    invitationToken,
    standardId: standard!.id,
  };
}

export function lifeguardType(slug = "rettungsschwimmer") {
  return {
    slug,
    nameDe: "Rettungsschwimmabzeichen",
    nameEn: "Lifeguard badge",
    description: "Deutsches Rettungsschwimmabzeichen in Silber.",
    rules: {
      validityMonths: 24,
      minimumAge: 16,
      minimumAgeJustified: null,
      requiredUnits: 0,
      requires: [],
      renewalHours: null,
      reminderDays: 45,
    },
  };
}

/** The network: events of city A, practices of both cities, a question. */
async function network(db: Database, c: Context) {
  const coordinator = await as(db, c.sessions.coordinator);
  const published = (await coordinator.networkEvents.save(eventInput())).id;
  await coordinator.networkEvents.publish({ eventId: published });
  const open = (await coordinator.networkEvents.save(eventInput({ title: "Regionaltreffen Süd" })))
    .id;
  await coordinator.networkEvents.publish({ eventId: open });
  const draft = (await coordinator.networkEvents.save(eventInput({ title: "Webinar Entwurf" }))).id;
  // Every member who may take part holds a place at the published event, in both cities.
  const members: CityActor[] = [
    "staffX",
    "staffY",
    "coordinator",
    "cityAdmin",
    "networkMember",
    "networkAdmin",
  ];
  for (const actor of members) {
    await (await as(db, c.sessions[actor])).networkEvents.register({ eventId: published });
    const b = c.sessionsB[actor];
    if (b) await (await as(db, b)).networkEvents.register({ eventId: published });
  }

  const member = await as(db, c.sessions.networkMember);
  const practicePublished = (await member.practices.save(practiceInput({ publish: true }))).id;
  const practiceDraft = (await member.practices.save(practiceInput({ title: "Entwurf: Lotsen" })))
    .id;
  const practiceB = (
    await (
      await as(db, c.sessionsB.networkMember!)
    ).practices.save(practiceInput({ title: "Ehrenamtsbörse im Rathaus", publish: true }))
  ).id;
  const question = await coordinator.practices.post({
    practiceId: practicePublished,
    body: "Wie habt ihr die Lotsinnen gefunden?",
  });
  return {
    eventPublished: published,
    eventOpen: open,
    eventDraft: draft,
    practicePublished,
    practiceDraft,
    practiceB,
    questionId: question.id,
  };
}

async function rest(db: Database, c: Context) {
  return {
    ...c.opportunities,
    engagement: c.engagementId,
    linkToken: c.linkToken,
    ...(await applications(db, c)),
    ...(await shifts(db, c)),
    ...(await hours(db, c)),
    ...(await trainings(db, c)),
    ...(await surveys(db, c)),
    ...(await office(db, c)),
    ...(await network(db, c)),
  };
}

export const buildResources = { opportunities, rest };
export type Resources = Awaited<ReturnType<typeof rest>>;
