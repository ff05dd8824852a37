import { authRouter } from "./routers/auth.ts";
import { cityRouter } from "./routers/city.ts";
import { dashboardRouter } from "./routers/dashboard.ts";
import { networkRouter } from "./routers/network.ts";
import { networkEventsRouter } from "./routers/network-events.ts";
import { opportunitiesRouter } from "./routers/opportunities.ts";
import { applicationsRouter } from "./routers/applications.ts";
import { opportunitySearchRouter } from "./routers/search.ts";
import { opportunityAdminRouter } from "./routers/opportunity-admin.ts";
import { pipelineRouter } from "./routers/pipeline.ts";
import { practicesRouter } from "./routers/practices.ts";
import { volunteersRouter } from "./routers/volunteers.ts";
import { shiftsRouter } from "./routers/shifts.ts";
import { profileRouter } from "./routers/profile.ts";
import { hoursRouter } from "./routers/hours.ts";
import { surveysRouter } from "./routers/surveys.ts";
import { qualificationsRouter } from "./routers/qualifications.ts";
import { qualityRouter } from "./routers/quality.ts";
import { trainingsRouter } from "./routers/trainings.ts";
import { trainingAdminRouter } from "./routers/training-admin.ts";
import { allowancesRouter } from "./routers/allowances.ts";
import { reportsRouter } from "./routers/reports.ts";
import { recognitionRouter } from "./routers/recognition.ts";
import { securityRouter } from "./routers/security.ts";
import { staffAdminRouter } from "./routers/staff-admin.ts";
import { auditRouter } from "./routers/audit.ts";
import { personPrivacyRouter } from "./routers/person-privacy.ts";
import { myDataRouter } from "./routers/my-data.ts";
import { retentionRouter } from "./routers/retention.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  city: cityRouter,
  opportunities: { ...opportunitiesRouter, ...opportunitySearchRouter },
  applications: applicationsRouter,
  dashboard: dashboardRouter,
  network: networkRouter,
  networkEvents: networkEventsRouter,
  opportunityAdmin: opportunityAdminRouter,
  pipeline: pipelineRouter,
  practices: practicesRouter,
  volunteers: volunteersRouter,
  shifts: shiftsRouter,
  profile: profileRouter,
  hours: hoursRouter,
  surveys: surveysRouter,
  trainings: trainingsRouter,
  trainingAdmin: trainingAdminRouter,
  qualifications: qualificationsRouter,
  quality: qualityRouter,
  allowances: allowancesRouter,
  reports: reportsRouter,
  recognition: recognitionRouter,
  myData: myDataRouter,
  retention: retentionRouter,
  security: securityRouter,
  staffAdmin: staffAdminRouter,
  audit: auditRouter,
  personPrivacy: personPrivacyRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
export { createRequestContext } from "./request.ts";
export type { ApiSettings, Context, Logger } from "./context.ts";
