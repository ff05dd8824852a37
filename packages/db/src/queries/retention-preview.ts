import type { RetentionKind, RetentionSettings } from "@engagiert/domain/privacy";
import type { Executor } from "../client.ts";
import { readCursor } from "./pagination.ts";
import { dueApplications, dueInspections, inactivityDue, mailWithTextDue } from "./retention.ts";
import { encodeCursor, type CityScope } from "./scope.ts";

/**
 * One thing a run would delete, as the coordination office sees it in a dry run: what kind, which
 * record (by id, to open it where staff may), why, and since when. No names, no addresses.
 */
export type RetentionItem = {
  kind: RetentionKind;
  id: string;
  /** The record to open: an application, a person or none (a mail). */
  subject: { type: "engagement" | "person" | "mail"; id: string };
  /** What happens: delete, notify (the notice before deletion) or erase (a person). */
  action: "delete" | "notify" | "erase" | "clear_text";
  /** The rule's reason: declined, withdrawn, never_confirmed, not_taken_up, activity_ended, inactive, a mail kind. */
  reason: string;
  /** From when the rule counts: closing, last activity, end of activity, delivery. */
  since: Date;
};

type Phase = "erase" | "notify" | "all";

async function* itemsOf(
  db: Executor,
  scope: CityScope,
  kind: RetentionKind,
  options: { now: Date; settings: RetentionSettings },
  start: { phase: Phase; after: string | null },
): AsyncGenerator<RetentionItem & { phase: Phase }> {
  if (kind === "applications") {
    for await (const a of dueApplications(db, scope, options, start.after)) {
      yield {
        phase: "all",
        kind,
        id: a.id,
        subject: { type: "engagement", id: a.id },
        action: "delete",
        reason: a.reason,
        since: a.closedAt,
      };
    }
  } else if (kind === "inactive_accounts") {
    // Deletions first, then the notices; the cursor remembers which part it is in.
    const phases: ("erase" | "notify")[] =
      start.phase === "notify" ? ["notify"] : ["erase", "notify"];
    for (const phase of phases) {
      const after = phase === start.phase ? start.after : null;
      for await (const p of inactivityDue(db, scope, options, phase, after)) {
        yield {
          phase,
          kind,
          id: p.id,
          subject: { type: "person", id: p.id },
          action: phase,
          reason: "inactive",
          since: p.lastActivityAt,
        };
      }
    }
  } else if (kind === "fuehrungszeugnis") {
    for await (const i of dueInspections(db, scope, options.now, start.after)) {
      yield {
        phase: "all",
        kind,
        id: i.id,
        subject: { type: "person", id: i.personId },
        action: "delete",
        reason: i.reason,
        since: i.countsFrom,
      };
    }
  } else {
    for await (const m of mailWithTextDue(db, scope, options, start.after)) {
      yield {
        phase: "all",
        kind,
        id: m.id,
        subject: { type: "mail", id: m.id },
        action: "clear_text",
        reason: m.kind,
        since: m.deliveredAt,
      };
    }
  }
}

/** One page of what a run would delete now, of one kind, in a stable order (keyset). */
export async function previewRetention(
  db: Executor,
  scope: CityScope,
  input: {
    kind: RetentionKind;
    now: Date;
    settings: RetentionSettings;
    limit: number;
    cursor?: string | null;
  },
): Promise<{ items: RetentionItem[]; nextCursor: string | null }> {
  const parts = readCursor(input.cursor, ["text", "uuid"]);
  const phase = (["erase", "notify", "all"] as const).find((p) => p === parts?.[0]) ?? "all";
  const start = parts ? { phase, after: parts[1]! } : { phase: "all" as Phase, after: null };
  const items: (RetentionItem & { phase: Phase })[] = [];
  for await (const item of itemsOf(db, scope, input.kind, input, start)) {
    items.push(item);
    if (items.length > input.limit) break;
  }
  const page = items.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ phase: _p, ...item }) => item),
    nextCursor: items.length > input.limit && last ? encodeCursor([last.phase, last.id]) : null,
  };
}
