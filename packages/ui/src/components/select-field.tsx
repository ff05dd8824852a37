import { useId, type SelectHTMLAttributes } from "react";
import { describedBy, FieldError } from "./text-field.tsx";

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  label,
  hint,
  error,
  options,
  id: givenId,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "className" | "children"> & {
  label: string;
  hint?: string;
  error?: string | null;
  options: readonly SelectOption[];
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
      <div className="kern-form-input__select-wrapper">
        <select
          {...select}
          id={id}
          className={`kern-form-input__select${error ? " kern-form-input__select--error" : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
