import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatDate, formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { SurveyEditor, type SurveyView } from "./survey-editor.tsx";
import { dayOf } from "./survey-parts.tsx";
import { useSurveyT } from "../survey-messages.ts";

const route = getRouteApi("/survey-area/umfragen/$surveyId");

export function NewSurveyPage() {
  const t = useSurveyT();
  return (
    <Page title={t("surveys.newTitle")}>
      <p className="kern-body">{t("surveys.anonymityNote")}</p>
      <SurveyEditor view={null} />
    </Page>
  );
}

/**
 * A step that asks before it acts: the button opens a confirmation that says what will happen,
 * and the focus moves into it, so a keyboard user hears it before confirming.
 */
function Confirmed(props: {
  action: string;
  question: string;
  confirm: string;
  isPending: boolean;
  isDisabled?: boolean;
  error: unknown;
  onConfirm: () => void;
}) {
  const t = useSurveyT();
  const [isAsking, setIsAsking] = useState(false);
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (isAsking) heading.current?.focus();
  }, [isAsking]);
  const failure = props.error ? readError(props.error) : null;
  return (
    <div className="engagiert-section">
      {isAsking ? (
        <div className="kern-alert kern-alert--warning">
          <div className="kern-alert__body">
            <p className="kern-body" tabIndex={-1} ref={heading}>
              {props.question}
            </p>
            <div className="engagiert-actions">
              <Button disabled={props.isPending} onClick={props.onConfirm}>
                {props.confirm}
              </Button>
              <Button variant="secondary" onClick={() => setIsAsking(false)}>
                {t("common.cancel")}
              </Button>
            </div>
          </div>
        </div>
      ) : (
        <div className="engagiert-actions">
          <Button disabled={props.isDisabled} onClick={() => setIsAsking(true)}>
            {props.action}
          </Button>
        </div>
      )}
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
    </div>
  );
}

function Facts(props: { view: SurveyView }) {
  const t = useSurveyT();
  const [language] = useLanguage();
  const { view } = props;
  return (
    <dl className="engagiert-facts">
      <div>
        <dt>{t("surveys.for")}</dt>
        <dd>{view.organisationName ?? t("surveys.wholeCity")}</dd>
      </div>
      <div>
        <dt>{t("common.status")}</dt>
        <dd>{t(`surveys.status.${view.status}`)}</dd>
      </div>
      {view.openedAt ? (
        <div>
          <dt>{t("surveys.openedAt")}</dt>
          <dd>{formatDate(view.openedAt, language)}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t("surveys.closesOn")}</dt>
        <dd>{view.closesOn ? formatDate(dayOf(view.closesOn), language) : t("surveys.noEnd")}</dd>
      </div>
    </dl>
  );
}

function OpenSurvey(props: { view: SurveyView }) {
  const t = useSurveyT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const open = useMutation(
    trpc.surveys.open.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.surveys.pathKey() }),
    }),
  );
  const count = props.view.inviteeCount ?? 0;
  return (
    <section aria-labelledby="open-heading" className="engagiert-section">
      <h2 id="open-heading" className="kern-heading-medium">
        {t("surveys.openHeading")}
      </h2>
      <p className="kern-body">
        {count === 0 ? t("surveys.nobodyToInvite") : t("surveys.openHint")}
      </p>
      <Confirmed
        action={t("surveys.open")}
        question={t("surveys.openConfirm", { count, number: formatNumber(count, language) })}
        confirm={t("surveys.openYes")}
        isDisabled={count === 0}
        isPending={open.isPending}
        error={open.error}
        onConfirm={() => open.mutate({ surveyId: props.view.id })}
      />
    </section>
  );
}

function RunningSurvey(props: { view: SurveyView }) {
  const t = useSurveyT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const close = useMutation(
    trpc.surveys.close.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.surveys.pathKey() }),
    }),
  );
  const { view } = props;
  return (
    <>
      {view.status === "open" && view.canManage ? (
        <Alert tone="success" title={t("surveys.isOpen")} isLive={close.isIdle ? undefined : true}>
          <p className="kern-body">{t("surveys.isOpenText")}</p>
        </Alert>
      ) : null}
      <div className="engagiert-actions">
        <Link
          to="/umfragen/$surveyId/ergebnisse"
          params={{ surveyId: view.id }}
          className="kern-btn kern-btn--primary"
        >
          <span className="kern-label">{t("surveys.showResults")}</span>
        </Link>
      </div>
      <section aria-labelledby="questions-heading" className="engagiert-section">
        <h2 id="questions-heading" className="kern-heading-medium">
          {t("surveys.questions")}
        </h2>
        {view.intro ? <p className="kern-body">{view.intro}</p> : null}
        <ol className="kern-list">
          {view.questions.map((q) => (
            <li key={q.id}>
              {q.text} ({t(`surveys.kind.${q.kind}`)})
            </li>
          ))}
        </ol>
      </section>
      {view.status === "open" && view.canManage ? (
        <section aria-labelledby="close-heading" className="engagiert-section">
          <h2 id="close-heading" className="kern-heading-medium">
            {t("surveys.closeHeading")}
          </h2>
          <Confirmed
            action={t("surveys.close")}
            question={t("surveys.closeConfirm")}
            confirm={t("surveys.closeYes")}
            isPending={close.isPending}
            error={close.error}
            onConfirm={() => close.mutate({ surveyId: view.id })}
          />
        </section>
      ) : null}
    </>
  );
}

/** One survey: a draft is edited and opened here; an open one is closed; results are a link away. */
export function SurveyPage() {
  const t = useSurveyT();
  const trpc = useTRPC();
  const { surveyId } = route.useParams();
  const survey = useQuery(trpc.surveys.get.queryOptions({ surveyId }));
  if (survey.isPending) return <Loading />;
  if (survey.isError) {
    return (
      <Page title={t("surveys.title")}>
        <QueryError error={survey.error} onRetry={() => void survey.refetch()} />
      </Page>
    );
  }
  const view = survey.data;
  const isDraft = view.status === "draft" && view.canManage;
  return (
    <Page title={isDraft ? t("surveys.editTitle", { title: view.title }) : view.title}>
      <Facts view={view} />
      {isDraft ? (
        <>
          <SurveyEditor key={view.id} view={view} />
          <OpenSurvey view={view} />
        </>
      ) : (
        <RunningSurvey view={view} />
      )}
    </Page>
  );
}
