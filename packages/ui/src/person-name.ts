import type { UiMessageKey } from "./i18n/catalogue.ts";

type Named = { firstName: string; lastName: string };

/**
 * A person's name as staff lists show it. An erased person (DSGVO Art. 17) keeps their row for the
 * figures, with empty names: they read as "Gelöschte Person" / "Deleted person". Lists sorted by
 * last name show "Nachname, Vorname".
 */
export function personName(
  t: (key: UiMessageKey) => string,
  person: Named,
  order: "first-last" | "last-first" = "first-last",
): string {
  if (person.firstName.trim() === "" && person.lastName.trim() === "") return t("person.deleted");
  return order === "last-first"
    ? `${person.lastName}, ${person.firstName}`
    : `${person.firstName} ${person.lastName}`;
}
