import { recordSignInAttempt } from "@engagiert/db/queries/accounts";
import {
  consumeEngagementLink,
  countAttempts,
  createEngagementLink,
  ensureVolunteerUser,
  findEngagementByLink,
  findOrCreatePerson,
  getApplication,
  hasOpenApplication,
  insertApplication,
  insertConsent,
  listMyEngagements,
  lockApplicant,
  markApplicationConfirmed,
  recordGuardianConsent,
} from "@engagiert/db/queries/applications";
import { writeAudit } from "@engagiert/db/queries/audit";
import { markPersonActive } from "@engagiert/db/queries/retention";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { getPublishedOpportunity } from "@engagiert/db/queries/search";
import { signInAllowed } from "@engagiert/domain/access";
import {
  APPLICATION_CONSENT,
  APPLICATION_LINK_HOURS,
  APPLY_LIMITS,
  ApplicationInput,
  canApply,
  EngagementLinkToken,
} from "@engagiert/domain/engagement";
import { PageInput } from "@engagiert/domain/shared";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { sql } from "drizzle-orm";
import { ZodError } from "zod";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { Context } from "../context.ts";
import {
  applicationConfirmedMail,
  confirmApplicationMail,
  guardianConsentMail,
} from "../mail/application-mails.ts";
import { authorize, publicProcedure, refuse, volunteerProcedure } from "../trpc.ts";

const berlinDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" });

/** A refusal tied to one field of the form, answered like a schema error (400 with fieldErrors). */
function refuseField(field: string, message: string): TRPCError {
  const cause = new ZodError([{ code: "custom", path: [field], message, input: undefined }]);
  return new TRPCError({ code: "BAD_REQUEST", message, cause });
}

const LINK_USED =
  "Dieser Link ist abgelaufen oder wurde schon benutzt. Wenn Sie sich noch bewerben möchten, tun Sie es bitte erneut.";

/** Counts this application against the limits per e-mail address and per client, or refuses. */
async function assertApplyAllowed(ctx: Context, email: string) {
  const now = ctx.now();
  const since = new Date(now.getTime() - APPLY_LIMITS.windowMinutes * 60_000);
  const limits = [
    { key: `apply-client:${ctx.clientAddress}`, limit: APPLY_LIMITS.perClient },
    { key: `apply:${email}`, limit: APPLY_LIMITS.perEmail },
  ];
  const refusal = await ctx.db.transaction(async (tx) => {
    for (const { key } of limits) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${ctx.city.id}:${key}`}))`);
    }
    for (const { key, limit } of limits) {
      const { attempts, oldest } = await countAttempts(tx, ctx.scope, key, since);
      const decision = signInAllowed(attempts, limit, oldest, now, APPLY_LIMITS.windowMinutes);
      if (!decision.allowed) return decision.retryAfterSeconds;
    }
    for (const { key } of limits) {
      await recordSignInAttempt(tx, ctx.scope, { key, succeeded: false, at: now });
    }
    return null;
  });
  if (refusal !== null) {
    const minutes = Math.ceil(refusal / 60);
    const message = `Zu viele Bewerbungen in kurzer Zeit. Bitte versuchen Sie es in ${minutes} Minute${minutes === 1 ? "" : "n"} erneut.`;
    throw refuse("TOO_MANY_REQUESTS", "too_many_attempts", message, refusal);
  }
}

const appLink = (ctx: Context, path: string, token?: string) => {
  const url = new URL(path, ctx.settings.publicAppUrl);
  if (token) url.searchParams.set("token", token);
  return url.toString();
};

