import { totpCode } from "../auth/totp.ts";
import { TEST_PASSWORD, TEST_TOTP_SECRET } from "../testing.ts";
import { NOW } from "./harness.ts";
import {
  CITY_ADMIN,
  CITY_OFFICE,
  OK,
  okOr,
  PASSWORD_USERS,
  PUBLIC,
  VOLUNTEER_SELF,
  VOLUNTEERS,
  type Entry,
} from "./matrix-types.ts";
import type { World } from "./world.ts";

// Privacy rights, retention, the audit log, staff security and staff accounts.

const person = (w: World) => ({ personId: w.users.volunteer.personId });
const password = () => ({ password: TEST_PASSWORD });
/** Recovery codes exist once an authenticator is set up: staff and members have none here. */
const NO_FACTOR = okOr("BAD_REQUEST:second_factor_not_set_up");

export const matrixTrust: Record<string, Entry> = {
  "myData.consents": { access: VOLUNTEERS, input: () => ({}) },
  "myData.withdrawConsent": {
    access: VOLUNTEER_SELF,
    input: (w) => ({ consentId: w.r.consentId }),
  },
  "myData.export": { access: VOLUNTEERS },
  "myData.deleteAccount": { access: VOLUNTEERS, input: () => ({ confirmed: true }) },

  "retention.settings": { access: CITY_OFFICE },
  "retention.runs": { access: CITY_OFFICE, input: () => ({}) },
  "retention.preview": { access: CITY_OFFICE, input: () => ({ kind: "applications" }) },
  "retention.dryRun": { access: CITY_OFFICE },
  "retention.run": { access: CITY_OFFICE, input: () => ({ confirmed: true }) },

  "audit.log": { access: CITY_OFFICE, input: () => ({}) },
  "audit.actions": { access: CITY_OFFICE },
  "audit.actors": { access: CITY_OFFICE },
  "audit.person": { access: CITY_OFFICE, input: person },
  "audit.csv": { access: CITY_OFFICE, input: () => ({}) },
  "personPrivacy.overview": { access: CITY_OFFICE, input: person },

  "security.overview": { access: PASSWORD_USERS },
  "security.changePassword": {
    access: PASSWORD_USERS,
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: "Ahornblatt-im-Herbstwind-2026" }),
  },
  "security.startTotpSetup": { access: PASSWORD_USERS },
  "security.confirmTotpSetup": {
    access: PASSWORD_USERS,
    input: () => ({
      secret: TEST_TOTP_SECRET,
      code: totpCode(TEST_TOTP_SECRET, NOW),
      password: TEST_PASSWORD,
    }),
  },
  "security.regenerateRecoveryCodes": {
    access: { ...PASSWORD_USERS, staffX: NO_FACTOR, staffY: NO_FACTOR, networkMember: NO_FACTOR },
    input: password,
    home: "coordinator",
  },
  // Where the role requires a second factor, it cannot be switched off.
  "security.disableTotp": {
    access: { staffX: OK, staffY: OK, networkMember: OK },
    input: password,
  },

  "staffAdmin.list": { access: CITY_ADMIN, input: () => ({}) },
  "staffAdmin.account": { access: CITY_ADMIN, input: (w) => ({ userId: w.users.colleague.id }) },
  "staffAdmin.deactivate": { access: CITY_ADMIN, input: (w) => ({ userId: w.users.colleague.id }) },
  // The colleague's account is active: there is nothing to reactivate.
  "staffAdmin.reactivate": {
    access: { cityAdmin: okOr("CONFLICT") },
    input: (w) => ({ userId: w.users.colleague.id }),
  },
  "staffAdmin.change": {
    access: CITY_ADMIN,
    input: (w) => ({ userId: w.users.colleague.id, role: "network_member", organisationId: null }),
  },
  "staffAdmin.invitations": { access: CITY_ADMIN, input: () => ({}) },
  "staffAdmin.invite": {
    access: CITY_ADMIN,
    input: (w) => ({
      email: "zoe@a.example",
      displayName: "Zoe Zwei",
      role: "staff",
      organisationId: w.a.orgY,
    }),
    otherCity: ["BAD_REQUEST:invalid_input"],
  },
  "staffAdmin.revokeInvitation": {
    access: CITY_ADMIN,
    input: (w) => ({ invitationId: w.r.invitationId }),
  },
  "staffAdmin.invitation": { access: PUBLIC, input: (w) => ({ token: w.r.invitationToken }) },
  "staffAdmin.acceptInvitation": {
    access: PUBLIC,
    input: (w) => ({ token: w.r.invitationToken, password: "Ahornblatt-im-Herbstwind-2026" }),
    otherCity: ["BAD_REQUEST:invitation_unknown"],
  },
};
