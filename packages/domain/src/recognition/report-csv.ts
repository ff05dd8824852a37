import { csvLine } from "../shared/csv-write.ts";
import type { ReportTable } from "./report-requests.ts";

type Field = string | number | null | undefined;

/** The column headings of each report table, in both languages of the platform. */
export const REPORT_CSV_COLUMNS: Record<ReportTable, { de: string[]; en: string[] }> = {
  overview: { de: ["Kennzahl", "Wert"], en: ["Figure", "Value"] },
  hoursPerMonth: {
    de: ["Monat", "Stunden", "Engagierte mit Stunden"],
    en: ["Month", "Hours", "Volunteers with hours"],
  },
  ageGroups: { de: ["Altersgruppe", "Engagierte"], en: ["Age group", "Volunteers"] },
  categories: { de: ["Engagementfeld", "Engagierte"], en: ["Field of engagement", "Volunteers"] },
  districts: { de: ["Stadtteil", "Engagierte"], en: ["District", "Volunteers"] },
  retention: {
    de: ["Nach Monaten", "Engagements mit dieser Marke im Zeitraum", "Davon noch aktiv", "Anteil"],
    en: ["After months", "Engagements reaching this mark in the period", "Still active", "Share"],
  },
};

/** The words inside the tables: the overview's figures, the age groups, a missing district. */
export const REPORT_CSV_LABELS = {
  de: {
    activeVolunteers: "Aktive Engagierte",
    activeEngagements: "Aktive Engagements",
    applications: "Neue Bewerbungen",
    converted: "Davon aktiv geworden",
    conversionPercent: "Umwandlung in Prozent",
    approvedHours: "Bestätigte Stunden",
    under_18: "unter 18",
    "18_26": "18 bis 26",
    "27_40": "27 bis 40",
    "41_60": "41 bis 60",
    "61_75": "61 bis 75",
    over_75: "über 75",
    noDistrict: "ohne Angabe",
  },
  en: {
    activeVolunteers: "Active volunteers",
    activeEngagements: "Active engagements",
    applications: "New applications",
    converted: "Of which became active",
    conversionPercent: "Conversion in per cent",
    approvedHours: "Approved hours",
    under_18: "under 18",
    "18_26": "18 to 26",
    "27_40": "27 to 40",
    "41_60": "41 to 60",
    "61_75": "61 to 75",
    over_75: "over 75",
    noDistrict: "not given",
  },
} as const;

/** The file name of a downloaded table, without the period. */
export const REPORT_CSV_FILE_NAMES: Record<ReportTable, { de: string; en: string }> = {
  overview: { de: "kennzahlen", en: "key-figures" },
  hoursPerMonth: { de: "stunden-pro-monat", en: "hours-per-month" },
  ageGroups: { de: "altersgruppen", en: "age-groups" },
  categories: { de: "engagementfelder", en: "fields-of-engagement" },
  districts: { de: "stadtteile", en: "districts" },
  retention: { de: "bindung", en: "retention" },
};

/**
 * A report table as CSV: its headings, then one line per row. Starts with a byte order mark so
 * spreadsheet programs read the umlauts right; numbers keep a decimal point, as CSV expects.
 */
export function reportCsv(
  table: ReportTable,
  language: "de" | "en",
  rows: readonly (readonly Field[])[],
): string {
  return `\uFEFF${csvLine(REPORT_CSV_COLUMNS[table][language])}${rows.map((row) => csvLine(row)).join("")}`;
}
