import { z } from "zod";

/** The departments' start page: one organisation, or the whole city for the coordination office. */
export const DashboardInput = z.object({
  organisationId: z.uuid({ message: "Ungültige Organisation." }).nullish(),
});
export type DashboardInput = z.infer<typeof DashboardInput>;
