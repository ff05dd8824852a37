import { DEFAULT_QUALIFICATION_TYPES } from "@engagiert/domain/qualifications";
import { DEFAULT_QUALITY_STANDARDS } from "@engagiert/domain/quality";
import type { Executor } from "../client.ts";
import { qualificationTypes, qualityStandards } from "../schema/index.ts";

/**
 * What every city starts with: the built-in qualification types and the catalogue of quality
 * standards. Safe to run again: what the city has already (also archived or edited) stays as it
 * is.
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
  await db
    .insert(qualityStandards)
    .values(
      DEFAULT_QUALITY_STANDARDS.map((standard, index) => ({
        cityId,
        slug: standard.slug,
        title: standard.title,
        description: standard.description,
        evidence: standard.evidence,
        position: index + 1,
      })),
    )
    .onConflictDoNothing();
}
