export { cities } from "./network.ts";
export { organisations } from "./organisations.ts";
export { persons } from "./people.ts";
export {
  users,
  sessions,
  signInLinks,
  signInAttempts,
  recoveryCodes,
  staffInvitations,
} from "./accounts.ts";
export { opportunities } from "./opportunities.ts";
export { engagements, engagementEvents, engagementNotes, engagementLinks } from "./engagements.ts";
export {
  fuehrungszeugnisInspections,
  qualificationRecords,
  qualificationTypes,
} from "./qualifications.ts";
export { consents, auditLog, outbox, retentionRuns } from "./privacy.ts";
export { opportunityShifts, shiftSignups } from "./shifts.ts";
export {
  trainings,
  trainingSessions,
  trainingRegistrations,
  trainingAttendance,
  calendarFeeds,
} from "./trainings.ts";
export {
  qualityStandards,
  qualityAssessments,
  surveys,
  surveyInvitations,
  surveyResponses,
} from "./quality.ts";
export {
  hourEntries,
  allowancePayments,
  recognitionEvents,
  recognitionInvitations,
} from "./recognition.ts";
export {
  practices,
  practiceAdoptions,
  practicePosts,
  networkEvents,
  networkEventRegistrations,
  sharedFigures,
} from "./network-shared.ts";
