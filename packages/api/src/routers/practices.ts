import type { Executor } from "@engagiert/db/client";
import {
  deleteAdoption,
  lockPracticeForReaction,
  upsertAdoption,
} from "@engagiert/db/queries/practice-adoptions";
import {
  getQuestion,
  insertPost,
  listAnswers,
  listQuestions,
} from "@engagiert/db/queries/practice-posts";
import {
  getCityPractice,
  insertPracticeDraft,
  setPracticeStatus,
  updatePracticeContent,
} from "@engagiert/db/queries/practice-writes";
import {
  getVisiblePractice,
  listAdoptions,
  listCityPractices,
  listPracticeCities,
  listPublishedPractices,
  type PracticeRow,
} from "@engagiert/db/queries/practices";
import { can } from "@engagiert/domain/access";
import {
  adoptionDecision,
  MyPracticesQuery,
  PracticeAdoptionInput,
  PracticeAnswersQuery,
  PracticePostInput,
  PracticeQuery,
  PracticeQuestionsQuery,
  PracticeRef,
  PracticeSaveInput,
} from "@engagiert/domain/network";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { authorize, publicProcedure, refuse, signedInProcedure } from "../trpc.ts";
import { notFound } from "./akquise-helpers.ts";
import {
  authorizeContribution,
  mailNewAnswer,
  mailNewQuestion,
  mayContribute,
  practiceNotFound,
  writerOf,
} from "./practice-helpers.ts";

const NETWORK = { cityId: null } as const;

/** A practice the asker may see: published, or a draft of their own city when they write. */
async function visiblePractice(ctx: Context, id: string, isWriter?: boolean) {
  const practice = await getVisiblePractice(ctx.db, ctx.scope, id, {
    seesOwnDrafts: isWriter ?? (await mayContribute(ctx)),
  });
  if (!practice) throw practiceNotFound();
  return practice;
}

/** A practice of the asker's city, locked to change it; another city's reads as not found. */
async function ownPractice(tx: Executor, ctx: Context, id: string): Promise<PracticeRow> {
  const practice = await getCityPractice(tx, ctx.scope, id, { lock: true });
  if (!practice) throw practiceNotFound();
  return practice;
}

const saved = (row: PracticeRow) => ({
  id: row.id,
  status: row.status,
  publishedAt: row.publishedAt,
  updatedAt: row.updatedAt,
});

