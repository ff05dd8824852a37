import { Button } from "@engagiert/ui/button";
import { DateField, NumberField, TimeField } from "@engagiert/ui/date-time-fields";
import { Fieldset } from "@engagiert/ui/fieldset";
import { useEffect, useRef } from "react";
import { useTrainingT } from "../training-messages.ts";

/** One session as its fields hold it; `key` keeps a row's identity while rows come and go. */
export type SessionDraft = {
  key: number;
  /** The stored session's id, so its attendance stays with it. */
  id?: string;
  date: string;
  from: string;
  to: string;
  units: string;
};

let nextKey = 1;
export const newSessionKey = () => nextKey++;

const fieldId = (key: number) => `training-session-${key}-date`;

/**
 * The sessions of a training: rows to add and remove, each a fieldset of date, times and units.
 * A new row takes the focus; after a removal the focus goes to the row that moved up (or the add
 * button), so a keyboard user never lands on nothing.
 */
export function SessionsEditor(props: {
  sessions: SessionDraft[];
  onChange: (sessions: SessionDraft[]) => void;
  error: (path: string, isGroup?: boolean) => string | null;
}) {
  const t = useTrainingT();
  const addButton = useRef<HTMLDivElement>(null);
  const focusNext = useRef<number | "add" | null>(null);
  const { sessions, onChange } = props;

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === null) return;
    if (target === "add") addButton.current?.querySelector("button")?.focus();
    else document.getElementById(fieldId(target))?.focus();
  }, [sessions]);

  function add() {
    const last = sessions.at(-1);
    const key = newSessionKey();
    focusNext.current = key;
    onChange([
      ...sessions,
      { key, date: "", from: last?.from ?? "", to: last?.to ?? "", units: last?.units ?? "" },
    ]);
  }

  function remove(index: number) {
    const rest = sessions.filter((_, j) => j !== index);
    focusNext.current = rest[index]?.key ?? rest[index - 1]?.key ?? "add";
    onChange(rest);
  }

  return (
    <Fieldset
      legend={t("training.sessions")}
      hint={t("training.sessionsHint")}
      error={props.error("sessions")}
    >
      {sessions.map((session, i) => {
        const change = (patch: Partial<SessionDraft>) =>
          onChange(sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)));
        const err = (field: string) => props.error(`sessions.${i}.${field}`);
        return (
          <Fieldset
            key={session.key}
            legend={t("training.session", { number: i + 1 })}
            isHorizontal
          >
            <DateField
              id={fieldId(session.key)}
              label={t("training.sessionDate")}
              value={session.date}
              onChange={(e) => change({ date: e.target.value })}
              error={err("startsAt")}
            />
            <TimeField
              label={t("training.sessionFrom")}
              value={session.from}
              onChange={(e) => change({ from: e.target.value })}
            />
            <TimeField
              label={t("training.sessionTo")}
              value={session.to}
              onChange={(e) => change({ to: e.target.value })}
              error={err("endsAt")}
            />
            <NumberField
              label={t("training.sessionUnits")}
              value={session.units}
              min={1}
              max={20}
              onChange={(e) => change({ units: e.target.value })}
              error={err("units") ?? err("id")}
            />
            {sessions.length > 1 ? (
              <Button variant="tertiary" onClick={() => remove(i)}>
                {t("training.removeSession", { number: i + 1 })}
              </Button>
            ) : null}
          </Fieldset>
        );
      })}
      <div ref={addButton}>
        <Button variant="secondary" onClick={add} disabled={sessions.length >= 20}>
          {t("training.addSession")}
        </Button>
      </div>
    </Fieldset>
  );
}
