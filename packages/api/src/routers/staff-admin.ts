import { writeAudit } from "@engagiert/db/queries/audit";
import {
  changeAccountRole,
  countActiveCityAdmins,
  deactivateAccount,
  getStaffAccount,
  listStaffAccounts,
  lockAccountChanges,
  reactivateAccount,
} from "@engagiert/db/queries/staff-admin";
import {
  canChangeRole,
  canDeactivate,
  canReactivate,
  StaffAccountChange,
  StaffAccountRef,
  StaffListInput,
} from "@engagiert/domain/access";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { notFound } from "./akquise-helpers.ts";
import { ensureAllowed, organisationOfCity, staffManagerProcedure } from "./staff-admin-helpers.ts";
import { staffInvitationProcedures } from "./staff-invitations.ts";

/** The account to change, read under the city's account lock; other cities' accounts are unknown. */
async function lockedAccount(ctx: Context, tx: Context["db"], userId: string) {
  await lockAccountChanges(tx, ctx.scope);
  const account = await getStaffAccount(tx, ctx.scope, userId);
  if (!account) throw notFound("Diesen Zugang gibt es nicht.");
  return account;
}

export const staffAdminRouter = {
  /** The city's staff and network accounts: search by name or e-mail, filters, page by page. */
  list: staffManagerProcedure
    .input(StaffListInput)
    .query(({ ctx, input }) => listStaffAccounts(ctx.db, ctx.scope, input)),

  /** One account with what the admin may change about it. */
  account: staffManagerProcedure.input(StaffAccountRef).query(async ({ ctx, input }) => {
    const account = await getStaffAccount(ctx.db, ctx.scope, input.userId);
    if (!account) throw notFound("Diesen Zugang gibt es nicht.");
    const admins = await countActiveCityAdmins(ctx.db, ctx.scope);
    const actorId = ctx.user.userId;
    return {
      ...account,
      isSelf: account.id === actorId,
      canDeactivate: canDeactivate(actorId, account, admins),
      canChangeRole: account.id !== actorId,
      isLastCityAdmin: account.role === "city_admin" && account.isActive && admins <= 1,
    };
  }),

  /** Deactivates an account: it can no longer sign in, and its sessions end at once. */
  deactivate: staffManagerProcedure.input(StaffAccountRef).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const account = await lockedAccount(ctx, tx, input.userId);
      const admins = await countActiveCityAdmins(tx, ctx.scope);
      ensureAllowed(canDeactivate(ctx.user.userId, account, admins));
      const now = ctx.now();
      const sessionsEnded = await deactivateAccount(tx, ctx.scope, account.id, now);
      await writeAudit(tx, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "staff.deactivated",
        subjectType: "user",
        subjectId: account.id,
        details: { role: account.role, sessionsEnded },
      });
      return { id: account.id, isActive: false, sessionsEnded };
    }),
  ),

  /** Lets a deactivated account sign in again, with the role it had. */
  reactivate: staffManagerProcedure.input(StaffAccountRef).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const account = await lockedAccount(ctx, tx, input.userId);
      ensureAllowed(canReactivate(account));
      await reactivateAccount(tx, ctx.scope, account.id);
      await writeAudit(tx, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "staff.reactivated",
        subjectType: "user",
        subjectId: account.id,
        details: { role: account.role },
      });
      return { id: account.id, isActive: true };
    }),
  ),

  /**
   * A new role and organisation for an account. The person's sessions end, so the new rights
   * apply from their next sign-in.
   */
  change: staffManagerProcedure.input(StaffAccountChange).mutation(async ({ ctx, input }) => {
    const organisationId = input.organisationId ?? null;
    await organisationOfCity(ctx, organisationId);
    return ctx.db.transaction(async (tx) => {
      const account = await lockedAccount(ctx, tx, input.userId);
      const admins = await countActiveCityAdmins(tx, ctx.scope);
      ensureAllowed(canChangeRole(ctx.user.userId, account, input.role, admins));
      const isUnchanged = account.role === input.role && account.organisationId === organisationId;
      if (isUnchanged) return { id: account.id, isChanged: false };
      await changeAccountRole(tx, ctx.scope, account.id, { role: input.role, organisationId });
      await writeAudit(tx, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "staff.account_changed",
        subjectType: "user",
        subjectId: account.id,
        details: {
          before: { role: account.role, organisationId: account.organisationId },
          after: { role: input.role, organisationId },
        },
      });
      return { id: account.id, isChanged: true };
    });
  }),

  ...staffInvitationProcedures,
} satisfies TRPCRouterRecord;
