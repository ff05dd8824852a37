import { type z } from "zod";

/** A map from a field's path ("contact.email") to what is wrong with it, for forms. */
export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** One readable sentence for the whole input, naming the fields. */
export function summaryOf(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.map(String).join(".");
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  return `Bitte prüfen Sie die Eingaben. ${parts.join(" ")}`.trim();
}
