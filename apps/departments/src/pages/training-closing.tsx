import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate, formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { personName } from "@engagiert/ui/person-name";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { TrainingView } from "./training-detail-page.tsx";
import { useTrainingErrorText } from "./training-format.ts";
import { useTrainingT } from "../training-messages.ts";

type Result = RouterOutputs["trainingAdmin"]["close"]["results"][number];
type Missing = Extract<Result["outcome"], { status: "not_granted" }>["missing"][number];

const day = (iso: string, language: "de" | "en") =>
  formatDate(new Date(`${iso}T12:00:00Z`), language);

/** Each result in plain words: what the person received, or what is still missing. */
function useResultText(qualification: string) {
  const t = useTrainingT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const types = useQuery(trpc.trainingAdmin.qualificationTypes.queryOptions());
  const typeName = (slug: string) => {
    const type = types.data?.find((x) => x.slug === slug);
    return type ? (language === "de" ? type.nameDe : type.nameEn) : slug;
  };
  const missingText = (m: Missing) => {
    if (m.code === "age")
      return t("trainingClosing.missingAge", { age: m.age, minimumAge: m.minimumAge });
    if (m.code === "units") {
      return t("trainingClosing.missingUnits", {
        attended: m.attendedUnits,
        required: m.requiredUnits,
      });
    }
    if (m.code === "requires") {
      return m.maxAgeMonths
        ? t("trainingClosing.missingRecent", { name: typeName(m.typeSlug), months: m.maxAgeMonths })
        : t("trainingClosing.missingType", { name: typeName(m.typeSlug) });
    }
    return t("trainingClosing.missingRenewal", { minutes: m.neededMinutes });
  };
  return (r: Result) => {
    const o = r.outcome;
    if (o.status === "no_qualification")
      return t("trainingClosing.attended", { count: r.attendedUnits });
    if (o.status === "not_granted") return o.missing.map(missingText).join("; ");
    if (o.isRenewal)
      return t("trainingClosing.renewed", {
        name: qualification,
        date: day(o.validUntil!, language),
      });
    return o.validUntil
      ? t("trainingClosing.grantedUntil", {
          name: qualification,
          date: day(o.validUntil, language),
        })
      : t("trainingClosing.grantedForever", { name: qualification });
  };
}