export const applicationsRouter = {
  /**
   * Applies without an account. The application is stored unconfirmed and the applicant gets a
   * link by e-mail (double opt-in); staff see it only once it is confirmed.
   */
  submit: publicProcedure.input(ApplicationInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "application.submit", { cityId: ctx.city.id });
    await assertApplyAllowed(ctx, input.email);
    const found = await getPublishedOpportunity(ctx.db, ctx.scope, input.opportunityId);
    if (!found) {
      throw refuse(
        "NOT_FOUND",
        "opportunity_closed",
        "Dieses Angebot nimmt keine Bewerbungen (mehr) an.",
      );
    }
    const { opportunity } = found;
    const now = ctx.now();
    const decision = canApply(input, opportunity.minimumAge, berlinDay.format(now));
    if (!decision.ok) {
      if (decision.reason === "too_young") {
        throw refuseField(
          "birthYear",
          `Für dieses Angebot muss man mindestens ${decision.minimumAge} Jahre alt sein. Schauen Sie gern nach anderen Angeboten, die schon früher möglich sind.`,
        );
      }
      if (decision.reason === "needs_birth_date") {
        throw refuseField(
          "birthDate",
          `Für dieses Angebot muss man mindestens ${decision.minimumAge} Jahre alt sein. Bitte geben Sie Ihr Geburtsdatum an.`,
        );
      }
      throw refuseField(
        "guardianEmail",
        "Weil Sie noch nicht 18 sind, brauchen wir die E-Mail-Adresse eines Elternteils oder einer sorgeberechtigten Person.",
      );
    }

    await ctx.db.transaction(async (tx) => {
      await lockApplicant(tx, ctx.scope, input.email);
      const person = await findOrCreatePerson(tx, ctx.scope, {
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone ?? null,
        birthYear: input.birthYear,
        birthDate: input.birthDate ?? null,
      });
      await markPersonActive(tx, ctx.scope, person.id, now);
      if (
        !person.isNew &&
        (await hasOpenApplication(tx, ctx.scope, person.id, opportunity.id, now))
      ) {
        throw refuse(
          "CONFLICT",
          "already_applied",
          "Sie haben sich für dieses Angebot schon beworben. Bitte bestätigen Sie Ihre Bewerbung mit dem Link aus unserer E-Mail, falls noch nicht geschehen; die Organisation meldet sich dann bei Ihnen.",
        );
      }
      const engagementId = await insertApplication(tx, ctx.scope, {
        opportunityId: opportunity.id,
        organisationId: opportunity.organisationId,
        personId: person.id,
        message: input.message || null,
        isMinor: decision.isMinor,
        guardianEmail: decision.isMinor ? (input.guardianEmail ?? null) : null,
        now,
      });
      await insertConsent(tx, ctx.scope, {
        personId: person.id,
        purpose: APPLICATION_CONSENT.purpose,
        version: APPLICATION_CONSENT.version,
        givenAt: now,
      });
      const token = newToken();
      const hours = APPLICATION_LINK_HOURS.confirm_application;
      await createEngagementLink(tx, ctx.scope, {
        engagementId,
        purpose: "confirm_application",
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + hours * 3_600_000),
      });
      await enqueueMail(
        tx,
        ctx.scope,
        confirmApplicationMail({
          to: input.email,
          cityName: ctx.city.name,
          firstName: input.firstName,
          opportunityTitle: opportunity.title,
          link: appLink(ctx, "/bewerbung/bestaetigen", token),
          validHours: hours,
        }),
      );
    });
    return { email: input.email, isMinor: decision.isMinor };
  }),

  /**
   * Follows the confirmation link: the application counts from now on. The person gets a
   * volunteer account to follow it by sign-in link, and for a minor the guardian is asked for
   * consent — only now, so nobody can make the platform write to a stranger's guardian.
   */
  confirm: publicProcedure.input(EngagementLinkToken).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const engagementId = await consumeEngagementLink(
        tx,
        ctx.scope,
        "confirm_application",
        hashToken(input.token),
        now,
      );
      const application = engagementId ? await getApplication(tx, ctx.scope, engagementId) : null;
      if (!engagementId || !application) {
        throw refuse("BAD_REQUEST", "link_used", LINK_USED);
      }
      await markApplicationConfirmed(tx, ctx.scope, engagementId, now);
      const account = await ensureVolunteerUser(tx, ctx.scope, {
        id: application.personId,
        email: application.email,
        displayName: `${application.firstName} ${application.lastName}`,
      });
      const needsGuardianConsent =
        application.isMinor && !application.guardianConsentAt && Boolean(application.guardianEmail);
      if (needsGuardianConsent) {
        const token = newToken();
        const hours = APPLICATION_LINK_HOURS.guardian_consent;
        await createEngagementLink(tx, ctx.scope, {
          engagementId,
          purpose: "guardian_consent",
          tokenHash: hashToken(token),
          expiresAt: new Date(now.getTime() + hours * 3_600_000),
        });
        await enqueueMail(
          tx,
          ctx.scope,
          guardianConsentMail({
            to: application.guardianEmail!,
            cityName: ctx.city.name,
            childName: application.firstName,
            opportunityTitle: application.opportunityTitle,
            organisationName: application.organisationName,
            link: appLink(ctx, "/einwilligung", token),
            validHours: hours,
          }),
        );
      }
      await enqueueMail(
        tx,
        ctx.scope,
        applicationConfirmedMail({
          to: application.email,
          cityName: ctx.city.name,
          firstName: application.firstName,
          opportunityTitle: application.opportunityTitle,
          organisationName: application.organisationName,
          signInUrl: appLink(ctx, "/anmelden"),
          needsGuardianConsent,
        }),
      );
      return {
        opportunityTitle: application.opportunityTitle,
        organisationName: application.organisationName,
        needsGuardianConsent,
        isNewAccount: account.created,
      };
    });
  }),

  /** What a guardian sees before consenting: what the child applied for, nothing more. */
  guardianView: publicProcedure.input(EngagementLinkToken).query(async ({ ctx, input }) => {
    const engagementId = await findEngagementByLink(
      ctx.db,
      ctx.scope,
      "guardian_consent",
      hashToken(input.token),
      ctx.now(),
    );
    const application = engagementId ? await getApplication(ctx.db, ctx.scope, engagementId) : null;
    if (!application) throw refuse("NOT_FOUND", "link_used", LINK_USED);
    return {
      childFirstName: application.firstName,
      opportunityId: application.opportunityId,
      opportunityTitle: application.opportunityTitle,
      opportunitySummary: application.opportunitySummary,
      organisationName: application.organisationName,
      minimumAge: application.minimumAge,
      involvesMinorContact: application.involvesMinorContact,
    };
  }),

  /** The guardian consents; recorded with the moment (RULES.md, Minors). */
  guardianConsent: publicProcedure.input(EngagementLinkToken).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const engagementId = await consumeEngagementLink(
        tx,
        ctx.scope,
        "guardian_consent",
        hashToken(input.token),
        now,
      );
      const application = engagementId ? await getApplication(tx, ctx.scope, engagementId) : null;
      if (!engagementId || !application) {
        throw refuse("BAD_REQUEST", "link_used", LINK_USED);
      }
      await recordGuardianConsent(tx, ctx.scope, engagementId, now);
      await writeAudit(tx, ctx.scope, {
        actorUserId: null,
        action: "guardian_consent.given",
        subjectType: "engagement",
        subjectId: engagementId,
        personId: application.personId,
      });
      return {
        childFirstName: application.firstName,
        opportunityTitle: application.opportunityTitle,
      };
    });
  }),

  /** The signed-in volunteer's confirmed applications and engagements, newest first. */
  mine: volunteerProcedure.input(PageInput).query(async ({ ctx, input }) => {
    const personId = ctx.actor.personId;
    authorize(ctx, "engagement.read", { cityId: ctx.city.id, personId });
    if (!personId) return { items: [], nextCursor: null };
    return listMyEngagements(ctx.db, ctx.scope, personId, input);
  }),
} satisfies TRPCRouterRecord;
