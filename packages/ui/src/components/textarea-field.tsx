import { useId, type TextareaHTMLAttributes } from "react";
import { describedBy, FieldError } from "./text-field.tsx";

/** A labelled multi-line text field; hint and error are tied to it like in TextField. */
export function TextareaField({
  label,
  hint,
  error,
  id: givenId,
  rows = 4,
  ...textarea
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "className"> & {
  label: string;
  hint?: string;
  error?: string | null;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      <textarea
        rows={rows}
        {...textarea}
        id={id}
        className={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
