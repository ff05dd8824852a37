import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { LoadMore } from "@engagiert/ui/pagination";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { usePracticeT } from "../practice-messages.ts";
import type { PracticeView } from "./practice-detail-page.tsx";
import { Paragraphs } from "./practice-parts.tsx";

type Question = RouterOutputs["practices"]["questions"]["items"][number];
type Answer = Question["answers"][number];

const QUESTIONS_PER_PAGE = 10;

/** Collegial support under a practice: questions, their answers, and the forms to write them. */
export function QuestionsSection({ practice: p }: { practice: PracticeView }) {
  const t = usePracticeT();
  return (
    <section id="fragen" className="engagiert-section" aria-labelledby="practice-questions">
      <h2 id="practice-questions" className="kern-heading-medium">
        {t("practice.questions")}
      </h2>
      <p className="kern-body">{t("practice.questionsIntro")}</p>
      {p.viewer.mayReadQuestions ? (
        <Questions practice={p} />
      ) : (
        <p className="kern-body">
          {t("practice.questionsSignIn")}{" "}
          <Link to="/anmelden" className="kern-link">
            {t("practice.signIn")}
          </Link>
        </p>
      )}
    </section>
  );
}

function Questions({ practice: p }: { practice: PracticeView }) {
  const t = usePracticeT();
  const trpc = useTRPC();
  const questions = useInfiniteQuery(
    trpc.practices.questions.infiniteQueryOptions(
      { practiceId: p.id, limit: QUESTIONS_PER_PAGE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  if (questions.isPending) return <Loading />;
  if (questions.isError) {
    return <QueryError error={questions.error} onRetry={() => void questions.refetch()} />;
  }
  const items = questions.data.pages.flatMap((page) => page.items);
  const total = questions.data.pages[0]?.total ?? 0;
  return (
    <>
      {items.length > 0 ? (
        <ul className="engagiert-notes">
          {items.map((question) => (
            <li key={question.id}>
              <QuestionThread practice={p} question={question} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{t("practice.noQuestions")}</p>
      )}
      {total > QUESTIONS_PER_PAGE ? (
        <LoadMore
          shown={items.length}
          total={total}
          hasMore={questions.hasNextPage}
          isLoading={questions.isFetchingNextPage}
          onLoadMore={() => void questions.fetchNextPage()}
        />
      ) : null}
      {p.viewer.mayPost ? <PostForm practice={p} /> : null}
    </>
  );
}

function Post(props: { post: Answer; kind: "question" | "answer" }) {
  const t = usePracticeT();
  const [language] = useLanguage();
  const { post } = props;
  return (
    <>
      <p className="kern-body engagiert-practice-post__meta">
        {t(props.kind === "question" ? "practice.questionBy" : "practice.answerBy", {
          name: post.authorName,
          city: post.cityName,
          date: formatDate(post.createdAt, language),
        })}
      </p>
      <Paragraphs text={post.body} />
    </>
  );
}

function QuestionThread(props: { practice: PracticeView; question: Question }) {
  const t = usePracticeT();
  const trpc = useTRPC();
  const { question } = props;
  const [isMoreWanted, setIsMoreWanted] = useState(false);
  const [isReplying, setIsReplying] = useState(false);
  const more = useInfiniteQuery({
    ...trpc.practices.answers.infiniteQueryOptions(
      { practiceId: props.practice.id, questionId: question.id, limit: 20 },
      {
        initialCursor: question.answersCursor,
        getNextPageParam: (page) => page.nextCursor ?? undefined,
      },
    ),
    enabled: isMoreWanted && question.answersCursor !== null,
  });
  const answers = [...question.answers, ...(more.data?.pages.flatMap((page) => page.items) ?? [])];
  const hasMore = question.answersCursor !== null && (!more.data || more.hasNextPage);
  return (
    <article>
      <Post post={question} kind="question" />
      {answers.length > 0 ? (
        <ul
          className="engagiert-practice-answers"
          aria-label={t("practice.answersOf", { name: question.authorName })}
        >
          {answers.map((answer) => (
            <li key={answer.id}>
              <Post post={answer} kind="answer" />
            </li>
          ))}
        </ul>
      ) : null}
      {hasMore ? (
        <p className="engagiert-actions">
          <Button
            variant="tertiary"
            disabled={more.isFetching}
            onClick={() => (isMoreWanted ? void more.fetchNextPage() : setIsMoreWanted(true))}
          >
            {more.isFetching ? t("common.loading") : t("practice.moreAnswers")}
          </Button>
        </p>
      ) : null}
      {props.practice.viewer.mayPost ? (
        isReplying ? (
          <PostForm practice={props.practice} question={question} />
        ) : (
          <p className="engagiert-actions">
            <Button variant="secondary" onClick={() => setIsReplying(true)}>
              {t("practice.reply")}
            </Button>
          </p>
        )
      ) : null}
    </article>
  );
}

/** A new question under the practice, or — with `question` — an answer to it. */
function PostForm(props: { practice: PracticeView; question?: Question }) {
  const t = usePracticeT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [isDone, setIsDone] = useState(false);
  const post = useMutation(
    trpc.practices.post.mutationOptions({
      onSuccess: async () => {
        setBody("");
        setIsDone(true);
        await queryClient.invalidateQueries({ queryKey: trpc.practices.pathKey() });
      },
    }),
  );
  const failure = post.error ? readError(post.error) : null;
  const fieldError = failure?.fieldErrors.body?.[0] ?? null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsDone(false);
    post.mutate({
      practiceId: props.practice.id,
      ...(props.question ? { questionId: props.question.id } : {}),
      body,
    });
  }

  const isAnswer = props.question !== undefined;
  return (
    <form className="engagiert-form engagiert-section" noValidate onSubmit={submit}>
      <TextareaField
        label={
          isAnswer
            ? t("practice.yourAnswer", { name: props.question!.authorName })
            : t("practice.yourQuestion")
        }
        hint={isAnswer ? undefined : t("practice.yourQuestionHint")}
        rows={isAnswer ? 3 : 4}
        // The form opens on the reader's request: the field takes the focus it was asked for.
        autoFocus={isAnswer}
        maxLength={4000}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={fieldError}
      />
      <Button type="submit" variant={isAnswer ? "secondary" : "primary"} disabled={post.isPending}>
        {isAnswer ? t("practice.answer") : t("practice.ask")}
      </Button>
      <div aria-live="polite">
        {isDone ? (
          <Alert tone="success" title={t(isAnswer ? "practice.answered" : "practice.asked")} />
        ) : null}
      </div>
      {failure && !fieldError ? (
        <Alert tone="danger" title={t("common.errorTitle")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
    </form>
  );
}
