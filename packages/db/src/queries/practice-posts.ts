import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { cities, practicePosts, users } from "../schema/index.ts";
import { keysetPage, readCursor } from "./pagination.ts";
import type { CityScope } from "./scope.ts";
import { encodeCursor } from "./scope.ts";

/*
 * Questions and answers under a practice (kollegiale Begleitung). A post names the member's
 * city and keeps the member by id and by the name shown when writing.
 */

export type PracticeAnswer = {
  id: string;
  cityName: string;
  authorName: string;
  body: string;
  createdAt: Date;
};

export type PracticeQuestion = PracticeAnswer & {
  answers: PracticeAnswer[];
  answerCount: number;
  /** Where the answers beyond the first ones continue, or null when all are here. */
  answersCursor: string | null;
};

/** How many answers come with each question; more are read page by page. */
export const ANSWERS_SHOWN = 20;

const postColumns = {
  id: practicePosts.id,
  cityName: cities.name,
  authorName: practicePosts.authorName,
  body: practicePosts.body,
  createdAt: practicePosts.createdAt,
  sortKey: sql<string>`${practicePosts.createdAt}::text`,
};

const cityOfPost = eq(cities.id, practicePosts.cityId);

const afterPost = (cursor: string | null | undefined) => {
  const after = readCursor(cursor, ["timestamp", "uuid"]);
  return after
    ? sql`(${practicePosts.createdAt}, ${practicePosts.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
    : undefined;
};

const withoutKey = <T extends { sortKey: string }>({ sortKey: _key, ...post }: T) => post;

/**
 * The questions under a practice, oldest first (the index practice_posts_practice), page by
 * page, each with its first answers and their count, and the number of questions.
 */
export async function listQuestions(
  db: Executor,
  practiceId: string,
  page: { limit: number; cursor?: string | null },
): Promise<{ items: PracticeQuestion[]; nextCursor: string | null; total: number }> {
  const isQuestion = and(eq(practicePosts.practiceId, practiceId), isNull(practicePosts.parentId));
  const rows = await db
    .select(postColumns)
    .from(practicePosts)
    .innerJoin(cities, cityOfPost)
    .where(and(isQuestion, afterPost(page.cursor)))
    .orderBy(asc(practicePosts.createdAt), asc(practicePosts.id))
    .limit(page.limit + 1);
  const [totals] = await db.select({ total: count() }).from(practicePosts).where(isQuestion);
  const questions = keysetPage(rows, page.limit, (last) => [last.sortKey, last.id]);
  const ids = questions.items.map((q) => q.id);

  const answers = ids.length
    ? await db
        .select({
          ...postColumns,
          parentId: sql<string>`${practicePosts.parentId}`,
          position:
            sql<number>`row_number() over (partition by ${practicePosts.parentId} order by ${practicePosts.createdAt}, ${practicePosts.id})`.mapWith(
              Number,
            ),
          answerCount: sql<number>`count(*) over (partition by ${practicePosts.parentId})`.mapWith(
            Number,
          ),
        })
        .from(practicePosts)
        .innerJoin(cities, cityOfPost)
        .where(inArray(practicePosts.parentId, ids))
        .orderBy(asc(practicePosts.createdAt), asc(practicePosts.id))
    : [];

  return {
    items: questions.items.map((question) => {
      const own = answers.filter((a) => a.parentId === question.id);
      const shown = own.filter((a) => a.position <= ANSWERS_SHOWN);
      const answerCount = own[0]?.answerCount ?? 0;
      const last = shown.at(-1);
      return {
        ...withoutKey(question),
        answers: shown.map(({ parentId: _p, position: _n, answerCount: _c, ...a }) =>
          withoutKey(a),
        ),
        answerCount,
        answersCursor:
          answerCount > shown.length && last ? encodeCursor([last.sortKey, last.id]) : null,
      };
    }),
    nextCursor: questions.nextCursor,
    total: totals?.total ?? 0,
  };
}

/** The answers to a question after a cursor, oldest first (the index practice_posts_parent). */
export async function listAnswers(
  db: Executor,
  questionId: string,
  page: { limit: number; cursor?: string | null },
): Promise<{ items: PracticeAnswer[]; nextCursor: string | null }> {
  const rows = await db
    .select(postColumns)
    .from(practicePosts)
    .innerJoin(cities, cityOfPost)
    .where(and(eq(practicePosts.parentId, questionId), afterPost(page.cursor)))
    .orderBy(asc(practicePosts.createdAt), asc(practicePosts.id))
    .limit(page.limit + 1);
  const answers = keysetPage(rows, page.limit, (last) => [last.sortKey, last.id]);
  return { items: answers.items.map(withoutKey), nextCursor: answers.nextCursor };
}

/** A question (not an answer) under a practice, with who asked it. */
export async function getQuestion(db: Executor, practiceId: string, questionId: string) {
  const [row] = await db
    .select({
      id: practicePosts.id,
      practiceId: practicePosts.practiceId,
      cityId: practicePosts.cityId,
      userId: practicePosts.userId,
      authorName: practicePosts.authorName,
      body: practicePosts.body,
    })
    .from(practicePosts)
    .where(
      and(
        eq(practicePosts.id, questionId),
        eq(practicePosts.practiceId, practiceId),
        isNull(practicePosts.parentId),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** A question (without `parentId`) or an answer, written by a member of the scope's city. */
export async function insertPost(
  db: Executor,
  scope: CityScope,
  post: {
    practiceId: string;
    parentId: string | null;
    userId: string;
    authorName: string;
    body: string;
    now: Date;
  },
) {
  const [row] = await db
    .insert(practicePosts)
    .values({
      practiceId: post.practiceId,
      parentId: post.parentId,
      cityId: scope.cityId,
      userId: post.userId,
      authorName: post.authorName,
      body: post.body,
      createdAt: post.now,
    })
    .returning({ id: practicePosts.id, createdAt: practicePosts.createdAt });
  return row!;
}

/**
 * The address of one of the scope's users, to write to them: only an active account, in the
 * city the scope names (a practice's author lives in the practice's city).
 */
export async function activeUserEmail(
  db: Executor,
  scope: CityScope,
  userId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.cityId, scope.cityId), eq(users.id, userId), eq(users.isActive, true)))
    .limit(1);
  return row?.email ?? null;
}
