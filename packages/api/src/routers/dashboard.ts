import {
  dashboardCounts,
  getOrganisation,
  listOrganisations,
} from "@engagiert/db/queries/dashboard";
import { DashboardInput } from "@engagiert/domain/access";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { authorize, staffProcedure } from "../trpc.ts";

export const dashboardRouter = {
  /**
   * Counts for the start page: staff see their organisation; the coordination office sees the
   * whole city or, when it picks one, a single organisation.
   */
  counts: staffProcedure.input(DashboardInput).query(async ({ ctx, input }) => {
    const organisationId =
      input.organisationId ?? (ctx.actor.role === "staff" ? ctx.actor.organisationId : null);
    if (organisationId === null) {
      authorize(ctx, "city.dashboard", { cityId: ctx.city.id });
      return {
        scope: "city" as const,
        name: ctx.city.name,
        counts: await dashboardCounts(ctx.db, ctx.scope, null),
      };
    }
    authorize(ctx, "organisation.dashboard", { cityId: ctx.city.id, organisationId });
    const organisation = await getOrganisation(ctx.db, ctx.scope, organisationId);
    if (!organisation)
      throw new TRPCError({ code: "NOT_FOUND", message: "Diese Organisation gibt es nicht." });
    return {
      scope: "organisation" as const,
      name: organisation.name,
      counts: await dashboardCounts(ctx.db, ctx.scope, organisation.id),
    };
  }),

  /** The organisations the caller may pick from: all for the coordination office, their own for staff. */
  organisations: staffProcedure.query(async ({ ctx }) => {
    const all = await listOrganisations(ctx.db, ctx.scope);
    return ctx.actor.role === "staff" ? all.filter((o) => o.id === ctx.actor.organisationId) : all;
  }),
} satisfies TRPCRouterRecord;
