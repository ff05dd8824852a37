import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { DateField } from "@engagiert/ui/date-time-fields";
import { errorText, readError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { SelectField } from "@engagiert/ui/select-field";
import { useSession } from "@engagiert/ui/session";
import { TextField } from "@engagiert/ui/text-field";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { newQuestionId, QuestionsEditor, type QuestionDraft } from "./survey-questions.tsx";
import { useSeesWholeCity } from "./use-staff.ts";
import { useSurveyT } from "../survey-messages.ts";

export type SurveyView = RouterOutputs["surveys"]["get"];

/** The value of the "for whom" choice that stands for the whole city. */
const CITY_WIDE = "city";

type Draft = {
  organisationId: string;
  title: string;
  intro: string;
  closesOn: string;
  questions: QuestionDraft[];
};

function draftOf(view: SurveyView | null, organisationId: string, starter: string[]): Draft {
  if (view) {
    return {
      organisationId: view.organisationId ?? CITY_WIDE,
      title: view.title,
      intro: view.intro,
      closesOn: view.closesOn ?? "",
      questions: view.questions,
    };
  }
  return {
    organisationId,
    title: "",
    intro: "",
    closesOn: "",
    questions: starter.map((text, i) => ({
      id: newQuestionId(),
      kind: i < starter.length - 1 ? "scale" : "text",
      text,
    })),
  };
}

/** Writes a new survey or changes a draft; for whom it is is fixed once it exists. */
export function SurveyEditor(props: { view: SurveyView | null }) {
  const t = useSurveyT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { user } = useSession();
  const seesWholeCity = useSeesWholeCity();
  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity && !props.view,
  });
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(props.view, seesWholeCity ? CITY_WIDE : (user?.organisationId ?? ""), [
      t("surveys.starter.satisfied"),
      t("surveys.starter.supported"),
      t("surveys.starter.wish"),
    ]),
  );
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.surveys.pathKey() });
  const create = useMutation(
    trpc.surveys.create.mutationOptions({
      onSuccess: async (created) => {
        await invalidate();
        await navigate({ to: "/umfragen/$surveyId", params: { surveyId: created.id } });
      },
    }),
  );
  const update = useMutation(trpc.surveys.update.mutationOptions({ onSuccess: invalidate }));
  const save = props.view ? update : create;
  const failure = save.error ? readError(save.error) : null;
  const errors = failure?.fieldErrors ?? {};
  const errorAt = (path: string, isGroup = false) =>
    errors[path]?.[0] ??
    (isGroup
      ? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1]?.[0]
      : undefined) ??
    null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      title: draft.title,
      intro: draft.intro,
      closesOn: draft.closesOn || null,
      questions: draft.questions,
    };
    if (props.view) update.mutate({ ...fields, surveyId: props.view.id });
    else {
      const organisationId = draft.organisationId === CITY_WIDE ? null : draft.organisationId;
      create.mutate({ ...fields, organisationId });
    }
  }

  return (
    <form className="engagiert-form engagiert-form--wide" noValidate onSubmit={submit}>
      {failure ? (
        <Alert tone="danger" title={t("common.errorSummary")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
      {update.isSuccess ? <Alert tone="success" title={t("common.saved")} isLive /> : null}
      <Fieldset legend={t("surveys.basics")}>
        {seesWholeCity && !props.view && organisations.data ? (
          <SelectField
            label={t("surveys.for")}
            hint={t("surveys.forHint")}
            value={draft.organisationId}
            onChange={(e) => set({ organisationId: e.target.value })}
            error={errorAt("organisationId")}
            options={[
              { value: CITY_WIDE, label: t("surveys.wholeCity") },
              ...organisations.data.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ) : null}
        <TextField
          label={t("surveys.title")}
          value={draft.title}
          maxLength={160}
          onChange={(e) => set({ title: e.target.value })}
          error={errorAt("title")}
        />
        <TextareaField
          label={t("surveys.intro")}
          hint={t("surveys.introHint")}
          value={draft.intro}
          maxLength={2000}
          onChange={(e) => set({ intro: e.target.value })}
          error={errorAt("intro")}
        />
        <DateField
          label={t("surveys.closesOn")}
          hint={t("surveys.closesOnHint")}
          value={draft.closesOn}
          onChange={(e) => set({ closesOn: e.target.value })}
          error={errorAt("closesOn")}
        />
      </Fieldset>
      <QuestionsEditor
        questions={draft.questions}
        onChange={(questions) => set({ questions })}
        errorAt={errorAt}
      />
      <div className="engagiert-actions">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("common.saving") : t("surveys.saveDraft")}
        </Button>
      </div>
    </form>
  );
}
