import type { Executor } from "@engagiert/db/client";
import { enqueueMail } from "@engagiert/db/queries/outbox";
import { activeUserEmail } from "@engagiert/db/queries/practice-posts";
import { organisationKind } from "@engagiert/db/queries/practice-writes";
import { cityScope } from "@engagiert/db/queries/scope";
import { can, type Resource } from "@engagiert/domain/access";
import { questionMailRecipients } from "@engagiert/domain/network";
import type { Context } from "../context.ts";
import { practiceAnswerMail, practiceQuestionMail, practiceUrl } from "../mail/practice-mail.ts";
import { authorize } from "../trpc.ts";
import { notFound } from "./akquise-helpers.ts";

// Who may write practices, and the mails that questions and answers cause.

export const PRACTICE_NOT_FOUND = "Diese Praxislösung gibt es nicht (mehr).";
export const practiceNotFound = () => notFound(PRACTICE_NOT_FOUND);

/** The network app's address; a local start without the setting uses the app's dev port. */
const networkAppUrl = (ctx: Pick<Context, "settings">) =>
  ctx.settings.networkAppUrl ?? "http://localhost:5175";

/**
 * What the policy needs to decide on a contribution: for staff, the kind of their organisation
 * (a local partner writes practices, a department takes part without writing).
 */
export async function contributionResource(
  ctx: Pick<Context, "db" | "scope" | "actor">,
): Promise<Resource> {
  const organisationId = ctx.actor.kind === "user" ? ctx.actor.organisationId : null;
  const isStaff = ctx.actor.kind === "user" && ctx.actor.role === "staff";
  return {
    cityId: null,
    contributorOrganisationKind:
      isStaff && organisationId ? await organisationKind(ctx.db, ctx.scope, organisationId) : null,
  };
}

/** Whether the asker may write practices and posts (no refusal; for what a page offers). */
export async function mayContribute(ctx: Pick<Context, "db" | "scope" | "actor">) {
  return can(ctx.actor, "network.contribute", await contributionResource(ctx)).allowed;
}

/** Refuses anyone who may not write practices and posts. */
export async function authorizeContribution(ctx: Pick<Context, "db" | "scope" | "actor">) {
  authorize(ctx, "network.contribute", await contributionResource(ctx));
}

/** The signed-in member as a practice or post keeps them: by id, with the name shown now. */
export function writerOf(ctx: Context): { userId: string; name: string; email: string } {
  if (!ctx.user) throw new Error("A writer must be signed in.");
  return { userId: ctx.user.userId, name: ctx.user.displayName, email: ctx.user.email };
}

type PracticeForMail = {
  id: string;
  cityId: string;
  title: string;
  authorUserId: string;
  contactEmail: string;
};

/**
 * Tells a practice's author (at their address in the practice's city) and its contact address
 * of a new question, in the practice's city's outbox, inside the caller's transaction.
 */
export async function mailNewQuestion(
  tx: Executor,
  ctx: Context,
  practice: PracticeForMail,
  body: string,
) {
  // The outbox row belongs to the city whose member is written to: the practice's city.
  const authorCity = cityScope(practice.cityId);
  const writer = writerOf(ctx);
  const recipients = questionMailRecipients({
    authorEmail: await activeUserEmail(tx, authorCity, practice.authorUserId),
    contactEmail: practice.contactEmail,
    askerEmail: writer.email,
  });
  for (const to of recipients) {
    await enqueueMail(
      tx,
      authorCity,
      practiceQuestionMail({
        to,
        practiceTitle: practice.title,
        writerName: writer.name,
        writerCityName: ctx.city.name,
        body,
        link: practiceUrl(networkAppUrl(ctx), practice.id),
      }),
    );
  }
  return recipients.length;
}

/** Tells the person who asked of an answer, in their own city's outbox; not when they answered. */
export async function mailNewAnswer(
  tx: Executor,
  ctx: Context,
  practice: PracticeForMail,
  question: { cityId: string; userId: string },
  body: string,
) {
  const askerCity = cityScope(question.cityId);
  const writer = writerOf(ctx);
  if (question.cityId === ctx.city.id && question.userId === writer.userId) return 0;
  const to = await activeUserEmail(tx, askerCity, question.userId);
  if (!to) return 0;
  await enqueueMail(
    tx,
    askerCity,
    practiceAnswerMail({
      to,
      practiceTitle: practice.title,
      writerName: writer.name,
      writerCityName: ctx.city.name,
      body,
      link: practiceUrl(networkAppUrl(ctx), practice.id),
    }),
  );
  return 1;
}
