import { useId } from "react";
import { Fieldset } from "./fieldset.tsx";

export interface RadioOption {
  value: string;
  label: string;
}

/** One choice out of a few, as radio buttons in a fieldset. */
export function RadioGroup(props: {
  legend: string;
  name?: string;
  value: string;
  options: readonly RadioOption[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
  isHorizontal?: boolean;
}) {
  const generated = useId();
  const name = props.name ?? generated;
  return (
    <Fieldset
      legend={props.legend}
      hint={props.hint}
      error={props.error}
      isHorizontal={props.isHorizontal}
    >
      {props.options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div key={option.value} className="kern-form-check">
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
              className={`kern-form-check__radio${props.error ? " kern-form-check__radio--error" : ""}`}
            />
            <label className="kern-label" htmlFor={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </Fieldset>
  );
}
