import { z } from "zod";
import { TimeWindow } from "../opportunities/opportunity.schema.ts";
import { Email, Id, IsoDate, Slug } from "../shared/primitives.ts";

export const Person = z.object({
  id: Id,
  cityId: Id,
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  email: Email,
  phone: z.string().trim().max(40).nullable(),
  /** Asked on the apply form: enough to tell adults from minors in most cases. */
  birthYear: z.number().int().min(1900).max(2100),
  /** Asked only where the birth year leaves the age open (see `checkAge`). */
  birthDate: IsoDate.nullable(),
  district: Slug.nullable(),
  interests: z.array(Slug).max(12),
  skills: z.array(z.string().trim().min(1).max(60)).max(30),
  availability: z.array(TimeWindow).max(21),
  accessibilityNeeds: z.string().max(500).nullable(),
  isDemo: z.boolean(),
});
export type Person = z.infer<typeof Person>;
