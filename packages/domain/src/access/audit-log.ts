import { z } from "zod";
import { csvLine } from "../shared/csv-write.ts";
import { Id, IsoDate, PageInput } from "../shared/primitives.ts";

/**
 * What the audit log records, in both languages of the platform: who read or changed a person's
 * data, every change to a staff account and its security, and what the city shared with the
 * network. An action not listed here is shown by its code.
 */
export const AUDIT_ACTION_LABELS = {
  de: {
    "person.read": "Personenakte gelesen",
    "person.privacy.read": "Datenschutzseite der Person gelesen",
    "person.export": "Personenliste exportiert",
    "person.recognition_groups.changed": "Gruppen für die Ehrenamtskarte geändert",
    "recognition.read": "Ehrenamtskarte-Status gelesen",
    "qualification.read": "Qualifikationen gelesen",
    "qualification.recorded": "Qualifikation eingetragen",
    "training.registrations.read": "Anmeldungen einer Schulung gelesen",
    "guardian_consent.given": "Einwilligung der Sorgeberechtigten erteilt",
    "allowance.read": "Pauschalen gelesen",
    "audit.exported": "Protokoll exportiert",
    "staff.invited": "Zugang: Einladung verschickt",
    "staff.invitation_revoked": "Zugang: Einladung zurückgezogen",
    "staff.invitation_accepted": "Zugang: Einladung angenommen",
    "staff.deactivated": "Zugang deaktiviert",
    "staff.reactivated": "Zugang wieder aktiviert",
    "staff.account_changed": "Zugang: Rolle oder Organisation geändert",
    "security.password_changed": "Zugang: Passwort geändert",
    "security.second_factor_set_up": "Zugang: zweiten Faktor eingerichtet",
    "security.recovery_codes_renewed": "Zugang: Wiederherstellungscodes erneuert",
    "security.second_factor_disabled": "Zugang: zweiten Faktor entfernt",
    "consent.withdrawn": "Einwilligung widerrufen",
    "person.erased": "Personendaten gelöscht",
    "network.cities.imported": "Städteverzeichnis importiert",
    "network.figures.shared": "Zahlen im Netzwerk geteilt",
    "network.figures.withdrawn": "Teilen der Zahlen beendet",
  },
  en: {
    "person.read": "Person record read",
    "person.privacy.read": "Person's privacy page read",
    "person.export": "List of people exported",
    "person.recognition_groups.changed": "Groups for the Ehrenamtskarte changed",
    "recognition.read": "Ehrenamtskarte status read",
    "qualification.read": "Qualifications read",
    "qualification.recorded": "Qualification recorded",
    "training.registrations.read": "Training registrations read",
    "guardian_consent.given": "Consent of parent or guardian given",
    "allowance.read": "Allowances read",
    "audit.exported": "Audit log exported",
    "staff.invited": "Account: invitation sent",
    "staff.invitation_revoked": "Account: invitation revoked",
    "staff.invitation_accepted": "Account: invitation accepted",
    "staff.deactivated": "Account deactivated",
    "staff.reactivated": "Account reactivated",
    "staff.account_changed": "Account: role or organisation changed",
    "security.password_changed": "Account: password changed",
    "security.second_factor_set_up": "Account: second factor set up",
    "security.recovery_codes_renewed": "Account: recovery codes renewed",
    "security.second_factor_disabled": "Account: second factor removed",
    "consent.withdrawn": "Consent withdrawn",
    "person.erased": "Personal data deleted",
    "network.cities.imported": "City directory imported",
    "network.figures.shared": "Figures shared with the network",
    "network.figures.withdrawn": "Sharing of figures ended",
  },
} as const;

export type AuditAction = keyof (typeof AUDIT_ACTION_LABELS)["de"];
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS.de) as AuditAction[];

/** The label of an action in a language, or its code if the platform has no label for it. */
export function auditActionLabel(action: string, language: "de" | "en"): string {
  const labels: Record<string, string> = AUDIT_ACTION_LABELS[language];
  return labels[action] ?? action;
}

/** An action code as the log stores it: dotted lower-case words. */
const ActionCode = z
  .string()
  .max(80, { message: "Höchstens 80 Zeichen." })
  .regex(/^[a-z_]+(\.[a-z_]+)*$/, { message: "Bitte eine Aktion aus der Liste wählen." });

const FilterFields = z.object({
  personId: Id.nullish(),
  /** The staff member who acted. */
  actorUserId: Id.nullish(),
  action: ActionCode.nullish(),
  /** Days in Europe/Berlin, both included. */
  from: IsoDate.nullish(),
  to: IsoDate.nullish(),
});

function checkRange(filter: { from?: string | null; to?: string | null }, ctx: z.RefinementCtx) {
  if (filter.from && filter.to && filter.to < filter.from) {
    ctx.addIssue({
      code: "custom",
      path: ["to"],
      message: "Das Ende darf nicht vor dem Beginn liegen.",
    });
  }
}

/** The log's filters. */
export const AuditLogFilter = FilterFields.superRefine(checkRange);
export type AuditLogFilter = z.infer<typeof AuditLogFilter>;

/** One page of the log, newest first. */
export const AuditLogInput = FilterFields.extend(PageInput.shape).superRefine(checkRange);
export type AuditLogInput = z.infer<typeof AuditLogInput>;

/** The filtered log as a CSV file, with labels in the language asked for. */
export const AuditCsvInput = FilterFields.extend({
  language: z.enum(["de", "en"]).default("de"),
}).superRefine(checkRange);
export type AuditCsvInput = z.infer<typeof AuditCsvInput>;

/** The most lines one CSV download holds; a longer period is downloaded in parts. */
export const AUDIT_CSV_MAX_ROWS = 10_000;

/** An entry as the log shows it: names instead of identifiers. */
export type AuditLogRow = {
  at: Date;
  actorName: string | null;
  action: string;
  personName: string | null;
  isPersonErased: boolean;
  /** The staff account an account change concerns. */
  accountName: string | null;
};

const CSV_WORDS = {
  de: {
    columns: ["Zeitpunkt", "Mitarbeiterin oder Mitarbeiter", "Aktion", "Aktion (Code)", "Betrifft"],
    noAccount: "ohne Anmeldung (System oder E-Mail-Link)",
    erased: "gelöschte Person",
    account: "Zugang",
  },
  en: {
    columns: ["Time", "Staff member", "Action", "Action (code)", "Concerns"],
    noAccount: "not signed in (system or e-mail link)",
    erased: "deleted person",
    account: "Account",
  },
} as const;

/** A moment as its day and time in Europe/Berlin, `YYYY-MM-DD HH:MM:SS`. */
export function berlinTimestamp(at: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}:${part("second")}`;
}

/** Whom an entry concerns, in words: the person, a deleted person, or a staff account. */
export function auditSubjectText(row: AuditLogRow, language: "de" | "en"): string {
  const words = CSV_WORDS[language];
  if (row.isPersonErased) return words.erased;
  if (row.personName) return row.personName;
  if (row.accountName) return `${words.account}: ${row.accountName}`;
  return "";
}

/** The log as a CSV file (RFC 4180, formula-safe), times in Europe/Berlin. */
export function auditCsv(rows: readonly AuditLogRow[], language: "de" | "en"): string {
  const words = CSV_WORDS[language];
  return (
    csvLine(words.columns) +
    rows
      .map((row) =>
        csvLine([
          berlinTimestamp(row.at),
          row.actorName ?? words.noAccount,
          auditActionLabel(row.action, language),
          row.action,
          auditSubjectText(row, language),
        ]),
      )
      .join("")
  );
}
