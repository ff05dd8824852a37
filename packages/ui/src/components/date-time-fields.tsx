import type { InputHTMLAttributes } from "react";
import { TextField } from "./text-field.tsx";

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "className" | "type"> & {
  label: string;
  hint?: string;
  error?: string | null;
};

/** A date as `YYYY-MM-DD` with the browser's date picker. */
export function DateField(props: FieldProps) {
  return <TextField {...props} type="date" />;
}

/** A time of day as `HH:MM`. */
export function TimeField(props: FieldProps) {
  return <TextField {...props} type="time" />;
}

/** A local date and time (`YYYY-MM-DDTHH:MM`). */
export function DateTimeField(props: FieldProps) {
  return <TextField {...props} type="datetime-local" />;
}

/** A number; the value stays a string in the form until it is sent. */
export function NumberField(props: FieldProps) {
  return <TextField inputMode="decimal" {...props} type="number" />;
}
