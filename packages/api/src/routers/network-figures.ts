import { writeAudit } from "@engagiert/db/queries/audit";
import { getCityPopulation } from "@engagiert/db/queries/cities";
import {
  compareSharedFigures,
  figureSharingStatus,
  setFigureSharing,
} from "@engagiert/db/queries/shared-figures";
import { can } from "@engagiert/domain/access";
import {
  citySizeClass,
  FigureComparisonQuery,
  FigureSharingInput,
  perThousand,
  similarSizeRange,
} from "@engagiert/domain/network";
import type { TRPCRouterRecord } from "@trpc/server";
import { authorize, signedInProcedure } from "../trpc.ts";

/**
 * The shared figures (RULES.md, Network): a city's coordination opts in or out; every member of
 * the network compares the cities of similar size that share. Only counts cross cities.
 */
export const figureProcedures = {
  /** Whether the own city shares its figures, and whether this user may change that. */
  figureSharing: signedInProcedure.query(async ({ ctx }) => {
    authorize(ctx, "network.participate", { cityId: null });
    const status = await figureSharingStatus(ctx.db, ctx.scope);
    return {
      ...status,
      cityName: ctx.city.name,
      canChange: can(ctx.actor, "network.figures.share", { cityId: ctx.city.id }).allowed,
    };
  }),

  /** Opts the own city in (figures computed and shared now) or out (shared figures deleted). */
  setFigureSharing: signedInProcedure.input(FigureSharingInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "network.figures.share", { cityId: ctx.city.id });
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      await setFigureSharing(tx, ctx.scope, input.share, now);
      await writeAudit(tx, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: input.share ? "network.figures.shared" : "network.figures.withdrawn",
        subjectType: "city",
        subjectId: ctx.city.id,
      });
    });
    return figureSharingStatus(ctx.db, ctx.scope);
  }),

  /**
   * One figure of one year for the cities of similar size to the own city (at most twice or
   * half its population) that share it, with the figure per 1,000 inhabitants. Without a known
   * population every sharing city is listed.
   */
  compareFigures: signedInProcedure.input(FigureComparisonQuery).query(async ({ ctx, input }) => {
    authorize(ctx, "network.participate", { cityId: null });
    const population = await getCityPopulation(ctx.db, ctx.city.id);
    const range = population === null ? null : similarSizeRange(population);
    const page = await compareSharedFigures(ctx.db, { ...input, range });
    return {
      viewer: {
        slug: ctx.city.slug,
        name: ctx.city.name,
        population,
        sizeClass: population === null ? null : citySizeClass(population),
        range,
      },
      items: page.items.map((row) => ({
        ...row,
        perThousand: perThousand(row.value, row.population),
        isOwnCity: row.slug === ctx.city.slug,
      })),
      nextCursor: page.nextCursor,
    };
  }),
} satisfies TRPCRouterRecord;
