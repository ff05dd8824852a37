import { authRouter } from "./routers/auth.ts";
import { cityRouter } from "./routers/city.ts";
import { dashboardRouter } from "./routers/dashboard.ts";
import { networkRouter } from "./routers/network.ts";
import { opportunitiesRouter } from "./routers/opportunities.ts";
import { applicationsRouter } from "./routers/applications.ts";
import { opportunitySearchRouter } from "./routers/search.ts";
import { opportunityAdminRouter } from "./routers/opportunity-admin.ts";
import { pipelineRouter } from "./routers/pipeline.ts";
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
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  city: cityRouter,
  opportunities: { ...opportunitiesRouter, ...opportunitySearchRouter },
  applications: applicationsRouter,
  dashboard: dashboardRouter,
  network: networkRouter,
  opportunityAdmin: opportunityAdminRouter,
  pipeline: pipelineRouter,
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
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
export { createRequestContext } from "./request.ts";
export type { ApiSettings, Context, Logger } from "./context.ts";
