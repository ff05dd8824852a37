import { useId, type InputHTMLAttributes } from "react";

/** Ties the hint and the error to the field, so a screen reader reads them with it. */
export function describedBy(id: string, hint?: string, error?: string | null) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldError(props: { id: string; message: string }) {
  return (
    <p className="kern-error" id={props.id}>
      <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
      <span className="kern-body">{props.message}</span>
    </p>
  );
}

export function TextField({
  label,
  hint,
  error,
  id: givenId,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "className"> & {
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
      <input
        type="text"
        {...input}
        id={id}
        className={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
