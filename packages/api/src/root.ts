import { authRouter } from "./routers/auth.ts";
import { cityRouter } from "./routers/city.ts";
import { dashboardRouter } from "./routers/dashboard.ts";
import { networkRouter } from "./routers/network.ts";
import { opportunitiesRouter } from "./routers/opportunities.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  city: cityRouter,
  opportunities: opportunitiesRouter,
  dashboard: dashboardRouter,
  network: networkRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
export { createRequestContext } from "./request.ts";
export type { ApiSettings, Context, Logger } from "./context.ts";
