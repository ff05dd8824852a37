import { useT } from "@engagiert/ui/i18n";
import { akquiseDe, akquiseEn } from "./akquise-messages.ts";

const de = {
  "app.name": "Verwaltung",
  "nav.dashboard": "Übersicht",
  "dashboard.title": "Übersicht",
  "dashboard.scope": "Zahlen für",
  "dashboard.wholeCity": "Ganze Stadt",
  "dashboard.countsFor": "Zahlen für {name}",
  "dashboard.countsLabel": "Kennzahlen",
  "count.publishedOpportunities": "Veröffentlichte Angebote",
  "count.draftOpportunities": "Angebote im Entwurf",
  "count.openApplications": "Offene Bewerbungen",
  "count.onboarding": "Im Onboarding",
  "count.activeVolunteers": "Aktive Engagierte",
  "count.pausedEngagements": "Pausierte Engagements",
  ...akquiseDe,
} as const;

export type DepartmentsMessageKey = keyof typeof de;

const en: Record<DepartmentsMessageKey, string> = {
  "app.name": "Administration",
  "nav.dashboard": "Overview",
  "dashboard.title": "Overview",
  "dashboard.scope": "Figures for",
  "dashboard.wholeCity": "Whole city",
  "dashboard.countsFor": "Figures for {name}",
  "dashboard.countsLabel": "Key figures",
  "count.publishedOpportunities": "Published opportunities",
  "count.draftOpportunities": "Draft opportunities",
  "count.openApplications": "Open applications",
  "count.onboarding": "In onboarding",
  "count.activeVolunteers": "Active volunteers",
  "count.pausedEngagements": "Paused engagements",
  ...akquiseEn,
};

export const messages = { de, en };

export const useAppT = () => useT<DepartmentsMessageKey>();
