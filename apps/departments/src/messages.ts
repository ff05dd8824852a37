import { useT } from "@engagiert/ui/i18n";
import { akquiseDe, akquiseEn } from "./akquise-messages.ts";

const de = {
  "nav.trainings": "Schulungen",
  "nav.quality": "Qualität",
  "nav.qualifications": "Qualifikationen",
  "nav.surveys": "Umfragen",
  "nav.hours": "Stunden",
  "nav.allowances": "Pauschalen",
  "nav.reports": "Berichte",
  "nav.accounts": "Zugänge",
  "nav.auditLog": "Protokoll",
  "nav.retention": "Löschfristen",
  "nav.security": "Sicherheit",
  "app.name": "Verwaltung",
  "nav.recognition": "Anerkennung",
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
  "nav.trainings": "Trainings",
  "nav.quality": "Quality",
  "nav.qualifications": "Qualifications",
  "nav.surveys": "Surveys",
  "nav.hours": "Hours",
  "nav.allowances": "Allowances",
  "nav.reports": "Reports",
  "nav.accounts": "Accounts",
  "nav.auditLog": "Audit log",
  "nav.retention": "Deletion periods",
  "nav.security": "Security",
  "app.name": "Administration",
  "nav.recognition": "Recognition",
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
