import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { DateField } from "@engagiert/ui/date-time-fields";
import { readError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { isoDate } from "@engagiert/ui/format";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import {
  DurationFields,
  hourReasonOf,
  readDuration,
  useDuration,
  useHoursErrorText,
  type Duration,
} from "./hours-fields.tsx";
import { useHoursT } from "../hours-messages.ts";

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Staff log hours for a volunteer of their organisation (a paper list, a phone call). With the
 * tick the entry is approved at once by the one who logs it; without, it waits in the queue.
 */
export function StaffHoursForm(props: { engagementId: string }) {
  const t = useHoursT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const duration = useDuration();
  const hoursErrorText = useHoursErrorText();
  const [workedOn, setWorkedOn] = useState(isoDate(new Date()));
  const [time, setTime] = useState<Duration>({ hours: "", minutes: "" });
  const [activity, setActivity] = useState("");
  const [approve, setApprove] = useState(true);
  const [local, setLocal] = useState<ReturnType<typeof readDuration> | null>(null);
  const save = useMutation(
    trpc.hours.logFor.mutationOptions({
      onSuccess: () => {
        setTime({ hours: "", minutes: "" });
        setActivity("");
        void queryClient.invalidateQueries({ queryKey: trpc.hours.pathKey() });
      },
    }),
  );
  const remaining = useQuery({
    ...trpc.hours.remaining.queryOptions({ engagementId: props.engagementId, workedOn }),
    enabled: isDay(workedOn),
  });
  const remainingMinutes = remaining.data?.remainingMinutes ?? null;
  const failure = save.error ? readError(save.error) : null;
  const reason = hourReasonOf(failure);
  const serverError = (field: string, reasons: readonly string[]) =>
    failure && reason && reasons.includes(reason)
      ? hoursErrorText(failure, remainingMinutes)
      : (failure?.fieldErrors[field]?.[0] ?? null);
  const localError = local && !local.ok ? local : null;
  const isFieldError =
    localError !== null ||
    (failure !== null &&
      (Object.keys(failure.fieldErrors).length > 0 ||
        reason === "future_date" ||
        reason === "not_active" ||
        reason === "day_full"));

  function submit(event: FormEvent) {
    event.preventDefault();
    const read = readDuration(time);
    setLocal(read);
    if (!read.ok) return;
    save.mutate({
      engagementId: props.engagementId,
      workedOn,
      minutes: read.minutes,
      activity,
      approve,
    });
  }
  const change =
    <T,>(setter: (v: T) => void) =>
    (value: T) => {
      save.reset();
      setLocal(null);
      setter(value);
    };

  return (
    <form className="engagiert-form" onSubmit={submit} noValidate>
      {save.isSuccess ? (
        <Alert
          tone="success"
          title={t(save.data.status === "approved" ? "hours.log.savedApproved" : "hours.log.saved")}
          isLive
        />
      ) : isFieldError ? (
        <Alert tone="danger" title={t("common.errorSummary")} isLive />
      ) : failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{hoursErrorText(failure, remainingMinutes)}</p>
        </Alert>
      ) : null}
      <DateField
        label={t("hours.form.date")}
        value={workedOn}
        max={isoDate(new Date())}
        required
        onChange={(e) => change(setWorkedOn)(e.target.value)}
        error={serverError("workedOn", ["future_date", "not_active"])}
      />
      <DurationFields
        value={time}
        onChange={change(setTime)}
        hint={
          remainingMinutes !== null && !remaining.data?.isFuture
            ? `${t("hours.form.durationHint")} ${t("hours.form.remaining", { duration: duration(remainingMinutes) })}`
            : t("hours.form.durationHint")
        }
        error={localError ? null : serverError("minutes", ["day_full"])}
        fieldError={localError ? { field: localError.field, message: t(localError.message) } : null}
      />
      <TextField
        label={t("hours.form.activity")}
        value={activity}
        maxLength={300}
        required
        onChange={(e) => change(setActivity)(e.target.value)}
        error={serverError("activity", [])}
      />
      <Fieldset legend={t("hours.log.approval")} hint={t("hours.log.approveHint")}>
        <CheckboxField
          label={t("hours.log.approve")}
          checked={approve}
          onChange={(e) => change(setApprove)(e.target.checked)}
        />
      </Fieldset>
      <p>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("hours.form.sending") : t("hours.form.submit")}
        </Button>
      </p>
    </form>
  );
}
