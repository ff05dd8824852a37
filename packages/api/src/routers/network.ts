import { listCities } from "@engagiert/db/queries/cities";
import { CityDirectoryQuery } from "@engagiert/domain/network";
import type { TRPCRouterRecord } from "@trpc/server";
import { authorize, publicProcedure } from "../trpc.ts";

export const networkRouter = {
  /** The directory of the network's member cities (public reference data). */
  cities: publicProcedure.input(CityDirectoryQuery).query(({ ctx, input }) => {
    authorize(ctx, "network.directory.read", { cityId: null });
    return listCities(ctx.db, input);
  }),
} satisfies TRPCRouterRecord;
