import { getPublishedOpportunity, searchOpportunities } from "@engagiert/db/queries/search";
import {
  effectiveSort,
  insuranceCover,
  OpportunityLookup,
  OpportunitySearch,
  originOf,
} from "@engagiert/domain/opportunities";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { authorize, publicProcedure } from "../trpc.ts";

/** The public side of opportunities: search and the opportunity page. */
export const opportunitySearchRouter = {
  /** Full text, typo-tolerant, with filters; only published opportunities of the city. */
  search: publicProcedure.input(OpportunitySearch).query(({ ctx, input }) => {
    authorize(ctx, "opportunity.browse", { cityId: ctx.city.id });
    const origin = originOf(ctx.city.config.districts, input.near);
    return searchOpportunities(ctx.db, ctx.scope, input, {
      origin,
      sort: effectiveSort(input, origin !== null),
    });
  }),

  /** Everything a visitor needs to decide; anything unpublished is not found. */
  get: publicProcedure.input(OpportunityLookup).query(async ({ ctx, input }) => {
    authorize(ctx, "opportunity.browse", { cityId: ctx.city.id });
    const found = await getPublishedOpportunity(ctx.db, ctx.scope, input.id);
    if (!found)
      throw new TRPCError({ code: "NOT_FOUND", message: "Dieses Angebot gibt es nicht (mehr)." });
    const { opportunity: o, organisation } = found;
    return {
      id: o.id,
      title: o.title,
      summary: o.summary,
      description: o.description,
      categories: o.categories,
      format: o.format,
      schedule: o.schedule,
      place: o.isRemote
        ? { kind: "remote" as const }
        : { kind: "place" as const, address: o.address, district: o.district },
      accessibility: o.accessibility,
      minimumAge: o.minimumAge,
      involvesMinorContact: o.involvesMinorContact,
      requiredQualifications: o.requiredQualifications,
      languages: o.languages,
      capacity: o.capacity,
      contact: o.contact,
      organisation: { name: organisation.name, kind: organisation.kind },
      publishedAt: o.publishedAt,
      insurance: insuranceCover(organisation.kind, ctx.city.config.federalState),
    };
  }),
} satisfies TRPCRouterRecord;
