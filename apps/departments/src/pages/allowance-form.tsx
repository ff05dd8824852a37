import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { DateField } from "@engagiert/ui/date-time-fields";
import { readError } from "@engagiert/ui/errors";
import { isoDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { RadioGroup } from "@engagiert/ui/radio-group";
import { TextField } from "@engagiert/ui/text-field";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { euroToCents, formatEuro } from "./allowance-amount.ts";
import { PersonChooser, type ChosenPerson } from "./allowance-person.tsx";
import { useAllowanceT } from "../allowance-messages.ts";

type Kind = "uebungsleiterpauschale" | "ehrenamtspauschale";
type Check = RouterOutputs["allowances"]["check"];
const KINDS: Kind[] = ["uebungsleiterpauschale", "ehrenamtspauschale"];
const IS_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the allowance rule says about the payment as it stands, before it is saved. */
function Verdict(props: {
  check: Check;
  kind: Kind;
  acceptsExcess: boolean;
  onAcceptsExcess: (value: boolean) => void;
  error: string | null;
}) {
  const t = useAllowanceT();
  const [language] = useLanguage();
  const euro = (cents: number) => formatEuro(cents, language);
  const { decision, year } = props.check;
  const allowance = t(`allowance.kind.${props.kind}`);
  if (decision.kind === "same_activity") {
    return (
      <Alert tone="danger" title={t("allowance.sameActivity")} isLive>
        <p className="kern-body">
          {t("allowance.sameActivityText", { other: t(`allowance.kind.${decision.other}`) })}
        </p>
      </Alert>
    );
  }
  if (decision.kind === "ok") {
    return (
      <Alert tone="info" title={t("allowance.ok")} isLive>
        <p className="kern-body">
          {t("allowance.okText", { allowance, year, remaining: euro(decision.remainingCents) })}
        </p>
      </Alert>
    );
  }
  return (
    <div className="engagiert-form">
      <Alert tone="warning" title={t("allowance.exceeds")} isLive>
        <p className="kern-body">
          {t("allowance.exceedsText", {
            allowance,
            year,
            excess: euro(decision.excessCents),
            limit: euro(decision.limitCents),
            paid: euro(decision.paidCents),
          })}
        </p>
      </Alert>
      <CheckboxField
        label={t("allowance.acceptExcess", { excess: euro(decision.excessCents) })}
        checked={props.acceptsExcess}
        onChange={(e) => props.onAcceptsExcess(e.target.checked)}
        error={props.error}
      />
    </div>
  );
}

/**
 * Records a payment of an allowance for a volunteer. While the form is filled in, the API
 * checks it against the year's limit and the other allowance, so staff see the warning first.
 */
export function AllowanceForm(props: { organisationId: string | null }) {
  const t = useAllowanceT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  const [kind, setKind] = useState<Kind | "">("");
  const [amount, setAmount] = useState("");
  const [paidOn, setPaidOn] = useState(() => isoDate(new Date()));
  const [activity, setActivity] = useState("");
  const [acceptsExcess, setAcceptsExcess] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const cents = euroToCents(amount);
  const draft = useDeferredValue({ amount: cents, activity: activity.trim(), paidOn });
  const isComplete =
    person !== null &&
    kind !== "" &&
    draft.amount !== null &&
    IS_DAY.test(draft.paidOn) &&
    draft.activity.length >= 2;
  const payment = {
    personId: person?.id ?? "",
    allowance: (kind || "ehrenamtspauschale") as Kind,
    amountCents: draft.amount ?? 0,
    paidOn: draft.paidOn,
    activity: draft.activity,
    organisationId: props.organisationId,
  };
  const check = useQuery({
    ...trpc.allowances.check.queryOptions(payment),
    enabled: isComplete,
    placeholderData: keepPreviousData,
  });
  const record = useMutation(
    trpc.allowances.record.mutationOptions({
      onSuccess: () => {
        setAmount("");
        setActivity("");
        setAcceptsExcess(false);
        return queryClient.invalidateQueries({ queryKey: trpc.allowances.pathKey() });
      },
    }),
  );
  const failure = record.error ? readError(record.error) : null;
  const checkFailure = check.error ? readError(check.error) : null;
  const err = (field: string) =>
    errors[field] ??
    failure?.fieldErrors[field]?.[0] ??
    checkFailure?.fieldErrors[field]?.[0] ??
    null;

  function submit() {
    const found: Record<string, string> = {};
    if (!person) found.personId = t("allowance.personRequired");
    if (!kind) found.allowance = t("allowance.allowanceRequired");
    if (cents === null || cents === 0) found.amountCents = t("allowance.amountInvalid");
    if (check.data?.decision.kind === "exceeds" && !acceptsExcess && isComplete) {
      found.acceptsExcess = t("allowance.acceptExcessRequired");
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !person || !kind || cents === null) return;
    record.mutate({
      personId: person.id,
      allowance: kind,
      amountCents: cents,
      paidOn,
      activity,
      acceptsExcess,
      organisationId: props.organisationId,
    });
  }

  return (
    <form
      className="engagiert-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {failure && Object.keys(failure.fieldErrors).length === 0 ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
        </Alert>
      ) : null}
      {record.isSuccess ? <Alert tone="success" title={t("allowance.saved")} isLive /> : null}
      <PersonChooser
        organisationId={props.organisationId}
        person={person}
        year={IS_DAY.test(paidOn) ? Number(paidOn.slice(0, 4)) : new Date().getFullYear()}
        onChange={setPerson}
        error={err("personId")}
      />
      <RadioGroup
        legend={t("allowance.allowance")}
        value={kind}
        onChange={(value) => setKind(value as Kind)}
        error={err("allowance")}
        options={KINDS.map((k) => ({ value: k, label: t(`allowance.kind.${k}`) }))}
      />
      <TextField
        label={t("allowance.amount")}
        hint={t("allowance.amountHint")}
        inputMode="decimal"
        autoComplete="off"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={err("amountCents")}
      />
      <DateField
        label={t("allowance.paidOn")}
        value={paidOn}
        onChange={(e) => setPaidOn(e.target.value)}
        error={err("paidOn")}
      />
      <TextField
        label={t("allowance.activity")}
        hint={t("allowance.activityHint")}
        value={activity}
        maxLength={200}
        onChange={(e) => setActivity(e.target.value)}
        error={err("activity")}
      />
      {isComplete && check.isFetching && !check.data ? (
        <p className="kern-body" role="status">
          {t("allowance.checking")}
        </p>
      ) : null}
      {isComplete && check.data && kind ? (
        <Verdict
          check={check.data}
          kind={kind}
          acceptsExcess={acceptsExcess}
          onAcceptsExcess={setAcceptsExcess}
          error={err("acceptsExcess")}
        />
      ) : null}
      <Button type="submit" disabled={record.isPending}>
        {record.isPending ? t("allowance.saving") : t("allowance.submit")}
      </Button>
    </form>
  );
}
