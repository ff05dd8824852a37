import { z } from "zod";
import {
  Coordinates,
  Email,
  Id,
  Instant,
  IsoDate,
  Slug,
  TimeOfDay,
  Weekday,
} from "../shared/primitives.ts";

export const OpportunityFormat = z.enum(["one_off", "project", "regular"]);
export type OpportunityFormat = z.infer<typeof OpportunityFormat>;

export const OpportunityStatus = z.enum(["draft", "published", "paused", "closed", "archived"]);
export type OpportunityStatus = z.infer<typeof OpportunityStatus>;

export const Shift = z
  .object({
    startsAt: Instant(),
    endsAt: Instant(),
    capacity: z.number().int().min(1).max(10_000),
  })
  .refine((s) => s.endsAt > s.startsAt, {
    message: "Das Ende muss nach dem Beginn liegen.",
    path: ["endsAt"],
  });
export type Shift = z.infer<typeof Shift>;

export const TimeWindow = z
  .object({ weekday: Weekday, from: TimeOfDay, to: TimeOfDay })
  .refine((w) => w.to > w.from, { message: "Das Ende muss nach dem Beginn liegen.", path: ["to"] });
export type TimeWindow = z.infer<typeof TimeWindow>;

/** When the engagement happens; its shape depends on the format. */
export const Schedule = z.discriminatedUnion("format", [
  z.object({
    format: z.literal("one_off"),
    date: IsoDate,
    shifts: z.array(Shift).min(1, { message: "Mindestens eine Schicht angeben." }).max(50),
  }),
  z
    .object({ format: z.literal("project"), startDate: IsoDate, endDate: IsoDate })
    .refine((p) => p.endDate >= p.startDate, {
      message: "Das Projektende darf nicht vor dem Beginn liegen.",
      path: ["endDate"],
    }),
  z.object({
    format: z.literal("regular"),
    hours: z.number().positive().max(60),
    per: z.enum(["week", "month"]),
    windows: z.array(TimeWindow).max(21),
  }),
]);
export type Schedule = z.infer<typeof Schedule>;

export const Location = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("place"),
    address: z.string().trim().min(3).max(200),
    district: Slug,
    coordinates: Coordinates,
  }),
  z.object({ kind: z.literal("remote") }),
]);
export type Location = z.infer<typeof Location>;

/** What a person with limited mobility or another need can expect at the place. */
export const Accessibility = z.object({
  stepFree: z.boolean(),
  accessibleToilet: z.boolean(),
  notes: z.string().max(500).default(""),
});
export type Accessibility = z.infer<typeof Accessibility>;

export const ContactPerson = z.object({
  name: z.string().trim().min(2).max(120),
  email: Email,
  phone: z.string().trim().max(40).optional(),
});
export type ContactPerson = z.infer<typeof ContactPerson>;

/** What a department or partner writes to recruit volunteers. */
export const OpportunityInput = z.object({
  organisationId: Id,
  title: z.string().trim().min(5, { message: "Der Titel braucht mindestens 5 Zeichen." }).max(120),
  summary: z.string().trim().min(10).max(300),
  description: z.string().trim().min(10).max(5000),
  categories: z.array(Slug).min(1, { message: "Mindestens ein Engagementfeld wählen." }).max(3),
  schedule: Schedule,
  location: Location,
  accessibility: Accessibility,
  /** No statutory minimum age exists: each opportunity sets its own. */
  minimumAge: z.number().int().min(0).max(99),
  /** Qualified contact with minors (type, intensity, duration): requires §72a SGB VIII inspection. */
  involvesMinorContact: z.boolean(),
  requiredQualifications: z.array(Slug).max(10).default([]),
  /** ISO 639-1 codes of the languages spoken in the engagement. */
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/))
    .min(1)
    .max(10),
  capacity: z.number().int().min(1).max(10_000),
  contact: ContactPerson,
});
export type OpportunityInput = z.infer<typeof OpportunityInput>;

export const Opportunity = OpportunityInput.extend({
  id: Id,
  cityId: Id,
  status: OpportunityStatus,
  publishedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Opportunity = z.infer<typeof Opportunity>;
