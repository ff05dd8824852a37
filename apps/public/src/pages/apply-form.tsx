import { APPLICATION_CONSENT } from "@engagiert/domain/engagement";
import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { errorText, readError } from "@engagiert/ui/errors";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useAppT } from "../messages.ts";
import { PersonFields } from "./person-fields.tsx";

type Fields = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  birthYear: string;
  birthDate: string;
  guardianEmail: string;
  message: string;
  hasConsented: boolean;
};

const EMPTY: Fields = {
  firstName: "",
  lastName: "",
  email: "",
  phone: "",
  birthYear: "",
  birthDate: "",
  guardianEmail: "",
  message: "",
  hasConsented: false,
};

const OWN_REASONS = ["already_applied", "opportunity_closed", "link_used"] as const;

/** Applying without an account: the low threshold of RULES.md; confirmed by e-mail afterwards. */
export function ApplyForm(props: { opportunityId: string; minimumAge: number }) {
  const t = useAppT();
  const trpc = useTRPC();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [missing, setMissing] = useState<Partial<Record<keyof Fields, boolean>>>({});
  const submit = useMutation(trpc.applications.submit.mutationOptions());
  const failure = submit.error ? readError(submit.error) : null;
  const fieldError = (name: keyof Fields) =>
    missing[name] ? t("apply.required") : (failure?.fieldErrors[name]?.[0] ?? null);
  const set = <K extends keyof Fields>(name: K, value: Fields[K]) =>
    setFields((f) => ({ ...f, [name]: value }));

  const year = Number(fields.birthYear);
  const mayBeMinor = fields.birthYear.length === 4 && new Date().getFullYear() - year <= 18;
  const isAskingBirthDate = Boolean(failure?.fieldErrors.birthDate) || fields.birthDate !== "";
  const isAskingGuardian = mayBeMinor || Boolean(failure?.fieldErrors.guardianEmail);
  const formError =
    failure && Object.keys(failure.fieldErrors).length === 0
      ? (OWN_REASONS as readonly string[]).includes(failure.reason ?? "")
        ? t(`errors.${failure.reason as (typeof OWN_REASONS)[number]}`)
        : errorText(failure, t)
      : null;

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required: (keyof Fields)[] = ["firstName", "lastName", "email", "birthYear"];
    const gaps = Object.fromEntries(required.map((name) => [name, !String(fields[name]).trim()]));
    setMissing(gaps);
    if (Object.values(gaps).some(Boolean)) return;
    submit.mutate({
      opportunityId: props.opportunityId,
      firstName: fields.firstName,
      lastName: fields.lastName,
      email: fields.email,
      phone: fields.phone || undefined,
      birthYear: /^\d+$/.test(fields.birthYear) ? Number(fields.birthYear) : Number.NaN,
      birthDate: isAskingBirthDate && fields.birthDate ? fields.birthDate : undefined,
      guardianEmail: isAskingGuardian && fields.guardianEmail ? fields.guardianEmail : undefined,
      message: fields.message,
      hasConsented: fields.hasConsented as true,
    });
  }

  return (
    <section aria-labelledby="apply-heading">
      <h2 id="apply-heading" className="kern-heading-medium">
        {t("apply.title")}
      </h2>
      {submit.isSuccess ? (
        <Alert tone="success" title={t("apply.sentTitle")} isLive>
          <p className="kern-body">{t("apply.sentText", { email: submit.data.email })}</p>
          {submit.data.isMinor ? <p className="kern-body">{t("apply.sentMinor")}</p> : null}
        </Alert>
      ) : (
        <>
          <p className="kern-body">{t("apply.intro")}</p>
          {formError ? (
            <Alert tone="danger" title={t("common.errorTitle")} isLive>
              <p className="kern-body">{formError}</p>
            </Alert>
          ) : failure ? (
            <Alert tone="danger" title={t("common.errorSummary")} isLive />
          ) : null}
          <form className="engagiert-form" onSubmit={send} noValidate>
            <PersonFields
              values={fields}
              onChange={(name, value) => set(name, value)}
              errorOf={fieldError}
            />
            {isAskingBirthDate ? (
              <TextField
                label={t("apply.birthDate")}
                hint={t("apply.birthDateHint")}
                type="date"
                autoComplete="bday"
                value={fields.birthDate}
                onChange={(e) => set("birthDate", e.target.value)}
                error={fieldError("birthDate")}
              />
            ) : null}
            {isAskingGuardian ? (
              <TextField
                label={t("apply.guardianEmail")}
                hint={t("apply.guardianEmailHint")}
                type="email"
                value={fields.guardianEmail}
                onChange={(e) => set("guardianEmail", e.target.value)}
                error={fieldError("guardianEmail")}
              />
            ) : null}
            <TextareaField
              label={t("apply.message")}
              hint={t("apply.messageHint")}
              maxLength={2000}
              value={fields.message}
              onChange={(e) => set("message", e.target.value)}
              error={fieldError("message")}
            />
            <CheckboxField
              label={t("apply.consent", { version: APPLICATION_CONSENT.version })}
              checked={fields.hasConsented}
              onChange={(e) => set("hasConsented", e.target.checked)}
              error={fieldError("hasConsented")}
            />
            <Button type="submit" disabled={submit.isPending}>
              {submit.isPending ? t("apply.sending") : t("apply.submit")}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
