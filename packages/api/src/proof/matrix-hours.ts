import {
  CITY_OFFICE,
  OK,
  ORG_STAFF,
  PERSON,
  PERSON_STAFF,
  VOLUNTEER_SELF,
  VOLUNTEERS,
  type Entry,
} from "./matrix-types.ts";
import type { World } from "./world.ts";

// Hours, tax-free allowances, recognition (Ehrenamtskarte, milestones, events) and reports.

const payment = (w: World) => ({
  personId: w.users.volunteer.personId,
  allowance: "ehrenamtspauschale",
  amountCents: 5_000,
  paidOn: "2026-11-20",
  activity: "Lesepatenschaft",
  organisationId: w.a.orgX,
});

const eventRef = (w: World) => ({ eventId: w.r.recognitionEvent });

export const matrixHours: Record<string, Entry> = {
  "hours.myEngagementsForHours": { access: VOLUNTEERS },
  "hours.log": {
    access: VOLUNTEER_SELF,
    input: (w) => ({
      engagementId: w.r.engagement,
      workedOn: "2026-11-21",
      minutes: 30,
      activity: "Bücher ausgesucht",
    }),
  },
  "hours.update": {
    access: VOLUNTEER_SELF,
    input: (w) => ({
      entryId: w.r.hourPending,
      workedOn: "2026-11-20",
      minutes: 45,
      activity: "Vorlesen in der Klasse 2b",
    }),
  },
  "hours.remove": { access: VOLUNTEER_SELF, input: (w) => ({ entryId: w.r.hourPending }) },
  "hours.mine": { access: VOLUNTEERS, input: () => ({}) },
  "hours.myTotals": { access: VOLUNTEERS, input: () => ({ year: 2026 }) },
  "hours.remaining": {
    access: PERSON,
    input: (w) => ({ engagementId: w.r.engagement, workedOn: "2026-11-20" }),
  },
  "hours.logFor": {
    access: PERSON_STAFF,
    input: (w) => ({
      engagementId: w.r.engagement,
      workedOn: "2026-11-18",
      minutes: 60,
      activity: "Lesestunde",
    }),
  },
  "hours.queue": {
    access: PERSON_STAFF,
    input: (w) => ({ organisationId: w.a.orgX }),
    otherCity: "no_leak",
  },
  "hours.approve": { access: PERSON_STAFF, input: (w) => ({ entryId: w.r.hourPending }) },
  // Staff approve only their own organisation's entries: Y's staff approve none of X's.
  "hours.approveMany": {
    access: { ...PERSON_STAFF, staffY: OK },
    input: (w) => ({ entryIds: [w.r.hourPending] }),
    otherCity: "no_leak",
  },
  "hours.return": {
    access: PERSON_STAFF,
    input: (w) => ({ entryId: w.r.hourPending, comment: "Bitte das Datum prüfen." }),
  },
  "hours.correct": {
    access: PERSON_STAFF,
    input: (w) => ({
      entryId: w.r.hourApproved,
      workedOn: "2026-11-19",
      minutes: 80,
      activity: "Lesestunde in der Bibliothek",
      reason: "Zeit falsch erfasst",
    }),
  },
  "hours.history": { access: PERSON_STAFF, input: (w) => ({ engagementId: w.r.engagement }) },

  "allowances.check": { access: PERSON_STAFF, input: payment },
  "allowances.record": { access: PERSON_STAFF, input: payment },
  "allowances.ofPerson": {
    access: PERSON_STAFF,
    input: (w) => ({ personId: w.users.volunteer.personId, year: 2026 }),
  },
  "allowances.list": {
    access: PERSON_STAFF,
    input: (w) => ({ organisationId: w.a.orgX }),
    otherCity: "no_leak",
  },
  "allowances.volunteers": {
    access: PERSON_STAFF,
    input: (w) => ({ organisationId: w.a.orgX }),
    otherCity: "no_leak",
  },

  "reports.report": {
    access: ORG_STAFF,
    input: (w) => ({ from: "2026-01-01", to: "2026-11-24", organisationId: w.a.orgX }),
  },
  "reports.csv": {
    access: ORG_STAFF,
    input: (w) => ({
      from: "2026-01-01",
      to: "2026-11-24",
      organisationId: w.a.orgX,
      table: "overview",
      language: "de",
    }),
  },

  "recognition.myEhrenamtskarte": { access: VOLUNTEERS },
  "recognition.myCertificates": { access: VOLUNTEERS, input: () => ({}) },
  "recognition.eligibleList": { access: CITY_OFFICE, input: () => ({}) },
  "recognition.eligibleCsv": { access: CITY_OFFICE },
  "recognition.milestones": {
    access: ORG_STAFF,
    input: (w) => ({ month: "2026-11", organisationId: w.a.orgX }),
    otherCity: "no_leak",
  },
  "recognition.personStatus": {
    access: PERSON_STAFF,
    input: (w) => ({ personId: w.users.volunteer.personId }),
  },
  "recognition.setRecognitionGroups": {
    access: PERSON_STAFF,
    input: (w) => ({ personId: w.users.volunteer.personId, groups: ["feuerwehr"] }),
  },
  "recognition.events.create": {
    access: CITY_OFFICE,
    input: () => ({
      title: "Neujahrsempfang",
      heldOn: "2027-01-10",
      place: "Rathaus, Großer Saal",
      invitationText: "Wir laden Sie herzlich zum Neujahrsempfang ein.",
    }),
  },
  "recognition.events.list": { access: CITY_OFFICE, input: () => ({}) },
  "recognition.events.get": { access: CITY_OFFICE, input: eventRef },
  "recognition.events.buildInvitations": {
    access: CITY_OFFICE,
    input: (w) => ({ ...eventRef(w), months: ["2026-11"], kinds: ["hours", "anniversary"] }),
  },
  "recognition.events.invitations": { access: CITY_OFFICE, input: eventRef },
  "recognition.events.invitationsCsv": { access: CITY_OFFICE, input: eventRef },
  "recognition.events.sendInvitations": { access: CITY_OFFICE, input: eventRef },
};
