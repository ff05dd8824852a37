import { TextField } from "@engagiert/ui/text-field";
import { useAppT } from "../messages.ts";

/** Who someone is, as the low-threshold forms (application, shift request) ask it. */
export type PersonFieldValues = {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  birthYear: string;
};

type Name = keyof PersonFieldValues;

/**
 * The name, e-mail, optional phone and birth year fields of a form, with their errors. The
 * phone field shows only where the form keeps a phone value.
 */
export function PersonFields<F extends PersonFieldValues>(props: {
  values: F;
  onChange: (name: Name & keyof F, value: string) => void;
  errorOf: (name: Name & keyof F) => string | null | undefined;
}) {
  const t = useAppT();
  const { values } = props;
  // A form without a phone value never shows that field, so "phone" only reaches forms that have it.
  const onChange = props.onChange as (name: Name, value: string) => void;
  const errorOf = (name: Name) =>
    (props.errorOf as (name: Name) => string | null | undefined)(name) ?? undefined;
  return (
    <>
      <TextField
        label={t("apply.firstName")}
        autoComplete="given-name"
        required
        maxLength={80}
        value={values.firstName}
        onChange={(e) => onChange("firstName", e.target.value)}
        error={errorOf("firstName")}
      />
      <TextField
        label={t("apply.lastName")}
        autoComplete="family-name"
        required
        maxLength={80}
        value={values.lastName}
        onChange={(e) => onChange("lastName", e.target.value)}
        error={errorOf("lastName")}
      />
      <TextField
        label={t("apply.email")}
        type="email"
        autoComplete="email"
        required
        value={values.email}
        onChange={(e) => onChange("email", e.target.value)}
        error={errorOf("email")}
      />
      {values.phone !== undefined ? (
        <TextField
          label={t("apply.phone")}
          type="tel"
          autoComplete="tel"
          maxLength={40}
          value={values.phone}
          onChange={(e) => onChange("phone", e.target.value)}
          error={errorOf("phone")}
        />
      ) : null}
      <TextField
        label={t("apply.birthYear")}
        hint={t("apply.birthYearHint")}
        inputMode="numeric"
        autoComplete="bday-year"
        required
        maxLength={4}
        value={values.birthYear}
        onChange={(e) => onChange("birthYear", e.target.value.replace(/\D/g, ""))}
        error={errorOf("birthYear")}
      />
    </>
  );
}
