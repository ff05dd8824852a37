import { Button } from "@engagiert/ui/button";
import { Fieldset } from "@engagiert/ui/fieldset";
import { SelectField } from "@engagiert/ui/select-field";
import { TextField } from "@engagiert/ui/text-field";
import { useEffect, useRef, useState } from "react";
import { useSurveyT } from "../survey-messages.ts";

export type QuestionDraft = { id: string; kind: "scale" | "text"; text: string };

/** The most questions a survey takes (the domain's limit). */
const MAX_QUESTIONS = 15;

let counter = 0;
/** A new question's key: short, lower-case and unique within the survey. */
export function newQuestionId(): string {
  counter += 1;
  return `q${Date.now().toString(36)}${counter}`;
}

type Focus = { id: string; control: "text" | "up" | "down" } | { id: null; control: "add" };

/**
 * The questions of a survey, edited by keyboard: each has its kind and text, and buttons to move
 * it up or down or remove it. After a move the focus stays on the moved question's button, after
 * removing it goes to the neighbour, and a live region says what happened.
 */
export function QuestionsEditor(props: {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
  errorAt: (path: string, isGroup?: boolean) => string | null;
}) {
  const t = useSurveyT();
  const { questions, onChange } = props;
  const [announcement, setAnnouncement] = useState("");
  const [focus, setFocus] = useState<Focus | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focus) return;
    const target =
      focus.id === null
        ? addButton.current?.querySelector("button")
        : list.current?.querySelector<HTMLElement>(`[data-focus="${focus.id}-${focus.control}"]`);
    target?.focus();
    setFocus(null);
  }, [focus]);

  const change = (index: number, patch: Partial<QuestionDraft>) =>
    onChange(questions.map((q, i) => (i === index ? { ...q, ...patch } : q)));

  function move(index: number, by: -1 | 1) {
    const to = index + by;
    const next = [...questions];
    [next[index], next[to]] = [next[to]!, next[index]!];
    onChange(next);
    const control = to === 0 ? "down" : to === questions.length - 1 ? "up" : by < 0 ? "up" : "down";
    setFocus({ id: questions[index]!.id, control });
    setAnnouncement(t("surveys.questionMoved", { from: index + 1, to: to + 1 }));
  }

  function remove(index: number) {
    const next = questions.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    setFocus(neighbour ? { id: neighbour.id, control: "text" } : { id: null, control: "add" });
    setAnnouncement(t("surveys.questionRemoved", { number: index + 1 }));
  }

  function add() {
    const question: QuestionDraft = { id: newQuestionId(), kind: "scale", text: "" };
    onChange([...questions, question]);
    setFocus({ id: question.id, control: "text" });
    setAnnouncement(t("surveys.questionAdded", { number: questions.length + 1 }));
  }

  return (
    <Fieldset
      legend={t("surveys.questions")}
      hint={t("surveys.questionsHint")}
      error={props.errorAt("questions")}
    >
      <div ref={list}>
        {questions.map((q, i) => (
          <Fieldset key={q.id} legend={t("surveys.question", { number: i + 1 })}>
            <SelectField
              label={t("surveys.kind")}
              value={q.kind}
              onChange={(e) => change(i, { kind: e.target.value as QuestionDraft["kind"] })}
              options={[
                { value: "scale", label: t("surveys.kind.scale") },
                { value: "text", label: t("surveys.kind.text") },
              ]}
            />
            <TextField
              label={t("surveys.questionText")}
              value={q.text}
              maxLength={300}
              data-focus={`${q.id}-text`}
              onChange={(e) => change(i, { text: e.target.value })}
              error={props.errorAt(`questions.${i}`, true)}
            />
            <div className="engagiert-actions">
              <Button
                variant="tertiary"
                data-focus={`${q.id}-up`}
                disabled={i === 0}
                aria-label={t("surveys.moveUpLabel", { number: i + 1 })}
                onClick={() => move(i, -1)}
              >
                {t("surveys.moveUp")}
              </Button>
              <Button
                variant="tertiary"
                data-focus={`${q.id}-down`}
                disabled={i === questions.length - 1}
                aria-label={t("surveys.moveDownLabel", { number: i + 1 })}
                onClick={() => move(i, 1)}
              >
                {t("surveys.moveDown")}
              </Button>
              <Button
                variant="tertiary"
                aria-label={t("surveys.removeLabel", { number: i + 1 })}
                onClick={() => remove(i)}
              >
                {t("common.remove")}
              </Button>
            </div>
          </Fieldset>
        ))}
      </div>
      <div className="engagiert-actions" ref={addButton}>
        <Button variant="secondary" disabled={questions.length >= MAX_QUESTIONS} onClick={add}>
          {t("surveys.addQuestion")}
        </Button>
      </div>
      <p className="kern-sr-only" aria-live="polite">
        {announcement}
      </p>
    </Fieldset>
  );
}
