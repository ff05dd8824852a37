import { SHIFT_CONSENT } from "@engagiert/domain/opportunities";
import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { errorText, readError } from "@engagiert/ui/errors";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useAppT } from "../messages.ts";
import { PersonFields } from "./person-fields.tsx";

type Fields = {
  firstName: string;
  lastName: string;
  email: string;
  birthYear: string;
  hasConsented: boolean;
};

const EMPTY: Fields = {
  firstName: "",
  lastName: "",
  email: "",
  birthYear: "",
  hasConsented: false,
};

/**
 * Taking a shift without an account: the sign-up is confirmed by the link in an e-mail (the same
 * low threshold as an application).
 */
export function ShiftRequestForm(props: { shiftId: string; id: string; onClose: () => void }) {
  const t = useAppT();
  const trpc = useTRPC();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [missing, setMissing] = useState<Partial<Record<keyof Fields, boolean>>>({});
  const request = useMutation(trpc.shifts.request.mutationOptions());
  // The button that opened the form is gone: keyboard focus continues in the form.
  const container = useRef<HTMLElement>(null);
  useEffect(() => {
    container.current?.querySelector("input")?.focus();
  }, []);
  const failure = request.error ? readError(request.error) : null;
  const fieldError = (name: keyof Fields) =>
    missing[name] ? t("shifts.request.required") : (failure?.fieldErrors[name]?.[0] ?? null);
  const set = <K extends keyof Fields>(name: K, value: Fields[K]) =>
    setFields((f) => ({ ...f, [name]: value }));

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required: (keyof Fields)[] = ["firstName", "lastName", "email", "birthYear"];
    const gaps = Object.fromEntries(required.map((name) => [name, !String(fields[name]).trim()]));
    setMissing(gaps);
    if (Object.values(gaps).some(Boolean)) return;
    request.mutate({
      shiftId: props.shiftId,
      firstName: fields.firstName,
      lastName: fields.lastName,
      email: fields.email,
      birthYear: /^\d+$/.test(fields.birthYear) ? Number(fields.birthYear) : Number.NaN,
      hasConsented: fields.hasConsented as true,
    });
  }

  if (request.isSuccess) {
    return (
      <div id={props.id}>
        <Alert tone="success" title={t("shifts.request.sentTitle")} isLive>
          <p className="kern-body">{t("shifts.request.sentText", { email: request.data.email })}</p>
        </Alert>
      </div>
    );
  }

  const headingId = `${props.id}-heading`;
  return (
    <section id={props.id} aria-labelledby={headingId} ref={container}>
      <h3 id={headingId} className="kern-heading-small">
        {t("shifts.request.title")}
      </h3>
      <p className="kern-body">{t("shifts.request.intro")}</p>
      {failure ? (
        <Alert
          tone="danger"
          title={
            Object.keys(failure.fieldErrors).length > 0
              ? t("common.errorSummary")
              : t("common.errorTitle")
          }
          isLive
        >
          {Object.keys(failure.fieldErrors).length === 0 ? (
            <p className="kern-body">{errorText(failure, t)}</p>
          ) : null}
        </Alert>
      ) : null}
      <form className="engagiert-form" onSubmit={send} noValidate>
        <PersonFields
          values={fields}
          onChange={(name, value) => set(name, value)}
          errorOf={fieldError}
        />
        <CheckboxField
          label={t("shifts.request.consent", { version: SHIFT_CONSENT.version })}
          checked={fields.hasConsented}
          onChange={(e) => set("hasConsented", e.target.checked)}
          error={fieldError("hasConsented")}
        />
        <p className="engagiert-actions">
          <Button type="submit" disabled={request.isPending}>
            {request.isPending ? t("shifts.request.sending") : t("shifts.request.submit")}
          </Button>{" "}
          <Button type="button" variant="secondary" onClick={props.onClose}>
            {t("shifts.request.close")}
          </Button>
        </p>
      </form>
    </section>
  );
}
