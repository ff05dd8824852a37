import { TEST_PASSWORD, TEST_TOTP_SECRET } from "../testing.ts";
import { totpCode } from "../auth/totp.ts";
import { NOW } from "./harness.ts";
import { opportunityInput } from "./inputs.ts";
import {
  okOr,
  ORG_STAFF,
  PENDING,
  PERSON_STAFF,
  PUBLIC,
  STAFF,
  VOLUNTEER_SELF,
  VOLUNTEERS,
  type Entry,
} from "./matrix-types.ts";

// Signing in, the public side (search, applying, shifts) and the organisations' pipeline.

const application = (opportunityId: string) => ({
  opportunityId,
  firstName: "Gerda",
  lastName: "Gast",
  email: "gerda@gast.example",
  birthYear: 1980,
  hasConsented: true as const,
});

/** City A's half-signed-in session is unknown in city B. */
const NO_PENDING = "UNAUTHORIZED:second_factor_expired";

export const matrixAkquise: Record<string, Entry> = {
  "auth.me": { access: PUBLIC },
  "auth.signIn": {
    access: PUBLIC,
    input: (w) => ({ email: w.users.staffX.email, password: TEST_PASSWORD }),
    otherCity: ["UNAUTHORIZED:wrong_credentials"],
  },
  // The steps after the password need the session that the password opened.
  "auth.verifySecondFactor": {
    access: { pending: okOr("BAD_REQUEST:second_factor_setup_needed") },
    input: () => ({ code: "123456" }),
    otherCity: [NO_PENDING],
  },
  "auth.startSecondFactorSetup": { access: PENDING, otherCity: [NO_PENDING] },
  "auth.confirmSecondFactorSetup": {
    access: PENDING,
    input: () => ({ secret: TEST_TOTP_SECRET, code: totpCode(TEST_TOTP_SECRET, NOW) }),
    otherCity: [NO_PENDING],
  },
  "auth.requestLink": { access: PUBLIC, input: (w) => ({ email: w.users.volunteer.email }) },
  "auth.redeemLink": {
    access: PUBLIC,
    input: (w) => ({ token: w.r.linkToken }),
    otherCity: ["BAD_REQUEST:link_invalid"],
  },
  "auth.signOut": { access: PUBLIC },
  "city.config": { access: PUBLIC },

  "opportunities.newest": { access: PUBLIC, input: () => ({ limit: 20 }) },
  "opportunities.search": { access: PUBLIC, input: () => ({ q: "Lesepatenschaft" }) },
  "opportunities.get": { access: PUBLIC, input: (w) => ({ id: w.r.oppX }) },

  "applications.submit": { access: PUBLIC, input: (w) => application(w.r.oppX) },
  "applications.confirm": {
    access: PUBLIC,
    input: (w) => ({ token: w.r.confirmToken }),
    otherCity: ["BAD_REQUEST:link_used"],
  },
  "applications.guardianView": {
    access: PUBLIC,
    input: (w) => ({ token: w.r.guardianToken }),
    otherCity: ["NOT_FOUND:link_used"],
  },
  "applications.guardianConsent": {
    access: PUBLIC,
    input: (w) => ({ token: w.r.guardianToken }),
    otherCity: ["BAD_REQUEST:link_used"],
  },
  "applications.mine": { access: VOLUNTEERS, input: () => ({}) },

  "dashboard.counts": { access: ORG_STAFF, input: (w) => ({ organisationId: w.a.orgX }) },
  "dashboard.organisations": { access: STAFF },

  "opportunityAdmin.districts": { access: STAFF },
  "opportunityAdmin.list": {
    access: ORG_STAFF,
    input: (w) => ({ organisationId: w.a.orgX }),
    otherCity: "no_leak",
  },
  "opportunityAdmin.get": { access: ORG_STAFF, input: (w) => ({ id: w.r.oppX }) },
  // Another city's organisation is refused on its field, like a mistyped one.
  "opportunityAdmin.create": {
    access: ORG_STAFF,
    input: (w) => opportunityInput(w.a.orgX),
    otherCity: ["BAD_REQUEST:invalid_input"],
  },
  "opportunityAdmin.update": {
    access: ORG_STAFF,
    input: (w) => ({ ...opportunityInput(w.a.orgX), id: w.r.oppX }),
    otherCity: ["BAD_REQUEST:invalid_input"],
  },
  "opportunityAdmin.move": { access: ORG_STAFF, input: (w) => ({ id: w.r.oppX, to: "paused" }) },
  "opportunityAdmin.duplicate": { access: ORG_STAFF, input: (w) => ({ id: w.r.oppX }) },

  // Engagements are read and moved by the hosting organisation and the coordination office,
  // not by city admins (who manage the city, not its volunteers).
  "pipeline.board": {
    access: PERSON_STAFF,
    input: (w) => ({ organisationId: w.a.orgX }),
    otherCity: "no_leak",
  },
  "pipeline.list": {
    access: PERSON_STAFF,
    input: (w) => ({ organisationId: w.a.orgX }),
    otherCity: "no_leak",
  },
  "pipeline.get": { access: PERSON_STAFF, input: (w) => ({ engagementId: w.r.engagement }) },
  "pipeline.move": {
    access: PERSON_STAFF,
    input: (w) => ({ engagementId: w.r.engagement, to: "paused" }),
  },
  "pipeline.setChecklistItem": {
    access: PERSON_STAFF,
    input: (w) => ({ engagementId: w.r.engagement, item: "agreement", done: true }),
  },
  "pipeline.recordInspection": {
    access: PERSON_STAFF,
    input: (w) => ({
      engagementId: w.r.engagement,
      certificateIssuedOn: "2026-10-01",
      inspectedOn: "2026-11-20",
      hasRelevantEntry: false,
    }),
  },
  "pipeline.notes": { access: PERSON_STAFF, input: (w) => ({ engagementId: w.r.engagement }) },
  "pipeline.addNote": {
    access: PERSON_STAFF,
    input: (w) => ({ engagementId: w.r.engagement, body: "Erstgespräch am Montag vereinbart." }),
  },
  "volunteers.record": {
    access: PERSON_STAFF,
    input: (w) => ({ personId: w.users.volunteer.personId }),
  },

  "shifts.list": { access: PUBLIC, input: (w) => ({ opportunityId: w.r.oneOff }) },
  "shifts.take": { access: VOLUNTEERS, input: (w) => ({ shiftId: w.r.shiftFree }) },
  "shifts.request": {
    access: PUBLIC,
    input: (w) => ({
      shiftId: w.r.shiftFree,
      firstName: "Gerda",
      lastName: "Gast",
      email: "gerda@gast.example",
      birthYear: 1980,
      hasConsented: true,
    }),
  },
  "shifts.confirm": { access: VOLUNTEER_SELF, input: (w) => ({ signupId: w.r.signupPending }) },
  "shifts.cancel": { access: VOLUNTEER_SELF, input: (w) => ({ shiftId: w.r.shiftTaken }) },
  "shifts.mine": { access: VOLUNTEERS, input: () => ({}) },

  "profile.get": { access: VOLUNTEERS },
  "profile.update": {
    access: VOLUNTEERS,
    input: () => ({
      interests: ["bildung"],
      skills: ["Vorlesen"],
      availability: [{ weekday: "mon", from: "15:00", to: "18:00" }],
      district: "innenstadt",
      accessibilityNeeds: null,
    }),
  },
  "profile.suggestions": { access: VOLUNTEERS, input: () => ({ needsStepFree: false }) },
};
