import type { OpportunityTemplate } from "./catalogue-helpers.ts";
import { PARTICIPATION } from "./catalogue-participation.ts";
import { SOCIAL_CULTURE } from "./catalogue-social-culture.ts";
import { SPORT_SAFETY } from "./catalogue-sport-safety.ts";

/** The demo opportunities of Göppingen: every organisation, every field and every format. */
export const CATALOGUE: OpportunityTemplate[] = [
  ...SOCIAL_CULTURE,
  ...SPORT_SAFETY,
  ...PARTICIPATION,
];
