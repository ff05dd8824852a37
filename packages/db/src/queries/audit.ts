import type { Executor } from "../client.ts";
import { auditLog } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

export type AuditEntry = {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  personId?: string | null;
  details?: Record<string, unknown>;
};

export async function writeAudit(db: Executor, scope: CityScope, entry: AuditEntry) {
  await db.insert(auditLog).values({ cityId: scope.cityId, ...entry });
}
