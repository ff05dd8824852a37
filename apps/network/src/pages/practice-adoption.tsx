import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatDate, isoDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { usePracticeT } from "../practice-messages.ts";
import type { PracticeView } from "./practice-detail-page.tsx";
import { usePracticeLabels } from "./practice-parts.tsx";

type Done = "adoptDone" | "noteSaved" | "unadoptDone";

/** Who adopted the practice, and — for another city's voices — "we adopted this" with a note. */
export function AdoptionSection({ practice: p }: { practice: PracticeView }) {
  const t = usePracticeT();
  const [language] = useLanguage();
  const labels = usePracticeLabels();
  return (
    <section className="engagiert-section" aria-labelledby="practice-adoptions">
      <h2 id="practice-adoptions" className="kern-heading-medium">
        {t("practice.adoptedBy")}
      </h2>
      {p.adoptions.length > 0 ? (
        <ul className="engagiert-notes">
          {p.adoptions.map((adoption) => (
            <li key={adoption.citySlug}>
              <p className="kern-body">
                <strong>{adoption.cityName}</strong> ({labels.state(adoption.federalState)}),{" "}
                <time dateTime={isoDate(adoption.adoptedAt)}>
                  {t("practice.adoptedOn", { date: formatDate(adoption.adoptedAt, language) })}
                </time>
              </p>
              {adoption.note ? (
                <p className="kern-body engagiert-practice-text">{adoption.note}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{t("practice.noAdoptions")}</p>
      )}
      {p.viewer.mayAdopt ? <AdoptionForm practice={p} /> : null}
    </section>
  );
}

function AdoptionForm({ practice: p }: { practice: PracticeView }) {
  const t = usePracticeT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = p.viewer.myAdoption;
  const [note, setNote] = useState(mine?.note ?? "");
  const [done, setDone] = useState<Done | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.practices.pathKey() });
  const adopt = useMutation(
    trpc.practices.adopt.mutationOptions({
      onSuccess: async (result) => {
        setDone(result.isNew ? "adoptDone" : "noteSaved");
        await refresh();
      },
    }),
  );
  const unadopt = useMutation(
    trpc.practices.unadopt.mutationOptions({
      onSuccess: async () => {
        setDone("unadoptDone");
        setNote("");
        await refresh();
      },
    }),
  );
  const failure = adopt.error
    ? readError(adopt.error)
    : unadopt.error
      ? readError(unadopt.error)
      : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    adopt.mutate({ practiceId: p.id, note });
  }

  return (
    <form className="engagiert-form engagiert-section" noValidate onSubmit={submit}>
      <h3 className="kern-heading-small">{t("practice.adoptTitle")}</h3>
      {mine ? (
        <p className="kern-body">{t("practice.adoptedByUs")}</p>
      ) : (
        <p className="kern-body">{t("practice.adoptIntro")}</p>
      )}
      <TextareaField
        label={t("practice.adoptNote")}
        hint={t("practice.adoptNoteHint")}
        name="note"
        rows={3}
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={failure?.fieldErrors.note?.[0]}
      />
      <div className="engagiert-actions">
        <Button type="submit" disabled={adopt.isPending}>
          {mine ? t("practice.saveNote") : t("practice.adopt")}
        </Button>
        {mine ? (
          <Button
            variant="tertiary"
            disabled={unadopt.isPending}
            onClick={() => {
              setDone(null);
              unadopt.mutate({ id: p.id });
            }}
          >
            {t("practice.unadopt")}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite">
        {done ? <Alert tone="success" title={t(`practice.${done}`)} /> : null}
      </div>
      {failure && !failure.fieldErrors.note ? (
        <Alert tone="danger" title={t("common.errorTitle")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
    </form>
  );
}
