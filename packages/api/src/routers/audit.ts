import { writeAudit } from "@engagiert/db/queries/audit";
import { auditLogForExport, listAuditLog } from "@engagiert/db/queries/audit-log";
import { getPerson } from "@engagiert/db/queries/people";
import { accountsByName } from "@engagiert/db/queries/staff-admin";
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_CSV_MAX_ROWS,
  AuditCsvInput,
  AuditLogInput,
  auditCsv,
} from "@engagiert/domain/access";
import { PersonRef } from "@engagiert/domain/engagement";
import type { TRPCRouterRecord } from "@trpc/server";
import { authorize, signedInProcedure } from "../trpc.ts";
import { notFound, todayIn } from "./akquise-helpers.ts";

/** The coordination office and city admins read the audit log (policy action `audit.read`). */
export const auditReaderProcedure = signedInProcedure.use(({ ctx, next }) => {
  authorize(ctx, "audit.read", { cityId: ctx.city.id });
  return next();
});

export const auditRouter = {
  /**
   * Who read or changed which person's data, and every change to a staff account: newest
   * first, filtered by person, staff member, action and period, page by page.
   */
  log: auditReaderProcedure
    .input(AuditLogInput)
    .query(({ ctx, input }) => listAuditLog(ctx.db, ctx.scope, input)),

  /** The actions the log knows, with their labels in both languages (for the action filter). */
  actions: auditReaderProcedure.query(() =>
    AUDIT_ACTIONS.map((action) => ({
      action,
      de: AUDIT_ACTION_LABELS.de[action],
      en: AUDIT_ACTION_LABELS.en[action],
    })),
  ),

  /** The accounts to filter by: the city's staff and network accounts, by name. */
  actors: auditReaderProcedure.query(({ ctx }) => accountsByName(ctx.db, ctx.scope)),

  /** The name of the person the log is filtered by. */
  person: auditReaderProcedure.input(PersonRef).query(async ({ ctx, input }) => {
    const person = await getPerson(ctx.db, ctx.scope, input.personId);
    if (!person) throw notFound("Diese Person gibt es nicht.");
    return { id: person.id, firstName: person.firstName, lastName: person.lastName };
  }),

  /**
   * The filtered log as CSV (at most AUDIT_CSV_MAX_ROWS lines, newest first). The export holds
   * names, so it is itself written to the log.
   */
  csv: auditReaderProcedure.input(AuditCsvInput).query(async ({ ctx, input }) => {
    const { language, ...filter } = input;
    const { items, isTruncated } = await auditLogForExport(
      ctx.db,
      ctx.scope,
      filter,
      AUDIT_CSV_MAX_ROWS,
    );
    await writeAudit(ctx.db, ctx.scope, {
      actorUserId: ctx.user.userId,
      action: "audit.exported",
      subjectType: "audit_log",
      personId: filter.personId ?? null,
      details: { filter, rows: items.length },
    });
    const name = language === "de" ? "protokoll" : "audit-log";
    return {
      fileName: `${name}-${todayIn(ctx.now())}.csv`,
      content: auditCsv(items, language),
      rows: items.length,
      isTruncated,
    };
  }),
} satisfies TRPCRouterRecord;