/** The results of closing, as two lists: who received the qualification and who did not. */
function ResultLists(props: {
  results: Result[];
  qualification: string | null;
  justified?: { ids: string[]; toggle: (personId: string, on: boolean) => void };
  /** The lists' headings sit one level below the heading above them. */
  headingLevel: 3 | 4;
}) {
  const t = useTrainingT();
  const text = useResultText(props.qualification ?? "");
  const name = (r: Result) => personName(t, r);
  if (props.results.length === 0)
    return <p className="kern-body">{t("training.noParticipants")}</p>;
  if (!props.qualification) {
    return (
      <ul className="kern-list">
        {props.results.map((r) => (
          <li key={r.personId}>
            {name(r)}: {text(r)}
          </li>
        ))}
      </ul>
    );
  }
  const granted = props.results.filter((r) => r.outcome.status === "granted");
  const refused = props.results.filter((r) => r.outcome.status === "not_granted");
  const Heading = props.headingLevel === 3 ? "h3" : "h4";
  const isTooYoung = (r: Result) =>
    r.outcome.status === "not_granted" && r.outcome.missing.some((m) => m.code === "age");
  return (
    <>
      <Heading className="kern-heading-small">
        {t("trainingClosing.grantedList", { count: granted.length })}
      </Heading>
      {granted.length === 0 ? (
        <p className="kern-body">{t("common.none")}</p>
      ) : (
        <ul className="kern-list">
          {granted.map((r) => (
            <li key={r.personId}>
              {name(r)}: {text(r)}
            </li>
          ))}
        </ul>
      )}
      <Heading className="kern-heading-small">
        {t("trainingClosing.refusedList", { count: refused.length })}
      </Heading>
      {refused.length === 0 ? (
        <p className="kern-body">{t("common.none")}</p>
      ) : (
        <ul className="kern-list">
          {refused.map((r) => (
            <li key={r.personId}>
              {name(r)}: {text(r)}
              {props.justified && (isTooYoung(r) || props.justified.ids.includes(r.personId)) ? (
                <CheckboxField
                  label={t("trainingClosing.justified", { name: name(r) })}
                  checked={props.justified.ids.includes(r.personId)}
                  onChange={(e) => props.justified!.toggle(r.personId, e.target.checked)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Closing: a preview of who would receive the qualification (with justified cases for the
 * lower age), a confirmation, and the result in plain words.
 */
export function TrainingClosing(props: { view: TrainingView; qualificationName: string | null }) {
  const t = useTrainingT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const failureText = useTrainingErrorText();
  const { view } = props;
  const [isPreviewing, setIsPreviewing] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [justified, setJustified] = useState<string[]>([]);
  const input = { trainingId: view.id, justifiedPersonIds: justified };
  const preview = useQuery({
    ...trpc.trainingAdmin.closingPreview.queryOptions(input),
    enabled: isPreviewing && view.status === "published",
  });
  const close = useMutation(
    trpc.trainingAdmin.close.mutationOptions({
      onSuccess: () => {
        setIsConfirming(false);
        return queryClient.invalidateQueries({ queryKey: trpc.trainingAdmin.pathKey() });
      },
    }),
  );
  const toggle = (personId: string, on: boolean) =>
    setJustified((ids) => (on ? [...ids, personId] : ids.filter((id) => id !== personId)));

  return (
    <section aria-labelledby="closing-heading" className="engagiert-section">
      <h2 id="closing-heading" className="kern-heading-medium">
        {t("trainingClosing.title")}
      </h2>
      {close.data ? (
        <>
          <Alert
            tone="success"
            title={t("trainingClosing.done", { count: close.data.grantedCount })}
            isLive
          />
          <ResultLists
            results={close.data.results}
            qualification={props.qualificationName}
            headingLevel={3}
          />
        </>
      ) : view.status === "closed" ? (
        <p className="kern-body">
          {t("trainingClosing.closedOn", {
            date: view.closedAt ? formatDateTime(view.closedAt, language) : "",
          })}
        </p>
      ) : (
        <>
          <p className="kern-body">
            {props.qualificationName
              ? t("trainingClosing.intro", { name: props.qualificationName })
              : t("trainingClosing.introWithout")}
          </p>
          {!view.isOver ? <p className="kern-body">{t("trainingClosing.notOver")}</p> : null}
          <div className="engagiert-actions">
            <Button
              variant="secondary"
              aria-expanded={isPreviewing}
              onClick={() => setIsPreviewing((v) => !v)}
            >
              {isPreviewing ? t("trainingClosing.hidePreview") : t("trainingClosing.showPreview")}
            </Button>
            {view.isOver ? (
              <Button aria-expanded={isConfirming} onClick={() => setIsConfirming(true)}>
                {t("trainingClosing.close")}
              </Button>
            ) : null}
          </div>
          {isConfirming ? (
            <div className="engagiert-form">
              <Alert tone="warning" title={t("trainingClosing.confirmTitle")}>
                <p className="kern-body">{t("trainingClosing.confirmText")}</p>
              </Alert>
              <div className="engagiert-actions">
                <Button disabled={close.isPending} onClick={() => close.mutate(input)}>
                  {t("trainingClosing.confirm")}
                </Button>
                <Button variant="tertiary" onClick={() => setIsConfirming(false)}>
                  {t("common.cancel")}
                </Button>
              </div>
            </div>
          ) : null}
          {close.error ? (
            <Alert tone="danger" title={t("common.refused")} isLive>
              <p className="kern-body">{failureText(close.error)}</p>
            </Alert>
          ) : null}
          {isPreviewing ? (
            <div>
              <h3 className="kern-heading-small">{t("trainingClosing.previewTitle")}</h3>
              {preview.isPending ? (
                <Loading />
              ) : preview.isError ? (
                <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
              ) : (
                <ResultLists
                  results={preview.data.results}
                  qualification={props.qualificationName}
                  justified={{ ids: justified, toggle }}
                  headingLevel={4}
                />
              )}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
