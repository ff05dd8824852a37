import { listNewestPublished } from "@engagiert/db/queries/opportunities";
import { PageInput } from "@engagiert/domain/shared";
import type { TRPCRouterRecord } from "@trpc/server";
import { authorize, publicProcedure } from "../trpc.ts";

export const opportunitiesRouter = {
  /** The newest published opportunities of the city, page by page. */
  newest: publicProcedure.input(PageInput).query(({ ctx, input }) => {
    authorize(ctx, "opportunity.browse", { cityId: ctx.city.id });
    return listNewestPublished(ctx.db, ctx.scope, input);
  }),
} satisfies TRPCRouterRecord;
