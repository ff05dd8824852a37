import type { Language } from "@engagiert/ui/i18n";

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };

/**
 * An amount in euro as typed, in cents: "120", "120,50", "1.234,5" (German) or "1,234.50"
 * (English); null when it is not an amount with at most two decimals.
 */
export function euroToCents(text: string): number | null {
  const typed = text.replace(/[\s€]/g, "");
  // The last comma or point followed by one or two digits is the decimal mark; the other one
  // groups thousands.
  const match = /^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,](\d{1,2}))?$/.exec(typed);
  if (!match) return null;
  const euros = Number(match[1]!.replace(/[.,]/g, ""));
  const cents = Number((match[2] ?? "0").padEnd(2, "0"));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}

export function formatEuro(cents: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: "currency", currency: "EUR" }).format(
    cents / 100,
  );
}
