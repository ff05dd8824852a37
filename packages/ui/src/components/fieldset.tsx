import { useId, type ReactNode } from "react";
import { FieldError } from "./text-field.tsx";

/** A group of fields under one legend, with an error for the group as a whole. */
export function Fieldset(props: {
  legend: string;
  hint?: string;
  error?: string | null;
  isHorizontal?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  const described = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      className={`kern-fieldset${props.error ? " kern-fieldset--error" : ""}`}
      aria-describedby={described || undefined}
    >
      <legend className="kern-label">{props.legend}</legend>
      {props.hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? <FieldError id={`${id}-error`} message={props.error} /> : null}
      <div
        className={`kern-fieldset__body${props.isHorizontal ? " kern-fieldset__body--horizontal" : ""}`}
      >
        {props.children}
      </div>
    </fieldset>
  );
}
