import { z } from "zod";
import { FederalState } from "../city/city.schema.ts";
import { PageInput } from "../shared/primitives.ts";

/** Browsing the city directory: a page, optionally narrowed by a search text and a state. */
export const CityDirectoryQuery = PageInput.extend({
  search: z.string().trim().max(100).optional(),
  federalState: FederalState.optional(),
});
export type CityDirectoryQuery = z.infer<typeof CityDirectoryQuery>;
