import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { RadioGroup } from "@engagiert/ui/radio-group";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useMutation, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useSurveyT } from "./survey-messages.ts";

const route = getRouteApi("/umfrage");

type Form = Extract<RouterOutputs["surveys"]["answerForm"], { state: "open" }>["survey"];
type Ending = "thanks" | "used" | "closed" | "unknown";

/** The answer's outcome, or why the link cannot be used: each a short, kind message. */
function Outcome(props: { ending: Ending; isLive?: boolean }) {
  const t = useSurveyT();
  const { ending } = props;
  const tone = ending === "thanks" ? "success" : ending === "unknown" ? "warning" : "info";
  return (
    <Alert tone={tone} title={t(`survey.${ending}Title`)} isLive={props.isLive}>
      <p className="kern-body">{t(`survey.${ending}Text`)}</p>
    </Alert>
  );
}

const REFUSALS: Record<string, Ending> = {
  survey_link_used: "used",
  survey_closed: "closed",
  survey_link_unknown: "unknown",
};

function AnswerForm(props: { token: string; form: Form }) {
  const t = useSurveyT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const [answers, setAnswers] = useState<Record<string, number | string>>({});
  const answer = useMutation(trpc.surveys.answer.mutationOptions());
  const { form } = props;
  const failure = answer.error ? readError(answer.error) : null;
  const ending: Ending | null = answer.isSuccess
    ? "thanks"
    : failure?.reason
      ? (REFUSALS[failure.reason] ?? null)
      : null;
  if (ending) return <Outcome ending={ending} isLive />;

  const errors = failure?.fieldErrors ?? {};
  const set = (id: string, value: number | string | null) =>
    setAnswers((current) => {
      const next = { ...current };
      if (value === null || value === "") delete next[id];
      else next[id] = value;
      return next;
    });
  function submit(event: FormEvent) {
    event.preventDefault();
    answer.mutate({ token: props.token, answers });
  }

  return (
    <>
      <p className="kern-body">{t("survey.countsFor", { organisation: form.organisationName })}</p>
      {form.intro ? <p className="kern-body engagiert-address">{form.intro}</p> : null}
      <Alert tone="info" title={t("survey.title")}>
        <p className="kern-body">{t("survey.anonymous")}</p>
        {form.closesOn ? (
          <p className="kern-body">
            {t("survey.closesOn", {
              date: formatDate(new Date(`${form.closesOn}T12:00:00Z`), language),
            })}
          </p>
        ) : null}
      </Alert>
      <form className="engagiert-form" noValidate onSubmit={submit}>
        {failure ? (
          <Alert tone="danger" title={t("common.errorSummary")} isLive>
            <p className="kern-body">{errorText(failure, t)}</p>
          </Alert>
        ) : null}
        <p className="kern-body">{t("survey.skipHint")}</p>
        {form.questions.map((q) =>
          q.kind === "scale" ? (
            <RadioGroup
              key={q.id}
              name={`answer-${q.id}`}
              legend={q.text}
              value={String(answers[q.id] ?? "")}
              onChange={(value) => set(q.id, value === "" ? null : Number(value))}
              error={errors[`answers.${q.id}`]?.[0] ?? null}
              isHorizontal
              options={[
                { value: "1", label: t("survey.scaleLow") },
                { value: "2", label: "2" },
                { value: "3", label: "3" },
                { value: "4", label: "4" },
                { value: "5", label: t("survey.scaleHigh") },
                { value: "", label: t("survey.noAnswer") },
              ]}
            />
          ) : (
            <TextareaField
              key={q.id}
              label={q.text}
              hint={t("survey.textHint")}
              value={String(answers[q.id] ?? "")}
              maxLength={2000}
              rows={5}
              onChange={(e) => set(q.id, e.target.value)}
              error={errors[`answers.${q.id}`]?.[0] ?? null}
            />
          ),
        )}
        <div className="engagiert-actions">
          <Button type="submit" disabled={answer.isPending}>
            {answer.isPending ? t("survey.sending") : t("survey.submit")}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * A feedback survey opened through the single-use link from the e-mail (`/umfrage?token=…`).
 * It needs no account and shows no personal data: the questions, and afterwards thanks — or
 * why the link cannot be used (already used, closed, unknown).
 */
export function SurveyAnswerPage() {
  const t = useSurveyT();
  const trpc = useTRPC();
  const { token } = route.useSearch();
  const form = useQuery({
    ...trpc.surveys.answerForm.queryOptions({ token: token ?? "" }),
    enabled: Boolean(token),
    retry: false,
    staleTime: Infinity,
  });
  if (token && form.isPending) {
    return (
      <Page title={t("survey.title")}>
        <Loading label={t("survey.loading")} />
      </Page>
    );
  }
  const data = form.data;
  if (!token || !data || data.state !== "open") {
    const ending: Ending = data && data.state !== "open" ? data.state : "unknown";
    return (
      <Page title={t("survey.title")}>
        {form.isError && readError(form.error).reason !== "invalid_input" ? (
          <Alert tone="danger" title={t("common.errorTitle")}>
            <p className="kern-body">{errorText(readError(form.error), t)}</p>
          </Alert>
        ) : (
          <Outcome ending={ending} />
        )}
      </Page>
    );
  }
  return (
    <Page title={data.survey.title}>
      <AnswerForm token={token} form={data.survey} />
    </Page>
  );
}
