import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { DateField } from "@engagiert/ui/date-time-fields";
import { readError } from "@engagiert/ui/errors";
import { isoDate } from "@engagiert/ui/format";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import {
  DurationFields,
  durationOf,
  hourReasonOf,
  readDuration,
  useDuration,
  useHoursErrorText,
  type Duration,
} from "./hours-fields.tsx";
import { useHoursT } from "../hours-messages.ts";

type Figures = { workedOn: string; minutes: number; activity: string };

/**
 * Corrects an approved entry. The entry itself never changes: the correction is a new approved
 * entry with the right figures and the reason, shown beside the one it corrects.
 */
export function CorrectionForm(props: {
  entryId: string;
  engagementId: string;
  current: Figures;
  label: string;
  onDone: (isSaved: boolean) => void;
}) {
  const t = useHoursT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const duration = useDuration();
  const hoursErrorText = useHoursErrorText();
  const [workedOn, setWorkedOn] = useState(props.current.workedOn);
  const [time, setTime] = useState<Duration>(durationOf(props.current.minutes));
  const [activity, setActivity] = useState(props.current.activity);
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<ReturnType<typeof readDuration> | null>(null);
  const correct = useMutation(
    trpc.hours.correct.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.hours.pathKey() });
        props.onDone(true);
      },
    }),
  );
  const remaining = useQuery({
    ...trpc.hours.remaining.queryOptions({
      engagementId: props.engagementId,
      workedOn,
      exceptEntryId: props.entryId,
    }),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(workedOn),
  });
  const remainingMinutes = remaining.data?.remainingMinutes ?? null;
  const failure = correct.error ? readError(correct.error) : null;
  const refusal = hourReasonOf(failure);
  const errorOf = (field: string, reasons: readonly string[] = []) =>
    failure && refusal && reasons.includes(refusal)
      ? hoursErrorText(failure, remainingMinutes)
      : (failure?.fieldErrors[field]?.[0] ?? null);
  const localError = local && !local.ok ? local : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const read = readDuration(time, { isZeroAllowed: true });
    setLocal(read);
    if (!read.ok) return;
    correct.mutate({ entryId: props.entryId, workedOn, minutes: read.minutes, activity, reason });
  }
  const change =
    <T,>(setter: (v: T) => void) =>
    (value: T) => {
      correct.reset();
      setLocal(null);
      setter(value);
    };

  return (
    <form
      className="engagiert-form"
      onSubmit={submit}
      noValidate
      aria-label={t("hours.correct.title", { label: props.label })}
    >
      <p className="kern-body">{t("hours.correct.intro")}</p>
      {failure && !refusal && Object.keys(failure.fieldErrors).length === 0 ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{hoursErrorText(failure)}</p>
        </Alert>
      ) : failure || localError ? (
        <Alert tone="danger" title={t("common.errorSummary")} isLive>
          {refusal === "not_approved" || refusal === "already_approved" ? (
            <p className="kern-body">{hoursErrorText(failure!)}</p>
          ) : null}
        </Alert>
      ) : null}
      <DateField
        label={t("hours.form.date")}
        value={workedOn}
        max={isoDate(new Date())}
        onChange={(e) => change(setWorkedOn)(e.target.value)}
        error={errorOf("workedOn", ["future_date", "not_active"])}
      />
      <DurationFields
        value={time}
        onChange={change(setTime)}
        hint={
          remainingMinutes !== null && !remaining.data?.isFuture
            ? `${t("hours.form.durationHint")} ${t("hours.form.remaining", { duration: duration(remainingMinutes) })}`
            : t("hours.form.durationHint")
        }
        error={localError ? null : errorOf("minutes", ["day_full"])}
        fieldError={localError ? { field: localError.field, message: t(localError.message) } : null}
      />
      <TextField
        label={t("hours.form.activity")}
        value={activity}
        maxLength={300}
        onChange={(e) => change(setActivity)(e.target.value)}
        error={errorOf("activity")}
      />
      <TextareaField
        label={t("hours.correct.reason")}
        hint={t("hours.correct.reasonHint")}
        value={reason}
        maxLength={500}
        rows={2}
        required
        autoFocus
        onChange={(e) => change(setReason)(e.target.value)}
        error={errorOf("reason")}
      />
      <p className="engagiert-actions">
        <Button type="submit" disabled={correct.isPending}>
          {correct.isPending ? t("hours.form.sending") : t("hours.correct.send")}
        </Button>
        <Button variant="secondary" onClick={() => props.onDone(false)}>
          {t("common.cancel")}
        </Button>
      </p>
    </form>
  );
}