export const practicesRouter = {
  /** The library: published practices of every member city, searched and filtered. */
  list: publicProcedure.input(PracticeQuery).query(({ ctx, input }) => {
    authorize(ctx, "network.directory.read", NETWORK);
    return listPublishedPractices(ctx.db, input);
  }),

  /** The cities that share practices, for the library's city filter. */
  cities: publicProcedure.query(({ ctx }) => {
    authorize(ctx, "network.directory.read", NETWORK);
    return listPracticeCities(ctx.db);
  }),

  /** What the asker may do in the library, for what the pages offer (the procedures decide). */
  access: publicProcedure.query(async ({ ctx }) => ({
    mayContribute: await mayContribute(ctx),
    mayAdopt: can(ctx.actor, "network.adopt", NETWORK).allowed,
    mayReadQuestions: can(ctx.actor, "network.participate", NETWORK).allowed,
  })),

  /** One practice with who adopted it, and what the asker may do with it. */
  get: publicProcedure.input(PracticeRef).query(async ({ ctx, input }) => {
    authorize(ctx, "network.directory.read", NETWORK);
    const isWriter = await mayContribute(ctx);
    const practice = await visiblePractice(ctx, input.id, isWriter);
    const adoptions = await listAdoptions(ctx.db, practice.id);
    const isOwnCity = practice.cityId === ctx.city.id;
    const isPublished = practice.status === "published";
    const { searchVector: _vector, authorUserId: _author, isDemo: _demo, ...shown } = practice;
    return {
      ...shown,
      adoptions: adoptions.map(({ cityId: _id, ...adoption }) => adoption),
      viewer: {
        isOwnCity,
        mayEdit: isOwnCity && isWriter,
        mayAdopt: isPublished && !isOwnCity && can(ctx.actor, "network.adopt", NETWORK).allowed,
        myAdoption: adoptions.find((a) => a.cityId === ctx.city.id) ?? null,
        mayReadQuestions: can(ctx.actor, "network.participate", NETWORK).allowed,
        mayPost: isPublished && isWriter,
      },
    };
  }),

  /** The practices of the asker's city, drafts included. */
  mine: signedInProcedure.input(MyPracticesQuery).query(async ({ ctx, input }) => {
    await authorizeContribution(ctx);
    return listCityPractices(ctx.db, ctx.scope, input);
  }),

  /**
   * Saves a practice: a new one as a draft of the asker's city, an existing one of that city
   * with its status kept; with `publish`, published in the same transaction.
   */
  save: signedInProcedure.input(PracticeSaveInput).mutation(async ({ ctx, input }) => {
    await authorizeContribution(ctx);
    const { id, publish, ...content } = input;
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      let row: PracticeRow | null;
      if (id) {
        await ownPractice(tx, ctx, id);
        row = await updatePracticeContent(tx, ctx.scope, id, content, now);
      } else {
        row = await insertPracticeDraft(tx, ctx.scope, writerOf(ctx), content, now);
      }
      if (row && publish && row.status !== "published") {
        row = await setPracticeStatus(tx, ctx.scope, row.id, "published", now);
      }
      if (!row) throw practiceNotFound();
      return saved(row);
    });
  }),

  /** Publishes a draft of the asker's city to the whole network. */
  publish: signedInProcedure.input(PracticeRef).mutation(async ({ ctx, input }) => {
    await authorizeContribution(ctx);
    return ctx.db.transaction(async (tx) => {
      await ownPractice(tx, ctx, input.id);
      return saved((await setPracticeStatus(tx, ctx.scope, input.id, "published", ctx.now()))!);
    });
  }),

  /** Takes a practice of the asker's city back to a draft: the network no longer sees it. */
  unpublish: signedInProcedure.input(PracticeRef).mutation(async ({ ctx, input }) => {
    await authorizeContribution(ctx);
    return ctx.db.transaction(async (tx) => {
      await ownPractice(tx, ctx, input.id);
      return saved((await setPracticeStatus(tx, ctx.scope, input.id, "draft", ctx.now()))!);
    });
  }),

  /** "We adopted this", for the asker's city, with a short note; again, it updates the note. */
  adopt: signedInProcedure.input(PracticeAdoptionInput).mutation(async ({ ctx, input }) => {
    authorize(ctx, "network.adopt", NETWORK);
    return ctx.db.transaction(async (tx) => {
      const practice = await lockPracticeForReaction(tx, input.practiceId);
      const decision = practice ? adoptionDecision(practice, ctx.city.id) : null;
      if (!decision || (!decision.ok && decision.reason === "not_published")) {
        throw practiceNotFound();
      }
      if (!decision.ok) {
        throw refuse(
          "CONFLICT",
          "own_practice",
          "Ihre Stadt hat diese Praxislösung selbst geteilt und kann sie nicht übernehmen.",
        );
      }
      return upsertAdoption(tx, ctx.scope, {
        practiceId: input.practiceId,
        userId: writerOf(ctx).userId,
        note: input.note,
        now: ctx.now(),
      });
    });
  }),

  /** Takes the asker's city's "we adopted this" back. */
  unadopt: signedInProcedure.input(PracticeRef).mutation(async ({ ctx, input }) => {
    authorize(ctx, "network.adopt", NETWORK);
    return { removed: await deleteAdoption(ctx.db, ctx.scope, input.id) };
  }),

  /** The questions under a practice with their first answers, for the network's members. */
  questions: signedInProcedure.input(PracticeQuestionsQuery).query(async ({ ctx, input }) => {
    authorize(ctx, "network.participate", NETWORK);
    const practice = await visiblePractice(ctx, input.practiceId);
    return listQuestions(ctx.db, practice.id, input);
  }),

  /** More answers to one question. */
  answers: signedInProcedure.input(PracticeAnswersQuery).query(async ({ ctx, input }) => {
    authorize(ctx, "network.participate", NETWORK);
    const practice = await visiblePractice(ctx, input.practiceId);
    if (!(await getQuestion(ctx.db, practice.id, input.questionId))) {
      throw notFound("Diese Frage gibt es nicht (mehr).");
    }
    return listAnswers(ctx.db, input.questionId, input);
  }),

  /**
   * A question under a published practice (its author and contact hear of it by e-mail), or
   * with `questionId` an answer (the person who asked hears of it). Post and mail are written
   * in one transaction.
   */
  post: signedInProcedure.input(PracticePostInput).mutation(async ({ ctx, input }) => {
    await authorizeContribution(ctx);
    const writer = writerOf(ctx);
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const practice = await lockPracticeForReaction(tx, input.practiceId);
      if (!practice || (practice.status !== "published" && practice.cityId !== ctx.city.id)) {
        throw practiceNotFound();
      }
      if (practice.status !== "published") {
        throw refuse(
          "CONFLICT",
          "practice_draft",
          "Fragen und Antworten sind erst möglich, wenn die Praxislösung veröffentlicht ist.",
        );
      }
      const question = input.questionId
        ? await getQuestion(tx, practice.id, input.questionId)
        : null;
      if (input.questionId && !question) throw notFound("Diese Frage gibt es nicht (mehr).");
      const post = await insertPost(tx, ctx.scope, {
        practiceId: practice.id,
        parentId: question?.id ?? null,
        userId: writer.userId,
        authorName: writer.name,
        body: input.body,
        now,
      });
      const mailed = question
        ? await mailNewAnswer(tx, ctx, practice, question, input.body)
        : await mailNewQuestion(tx, ctx, practice, input.body);
      return { id: post.id, isAnswer: question !== null, mailed };
    });
  }),
} satisfies TRPCRouterRecord;
