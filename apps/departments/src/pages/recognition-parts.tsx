import type { RouterOutputs } from "@engagiert/ui/api";
import { formatDate, formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { useRecognitionT } from "./recognition-t.ts";

type Milestone = RouterOutputs["recognition"]["milestones"]["items"][number]["milestones"][number];
type Reason =
  RouterOutputs["recognition"]["events"]["invitations"]["items"][number]["reasons"][number];

/** A calendar day (`YYYY-MM-DD`) as "24. November 2026". */
export function useDay() {
  const [language] = useLanguage();
  return (isoDate: string) => formatDate(new Date(`${isoDate}T12:00:00Z`), language);
}

/** A month (`YYYY-MM`) as "November 2026". */
export function useMonthName() {
  const [language] = useLanguage();
  return (month: string) =>
    new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${month}-15T12:00:00Z`));
}

/** Minutes as "123,5 Stunden". */
export function useHours() {
  const t = useRecognitionT();
  const [language] = useLanguage();
  return (minutes: number) => {
    const hours = Math.round((minutes / 60) * 100) / 100;
    return t("recognition.hours", { count: hours, hours: formatNumber(hours, language) });
  };
}

/** A milestone or an invitation's reason in plain words. */
export function useMilestoneText() {
  const t = useRecognitionT();
  const [language] = useLanguage();
  const day = useDay();
  const monthName = useMonthName();
  return (m: Milestone | Reason) => {
    if (m.kind === "anniversary") {
      return t("recognition.milestone.anniversary", { count: m.years, date: day(m.on) });
    }
    const hours = formatNumber(m.hours, language);
    return "month" in m
      ? t("recognition.milestone.hoursIn", { hours, month: monthName(m.month) })
      : t("recognition.milestone.hours", { hours });
  };
}

/** This month in Europe/Berlin, `YYYY-MM`. */
export function currentMonth(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(now).slice(0, 7);
}

/** The months from one to another (`YYYY-MM`), both included; empty when the order is wrong. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  for (let i = fy * 12 + fm - 1; i <= ty * 12 + tm - 1 && months.length <= 12; i++) {
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

/** Saves a text the API made (a CSV export) as a file, as a download link would. */
export function saveFile(file: { filename: string; content: string }) {
  const url = URL.createObjectURL(new Blob([file.content], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A certificate's address at the API, reached through the app's own origin with the session. */
export const certificateUrl = (engagementId: string) =>
  `${import.meta.env.VITE_API_URL ?? ""}/api/certificates/engagement/${engagementId}.pdf${
    import.meta.env.VITE_CITY ? `?city=${encodeURIComponent(import.meta.env.VITE_CITY)}` : ""
  }`;
