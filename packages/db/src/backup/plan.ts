/**
 * What a backup does with each table. Every table of the schema has an entry: a table added
 * without one fails `plan.test.ts`, and a backup refuses to run on a database that has it.
 *
 * Left out are the short-lived sign-in records that make no sense in another database and only
 * widen what a lost backup file would expose: after a restore everyone signs in again.
 */
export const BACKUP_PLAN = {
  cities: "keep",
  organisations: "keep",
  persons: "keep",
  users: "keep",
  sessions: { leftOut: "sessions end with the move; everyone signs in again" },
  sign_in_links: { leftOut: "one-time sign-in links are valid for minutes only" },
  sign_in_attempts: {
    leftOut: "short-lived counters against password guessing, with client addresses",
  },
  recovery_codes: "keep",
  staff_invitations: "keep",
  opportunities: "keep",
  opportunity_shifts: "keep",
  shift_signups: "keep",
  engagements: "keep",
  engagement_events: "keep",
  engagement_notes: "keep",
  engagement_links: "keep",
  fuehrungszeugnis_inspections: "keep",
  qualification_types: "keep",
  qualification_records: "keep",
  consents: "keep",
  audit_log: "keep",
  outbox: "keep",
  retention_runs: "keep",
  trainings: "keep",
  training_sessions: "keep",
  training_registrations: "keep",
  training_attendance: "keep",
  calendar_feeds: "keep",
  quality_standards: "keep",
  quality_assessments: "keep",
  surveys: "keep",
  survey_invitations: "keep",
  survey_responses: "keep",
  hour_entries: "keep",
  allowance_payments: "keep",
  recognition_events: "keep",
  recognition_invitations: "keep",
  practices: "keep",
  practice_adoptions: "keep",
  practice_posts: "keep",
  network_events: "keep",
  network_event_registrations: "keep",
  shared_figures: "keep",
} as const satisfies Record<string, "keep" | { leftOut: string }>;

export type PlannedTable = keyof typeof BACKUP_PLAN;

const PLAN: Record<string, "keep" | { leftOut: string }> = BACKUP_PLAN;

/** Whether the plan knows the table at all. */
export function isPlanned(table: string): boolean {
  return Object.hasOwn(PLAN, table);
}

/** Why a table is left out of backups, or null when its rows are kept. */
export function leftOutReason(table: string): string | null {
  const entry = PLAN[table];
  return entry && entry !== "keep" ? entry.leftOut : null;
}
