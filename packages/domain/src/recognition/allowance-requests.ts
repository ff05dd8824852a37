import { z } from "zod";
import { Id, PageInput } from "../shared/primitives.ts";
import { AllowancePaymentInput } from "./allowances.ts";

/** A calendar year, the period the allowance limits count in. */
export const AllowanceYear = z
  .number({ message: "Bitte ein Jahr angeben." })
  .int({ message: "Bitte ein Jahr angeben." })
  .min(2000, { message: "Bitte ein Jahr ab 2000 angeben." })
  .max(2100, { message: "Bitte ein Jahr bis 2100 angeben." });

const PayingOrganisation = z.uuid({ message: "Bitte eine gültige Organisation wählen." }).nullish();

/**
 * A payment as staff enter it, checked before saving and then recorded. Staff pay for their own
 * organisation; the coordination office names the organisation that pays.
 */
export const AllowanceRecordInput = AllowancePaymentInput.extend({
  organisationId: PayingOrganisation,
});
export type AllowanceRecordInput = z.input<typeof AllowanceRecordInput>;

/** A person's payments and what is left of both allowances in one calendar year. */
export const AllowancePersonInput = z.object({ personId: Id, year: AllowanceYear });
export type AllowancePersonInput = z.infer<typeof AllowancePersonInput>;

/** The payments of an organisation, newest first, optionally of one calendar year. */
export const AllowanceListInput = PageInput.extend({
  organisationId: PayingOrganisation,
  year: AllowanceYear.nullish(),
});
export type AllowanceListInput = z.infer<typeof AllowanceListInput>;

/** The volunteers of an organisation to pay, found by name. */
export const AllowanceVolunteersInput = z.object({
  organisationId: PayingOrganisation,
  search: z.string().trim().max(100, { message: "Höchstens 100 Zeichen." }).default(""),
});
export type AllowanceVolunteersInput = z.input<typeof AllowanceVolunteersInput>;
