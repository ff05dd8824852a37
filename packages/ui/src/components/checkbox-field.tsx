import { useId, type InputHTMLAttributes } from "react";
import { describedBy, FieldError } from "./text-field.tsx";

/** A checkbox with its label beside it (KERN form check). */
export function CheckboxField({
  label,
  hint,
  error,
  id: givenId,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "className" | "type"> & {
  label: string;
  hint?: string;
  error?: string | null;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  return (
    <div className={`kern-form-check${error ? " kern-form-check--error" : ""}`}>
      <input
        {...input}
        type="checkbox"
        id={id}
        className={`kern-form-check__checkbox${error ? " kern-form-check__checkbox--error" : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </div>
  );
}
