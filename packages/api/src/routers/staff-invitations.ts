import { writeAudit } from "@engagiert/db/queries/audit";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import {
  accountBlockingInvitation,
  createInvitedAccount,
  lockAccountChanges,
} from "@engagiert/db/queries/staff-admin";
import {
  consumeInvitation,
  findInvitationByToken,
  getInvitation,
  insertInvitation,
  listInvitations,
  revokeInvitation,
  revokeOpenInvitationsOf,
} from "@engagiert/db/queries/staff-invitations";
import {
  AcceptInvitationInput,
  INVITATION_VALID_DAYS,
  InvitationListInput,
  InvitationToken,
  invitationExpiresAt,
  invitationStatus,
  StaffInvitationInput,
  StaffInvitationRef,
} from "@engagiert/domain/access";
import type { TRPCRouterRecord } from "@trpc/server";
import { checkNewPassword } from "../auth/password-policy.ts";
import { hashPassword } from "../auth/password.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { Context } from "../context.ts";
import { ROLE_NAMES, staffInvitationMail } from "../mail/staff-invitation-mail.ts";
import { publicProcedure, refuse } from "../trpc.ts";
import { fieldErrors, notFound } from "./akquise-helpers.ts";
import { organisationOfCity, staffManagerProcedure } from "./staff-admin-helpers.ts";

const ACCOUNT_EXISTS =
  "Unter dieser E-Mail-Adresse gibt es schon einen Zugang. Ein deaktivierter Zugang von Mitarbeitenden kann wieder aktiviert oder neu eingeladen werden.";

/** The address of the page where an invited person chooses their password. */
function acceptLink(ctx: Context, token: string): string {
  const base = ctx.settings.departmentsAppUrl ?? "http://localhost:5174";
  return new URL(`/einladung/${token}`, base).toString();
}

const INVALID_LINK: Record<"expired" | "revoked" | "accepted" | "unknown", string> = {
  expired:
    "Diese Einladung ist abgelaufen. Bitte bitten Sie die Administration der Stadt um eine neue.",
  revoked:
    "Diese Einladung wurde zurückgezogen. Bitte wenden Sie sich an die Administration der Stadt.",
  accepted:
    "Diese Einladung wurde schon angenommen. Sie können sich mit Ihrer E-Mail-Adresse und Ihrem Passwort anmelden.",
  unknown: "Diesen Einladungslink kennen wir nicht. Bitte prüfen Sie, ob er vollständig ist.",
};

