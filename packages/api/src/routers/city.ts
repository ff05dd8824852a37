import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../trpc.ts";

export const cityRouter = {
  /** The city's public configuration: name, branding, districts, categories, organisations. */
  config: publicProcedure.query(({ ctx }) => {
    const { config } = ctx.city;
    return {
      slug: config.slug,
      name: config.name,
      federalState: config.federalState,
      isDemo: config.isDemo,
      branding: config.branding,
      coordinationOffice: config.coordinationOffice,
      districts: config.districts.map(({ slug, name }) => ({ slug, name })),
      categories: config.categories,
    };
  }),
} satisfies TRPCRouterRecord;
