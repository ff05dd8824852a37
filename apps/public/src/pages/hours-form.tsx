import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { DateField, NumberField } from "@engagiert/ui/date-time-fields";
import { errorText, readError, type ReadableError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { isoDate } from "@engagiert/ui/format";
import { SelectField } from "@engagiert/ui/select-field";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useDuration } from "./hours-duration.tsx";
import { useHoursT, type HoursMessageKey } from "./hours-messages.ts";

type Engagement = RouterOutputs["hours"]["myEngagementsForHours"][number];
export type EditedEntry = {
  id: string;
  engagementId: string;
  workedOn: string;
  minutes: number;
  activity: string;
};

type Fields = {
  engagementId: string;
  workedOn: string;
  hours: string;
  minutes: string;
  activity: string;
};

const REASONS = ["future_date", "day_full", "not_active", "already_approved"] as const;
type Reason = (typeof REASONS)[number];
/** Which field a refusal of the hour rules is about. */
const FIELD_OF: Record<Reason, keyof Fields | null> = {
  future_date: "workedOn",
  day_full: "minutes",
  not_active: "workedOn",
  already_approved: null,
};

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const wholeIn = (value: string, max: number) =>
  value.trim() === "" || (/^\d+$/.test(value.trim()) && Number(value) <= max);

/** The refusal of an hour rule in the visitor's language, or the API's own sentence. */
export function useHoursErrorText() {
  const t = useHoursT();
  const duration = useDuration();
  return (error: ReadableError, remainingMinutes: number | null) => {
    const reason = REASONS.find((r) => r === error.reason);
    if (!reason) return errorText(error, t);
    return t(`hours.error.${reason}`, { duration: duration(remainingMinutes ?? 0) });
  };
}

/**
 * Logs hours for one of the volunteer's engagements, or changes an entry that is pending or was
 * returned (then sent again). Each rule's refusal is shown at the field it is about.
 */
