/**
 * What stays of a person after erasure (DSGVO Art. 17): the row, so hours and figures remain as
 * anonymous aggregates, with empty names and an address that can never receive mail. Everywhere a
 * name is shown, an erased person reads as "deleted person".
 */

/** The reserved top-level domain `.invalid` (RFC 2606) never delivers: no mail can reach it. */
export const ERASED_EMAIL_DOMAIN = "geloescht.invalid";

/** A unique, non-deliverable address for an erased person's or account's row (by its id). */
export function erasedEmail(rowId: string): string {
  return `geloescht-${rowId}@${ERASED_EMAIL_DOMAIN}`;
}

export function isErasedEmail(email: string): boolean {
  return email.toLowerCase().endsWith(`@${ERASED_EMAIL_DOMAIN}`);
}

/** An erased person's names are empty; a living person always has both. */
export function isErasedName(person: { firstName: string; lastName: string }): boolean {
  return person.firstName.trim() === "" && person.lastName.trim() === "";
}

/**
 * A person's name as a list shows it, or `deletedLabel` for an erased person: "Vorname Nachname",
 * or "Nachname, Vorname" where a list is sorted by last name.
 */
export function displayPersonName(
  person: { firstName: string; lastName: string },
  order: "first-last" | "last-first",
  deletedLabel: string,
): string {
  if (isErasedName(person)) return deletedLabel;
  return order === "last-first"
    ? `${person.lastName}, ${person.firstName}`
    : `${person.firstName} ${person.lastName}`;
}
