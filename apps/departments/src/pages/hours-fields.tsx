import { NumberField } from "@engagiert/ui/date-time-fields";
import { errorText, type ReadableError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { useHoursT, type HoursMessageKey } from "../hours-messages.ts";

/** Minutes as "2 Std. 30 Min." in the user's language. */
export function useDuration() {
  const t = useHoursT();
  return (total: number) => {
    const hours = Math.floor(total / 60);
    const minutes = total % 60;
    if (hours === 0) return t("hours.duration.m", { minutes });
    if (minutes === 0) return t("hours.duration.h", { hours });
    return t("hours.duration.hm", { hours, minutes });
  };
}

/** A calendar day (`YYYY-MM-DD`) as "24. November 2026". */
export function useDay() {
  const [language] = useLanguage();
  return (isoDate: string) => formatDate(new Date(`${isoDate}T12:00:00Z`), language);
}

export const HOUR_REASONS = [
  "future_date",
  "day_full",
  "not_active",
  "already_approved",
  "not_pending",
  "not_approved",
] as const;
export type HourReason = (typeof HOUR_REASONS)[number];

export const hourReasonOf = (error: ReadableError | null): HourReason | null =>
  HOUR_REASONS.find((r) => r === error?.reason) ?? null;

/** A refusal of the hour rules in the user's language, or the API's own sentence. */
export function useHoursErrorText() {
  const t = useHoursT();
  const duration = useDuration();
  return (error: ReadableError, remainingMinutes: number | null = null) => {
    const reason = hourReasonOf(error);
    if (!reason) return errorText(error, t);
    return t(`hours.error.${reason}`, { duration: duration(remainingMinutes ?? 0) });
  };
}

export type Duration = { hours: string; minutes: string };

const wholeIn = (value: string, max: number) =>
  value.trim() === "" || (/^\d+$/.test(value.trim()) && Number(value) <= max);

/** The minutes of the two fields, or which field is wrong. */
export function readDuration(
  value: Duration,
  options: { isZeroAllowed?: boolean } = {},
): { ok: true; minutes: number } | { ok: false; field: keyof Duration; message: HoursMessageKey } {
  if (!wholeIn(value.hours, 24)) {
    return { ok: false, field: "hours", message: "hours.form.hoursInvalid" };
  }
  if (!wholeIn(value.minutes, 59)) {
    return { ok: false, field: "minutes", message: "hours.form.minutesInvalid" };
  }
  const minutes = Number(value.hours || 0) * 60 + Number(value.minutes || 0);
  if (minutes === 0 && !options.isZeroAllowed) {
    return { ok: false, field: "hours", message: "hours.form.durationMissing" };
  }
  return { ok: true, minutes };
}

export const durationOf = (minutes: number): Duration => ({
  hours: String(Math.floor(minutes / 60)),
  minutes: String(minutes % 60),
});

/** Hours and minutes as two fields under one legend; `error` is about the duration as a whole. */
export function DurationFields(props: {
  value: Duration;
  onChange: (value: Duration) => void;
  hint: string;
  error: string | null;
  fieldError: { field: keyof Duration; message: string } | null;
}) {
  const t = useHoursT();
  const errorFor = (field: keyof Duration) =>
    props.fieldError?.field === field ? props.fieldError.message : null;
  return (
    <Fieldset legend={t("hours.form.duration")} hint={props.hint} error={props.error} isHorizontal>
      <NumberField
        label={t("hours.form.hours")}
        inputMode="numeric"
        min={0}
        max={24}
        step={1}
        value={props.value.hours}
        onChange={(e) => props.onChange({ ...props.value, hours: e.target.value })}
        error={errorFor("hours")}
      />
      <NumberField
        label={t("hours.form.minutes")}
        inputMode="numeric"
        min={0}
        max={59}
        step={5}
        value={props.value.minutes}
        onChange={(e) => props.onChange({ ...props.value, minutes: e.target.value })}
        error={errorFor("minutes")}
      />
    </Fieldset>
  );
}
