import { trainingInput } from "./inputs.ts";
import {
  CITY_OFFICE,
  OK,
  okOr,
  ORG_STAFF,
  PERSON,
  PERSON_STAFF,
  PUBLIC,
  STAFF,
  VOLUNTEER_SELF,
  VOLUNTEERS,
  type Entry,
} from "./matrix-types.ts";
import { lifeguardType } from "./world-resources.ts";
import type { World } from "./world.ts";

// Trainings (public calendar, registration, administration, attendance) and qualifications.

const open = (w: World) => ({ trainingId: w.r.trainingOpen });
const past = (w: World) => ({ trainingId: w.r.trainingPast });

export const matrixQualifizierung: Record<string, Entry> = {
  "trainings.calendar": { access: PUBLIC, input: () => ({ from: "2026-11-01" }) },
  "trainings.get": { access: PUBLIC, input: open },
  // The volunteer holds a place already; another volunteer gets one.
  "trainings.register": {
    access: { volunteer: okOr("CONFLICT:already_registered"), otherVolunteer: OK },
    input: open,
    home: "otherVolunteer",
  },
  "trainings.cancel": { access: VOLUNTEER_SELF, input: open },
  "trainings.mine": { access: VOLUNTEERS, input: () => ({}) },
  "trainings.feedStatus": { access: VOLUNTEERS },
  "trainings.feedLink": { access: VOLUNTEERS },

  "trainingAdmin.qualificationTypes": { access: STAFF },
  "trainingAdmin.list": {
    access: ORG_STAFF,
    input: (w) => ({ organisationId: w.a.orgX }),
    otherCity: "no_leak",
  },
  "trainingAdmin.get": { access: ORG_STAFF, input: open },
  "trainingAdmin.create": {
    access: ORG_STAFF,
    input: (w) => trainingInput(w.a.orgX, "2026-12-20"),
    otherCity: ["BAD_REQUEST:invalid_input"],
  },
  "trainingAdmin.update": {
    access: ORG_STAFF,
    input: (w) => ({ ...trainingInput(w.a.orgX, "2026-12-15"), trainingId: w.r.trainingDraft }),
  },
  "trainingAdmin.publish": { access: ORG_STAFF, input: (w) => ({ trainingId: w.r.trainingDraft }) },
  "trainingAdmin.cancel": { access: ORG_STAFF, input: open },
  "trainingAdmin.registrations": { access: ORG_STAFF, input: open },
  "trainingAdmin.attendance": { access: ORG_STAFF, input: past },
  "trainingAdmin.recordAttendance": {
    access: ORG_STAFF,
    input: (w) => ({
      ...past(w),
      sessionId: w.r.trainingPastSession,
      entries: [{ personId: w.users.volunteer.personId, isPresent: true }],
    }),
  },
  "trainingAdmin.closingPreview": { access: ORG_STAFF, input: past },
  "trainingAdmin.close": { access: ORG_STAFF, input: past },

  "qualifications.types": { access: PUBLIC },
  "qualifications.createType": {
    access: CITY_OFFICE,
    input: () => lifeguardType("sanitaetsdienst"),
  },
  "qualifications.updateType": {
    access: CITY_OFFICE,
    input: () => lifeguardType(),
    otherCity: ["NOT_FOUND"],
  },
  "qualifications.archiveType": {
    access: CITY_OFFICE,
    input: () => ({ slug: "rettungsschwimmer", isArchived: true }),
    otherCity: ["NOT_FOUND"],
  },
  "qualifications.recordsOfPerson": {
    access: PERSON,
    input: (w) => ({ personId: w.users.volunteer.personId }),
  },
  "qualifications.addExternalRecord": {
    access: PERSON_STAFF,
    input: (w) => ({
      personId: w.users.volunteer.personId,
      typeSlug: "erste-hilfe",
      validFrom: "2026-03-01",
      issuer: "Johanniter-Unfall-Hilfe",
    }),
  },
  "qualifications.expiring": {
    access: PERSON_STAFF,
    input: (w) => ({ organisationId: w.a.orgX }),
    otherCity: "no_leak",
  },
  "qualifications.mine": { access: VOLUNTEERS },
};