export function HoursForm(props: {
  engagements?: readonly Engagement[];
  entry?: EditedEntry;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const t = useHoursT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const duration = useDuration();
  const hoursErrorText = useHoursErrorText();
  const { entry } = props;
  const firstActive = props.engagements?.find((e) => e.status === "active");
  const [fields, setFields] = useState<Fields>({
    engagementId: entry?.engagementId ?? firstActive?.id ?? "",
    workedOn: entry?.workedOn ?? isoDate(new Date()),
    hours: entry ? String(Math.floor(entry.minutes / 60)) : "",
    minutes: entry ? String(entry.minutes % 60) : "",
    activity: entry?.activity ?? "",
  });
  const [local, setLocal] = useState<Partial<Record<keyof Fields, HoursMessageKey>>>({});
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.hours.mine.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.hours.myTotals.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.hours.remaining.pathKey() }),
    ]);
  const onSuccess = () => {
    void refresh();
    setFields((f) => ({ ...f, hours: "", minutes: "", activity: "" }));
    props.onDone?.();
  };
  const log = useMutation(trpc.hours.log.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.hours.update.mutationOptions({ onSuccess }));
  const save = entry ? update : log;
  const remaining = useQuery({
    ...trpc.hours.remaining.queryOptions({
      engagementId: fields.engagementId,
      workedOn: fields.workedOn,
      exceptEntryId: entry?.id ?? null,
    }),
    enabled: fields.engagementId !== "" && isDay(fields.workedOn),
  });
  const remainingMinutes = remaining.data?.remainingMinutes ?? null;

  const failure = save.error ? readError(save.error) : null;
  const reason = REASONS.find((r) => r === failure?.reason) ?? null;
  const errorOf = (name: keyof Fields) => {
    if (local[name]) return t(local[name]);
    if (!failure) return null;
    if (reason && FIELD_OF[reason] === name) return hoursErrorText(failure, remainingMinutes);
    return failure.fieldErrors[name]?.[0] ?? null;
  };
  const set = (name: keyof Fields, value: string) => {
    save.reset();
    setLocal((l) => ({ ...l, [name]: undefined }));
    setFields((f) => ({ ...f, [name]: value }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Partial<Record<keyof Fields, HoursMessageKey>> = {};
    if (!fields.engagementId) problems.engagementId = "hours.form.engagementMissing";
    if (!wholeIn(fields.hours, 24)) problems.hours = "hours.form.hoursInvalid";
    if (!wholeIn(fields.minutes, 59)) problems.minutes = "hours.form.minutesInvalid";
    const minutes = Number(fields.hours || 0) * 60 + Number(fields.minutes || 0);
    if (!problems.hours && !problems.minutes && minutes === 0) {
      problems.hours = "hours.form.durationMissing";
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const figures = { workedOn: fields.workedOn, minutes, activity: fields.activity };
    if (entry) update.mutate({ entryId: entry.id, ...figures });
    else log.mutate({ engagementId: fields.engagementId, ...figures });
  }

  const hasFieldError =
    Object.values(local).some(Boolean) ||
    (failure !== null && (Object.keys(failure.fieldErrors).length > 0 || reason !== null));
  const durationError = failure && !local.hours && !local.minutes ? errorOf("minutes") : null;
  const label = (e: Engagement) =>
    t(
      e.status === "paused"
        ? "hours.form.engagementPaused"
        : e.status === "ended"
          ? "hours.form.engagementEnded"
          : "hours.form.engagementOption",
      { title: e.opportunityTitle, organisation: e.organisationName },
    );

  return (
    <form className="engagiert-form" onSubmit={submit} noValidate>
      {save.isSuccess && !entry ? (
        <Alert tone="success" title={t("hours.form.saved")} isLive />
      ) : null}
      {hasFieldError ? (
        <Alert tone="danger" title={t("common.errorSummary")} isLive />
      ) : failure ? (
        <Alert tone="danger" title={t("common.errorTitle")} isLive>
          <p className="kern-body">{hoursErrorText(failure, remainingMinutes)}</p>
        </Alert>
      ) : null}
      {props.engagements ? (
        <SelectField
          label={t("hours.form.engagement")}
          value={fields.engagementId}
          onChange={(e) => set("engagementId", e.target.value)}
          error={errorOf("engagementId")}
          options={[
            ...(fields.engagementId
              ? []
              : [{ value: "", label: t("hours.form.chooseEngagement") }]),
            ...props.engagements.map((e) => ({ value: e.id, label: label(e) })),
          ]}
        />
      ) : null}
      <DateField
        label={t("hours.form.date")}
        hint={t("hours.form.dateHint")}
        value={fields.workedOn}
        max={isoDate(new Date())}
        required
        onChange={(e) => set("workedOn", e.target.value)}
        error={errorOf("workedOn")}
      />
      <Fieldset
        legend={t("hours.form.duration")}
        hint={
          remainingMinutes !== null && remaining.data && !remaining.data.isFuture
            ? `${t("hours.form.durationHint")} ${t("hours.form.remaining", { duration: duration(remainingMinutes) })}`
            : t("hours.form.durationHint")
        }
        error={durationError}
        isHorizontal
      >
        <NumberField
          label={t("hours.form.hours")}
          inputMode="numeric"
          min={0}
          max={24}
          step={1}
          value={fields.hours}
          onChange={(e) => set("hours", e.target.value)}
          error={local.hours ? t(local.hours) : null}
        />
        <NumberField
          label={t("hours.form.minutes")}
          inputMode="numeric"
          min={0}
          max={59}
          step={5}
          value={fields.minutes}
          onChange={(e) => set("minutes", e.target.value)}
          error={local.minutes ? t(local.minutes) : null}
        />
      </Fieldset>
      <TextField
        label={t("hours.form.activity")}
        hint={t("hours.form.activityHint")}
        value={fields.activity}
        maxLength={300}
        required
        onChange={(e) => set("activity", e.target.value)}
        error={errorOf("activity")}
      />
      <p className="engagiert-actions">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending
            ? t("hours.form.sending")
            : entry
              ? t("hours.form.resend")
              : t("hours.form.submit")}
        </Button>
        {props.onCancel ? (
          <Button variant="secondary" onClick={props.onCancel}>
            {t("hours.form.cancel")}
          </Button>
        ) : null}
      </p>
    </form>
  );
}