export const staffInvitationProcedures = {
  /** Invitations of the city, newest first: the open ones (also expired) or all. */
  invitations: staffManagerProcedure.input(InvitationListInput).query(async ({ ctx, input }) => {
    const page = await listInvitations(ctx.db, ctx.scope, input);
    const now = ctx.now();
    return { ...page, items: page.items.map((i) => ({ ...i, status: invitationStatus(i, now) })) };
  }),

  /**
   * Invites a person by e-mail. An address with an active account (or a volunteer's) is refused;
   * an earlier open invitation of the same address is revoked, so only the newest link works.
   */
  invite: staffManagerProcedure.input(StaffInvitationInput).mutation(async ({ ctx, input }) => {
    const organisationId = input.organisationId ?? null;
    const organisation = await organisationOfCity(ctx, organisationId);
    const now = ctx.now();
    const token = newToken();
    return ctx.db.transaction(async (tx) => {
      await lockAccountChanges(tx, ctx.scope);
      if (await accountBlockingInvitation(tx, ctx.scope, input.email)) {
        throw refuse("CONFLICT", "account_exists", ACCOUNT_EXISTS);
      }
      const replaced = await revokeOpenInvitationsOf(tx, ctx.scope, input.email, now);
      for (const id of replaced) {
        await writeAudit(tx, ctx.scope, {
          actorUserId: ctx.user.userId,
          action: "staff.invitation_revoked",
          subjectType: "staff_invitation",
          subjectId: id,
          details: { email: input.email, replacedByNewInvitation: true },
        });
      }
      const expiresAt = invitationExpiresAt(now);
      const { id } = await insertInvitation(tx, ctx.scope, {
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        organisationId,
        tokenHash: hashToken(token),
        invitedByUserId: ctx.user.userId,
        expiresAt,
        now,
      });
      await writeAudit(tx, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "staff.invited",
        subjectType: "staff_invitation",
        subjectId: id,
        details: { email: input.email, role: input.role, organisationId },
      });
      await enqueueMail(
        tx,
        ctx.scope,
        staffInvitationMail({
          to: input.email,
          displayName: input.displayName,
          cityName: ctx.city.name,
          invitedByName: ctx.user.displayName,
          roleName: ROLE_NAMES[input.role]!,
          organisationName: organisation?.name ?? null,
          link: acceptLink(ctx, token),
          validDays: INVITATION_VALID_DAYS,
        }),
      );
      return { id, expiresAt, replaced: replaced.length };
    });
  }),

  /** Withdraws an open invitation: its link stops working. */
  revokeInvitation: staffManagerProcedure.input(StaffInvitationRef).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const invitation = await getInvitation(tx, ctx.scope, input.invitationId);
      if (!invitation) throw notFound("Diese Einladung gibt es nicht.");
      const revoked = await revokeInvitation(tx, ctx.scope, invitation.id, ctx.now());
      if (!revoked) {
        throw refuse(
          "CONFLICT",
          "invitation_closed",
          "Diese Einladung wurde schon angenommen oder zurückgezogen.",
        );
      }
      await writeAudit(tx, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "staff.invitation_revoked",
        subjectType: "staff_invitation",
        subjectId: invitation.id,
        details: { email: invitation.email },
      });
      return { id: invitation.id };
    }),
  ),

  /** What an invitation link is about, for the page that accepts it (anyone with the link). */
  invitation: publicProcedure.input(InvitationToken).query(async ({ ctx, input }) => {
    const invitation = await findInvitationByToken(ctx.db, ctx.scope, hashToken(input.token));
    if (!invitation) return { status: "unknown" as const };
    const status = invitationStatus(invitation, ctx.now());
    if (status !== "pending") return { status };
    return {
      status,
      email: invitation.email,
      displayName: invitation.displayName,
      role: invitation.role,
      organisationName: invitation.organisationName,
      expiresAt: invitation.expiresAt,
    };
  }),

  /**
   * Accepts an invitation: the person chooses a password and the account is created with the
   * role and organisation given. Works once, while the link is valid; then the person signs in.
   */
  acceptInvitation: publicProcedure
    .input(AcceptInvitationInput)
    .mutation(async ({ ctx, input }) => {
      const tokenHash = hashToken(input.token);
      const invitation = await findInvitationByToken(ctx.db, ctx.scope, tokenHash);
      const now = ctx.now();
      const status = invitation ? invitationStatus(invitation, now) : "unknown";
      if (!invitation || status !== "pending") {
        const reason = status === "pending" ? "unknown" : status;
        throw refuse("BAD_REQUEST", `invitation_${reason}`, INVALID_LINK[reason]);
      }
      const check = checkNewPassword(input.password, {
        email: invitation.email,
        displayName: invitation.displayName,
      });
      if (!check.ok) throw fieldErrors([{ path: ["password"], message: check.message }]);
      const passwordHash = await hashPassword(input.password);
      return ctx.db.transaction(async (tx) => {
        await lockAccountChanges(tx, ctx.scope);
        const accepted = await consumeInvitation(tx, ctx.scope, tokenHash, now);
        if (!accepted) {
          throw refuse("BAD_REQUEST", "invitation_accepted", INVALID_LINK.accepted);
        }
        const account = await createInvitedAccount(tx, ctx.scope, {
          email: accepted.email,
          displayName: accepted.displayName,
          role: accepted.role,
          organisationId: accepted.organisationId,
          passwordHash,
          now,
        });
        if (!account) throw refuse("CONFLICT", "account_exists", ACCOUNT_EXISTS);
        await writeAudit(tx, ctx.scope, {
          actorUserId: account.id,
          action: "staff.invitation_accepted",
          subjectType: "user",
          subjectId: account.id,
          details: { invitationId: accepted.id, role: accepted.role },
        });
        return { email: accepted.email };
      });
    }),
} satisfies TRPCRouterRecord;
