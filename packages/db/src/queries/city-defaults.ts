import { DEFAULT_QUALIFICATION_TYPES } from "@engagiert/domain/qualifications";
import type { Executor } from "../client.ts";
import { qualificationTypes } from "../schema/index.ts";

/**
 * What every city starts with: the built-in qualification types. Safe to run again: what the
 * city has already (also archived or edited) stays as it is.
 */
export async function ensureCityDefaults(db: Executor, cityId: string): Promise<void> {
  await db
    .insert(qualificationTypes)
    .values(
      DEFAULT_QUALIFICATION_TYPES.map((type) => ({
        cityId,
        slug: type.slug,
        nameDe: type.nameDe,
        nameEn: type.nameEn,
        description: type.description,
        rules: type.rules,
      })),
    )
    .onConflictDoNothing();
}
