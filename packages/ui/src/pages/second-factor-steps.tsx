import { useMutation } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTRPC } from "../api.tsx";
import { Alert } from "../components/alert.tsx";
import { Button } from "../components/button.tsx";
import { Loading } from "../components/loading.tsx";
import { TextField } from "../components/text-field.tsx";
import { readError } from "../errors.ts";
import { useSecondFactorT } from "./second-factor-messages.ts";
import {
  RecoveryCodes,
  StepHeading,
  TotpSetupForm,
  useSecondFactorErrorText,
} from "./second-factor-parts.tsx";

/** Leaves the step: the waiting session ends, and the password form comes back. */
function useCancel(onCancel: () => void) {
  const trpc = useTRPC();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSettled: onCancel }));
  return () => signOut.mutate();
}

/** After the password: the code from the app, or a recovery code. */
export function CodeStep(props: { onSignedIn: () => void; onCancel: () => void }) {
  const t = useSecondFactorT();
  const failureText = useSecondFactorErrorText();
  const trpc = useTRPC();
  const cancel = useCancel(props.onCancel);
  const [code, setCode] = useState("");
  const [missing, setMissing] = useState(false);
  const verify = useMutation(
    trpc.auth.verifySecondFactor.mutationOptions({
      onSuccess: (answer) => {
        if (answer.recoveryCodesLeft === null) props.onSignedIn();
      },
    }),
  );
  const failure = verify.error ? readError(verify.error) : null;
  const left = verify.data?.recoveryCodesLeft;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!code.trim());
    if (code.trim()) verify.mutate({ code: code.trim() });
  }

  if (left !== undefined && left !== null) {
    return (
      <>
        <StepHeading>{t("secondFactor.code.title")}</StepHeading>
        <Alert
          tone={left > 2 ? "info" : "warning"}
          title={t("secondFactor.recoveryLeft", { count: left })}
          isLive
        />
        <div className="engagiert-actions">
          <Button onClick={props.onSignedIn}>{t("secondFactor.recovery.continue")}</Button>
        </div>
      </>
    );
  }

  // A wrong or used code belongs to the field; anything else (a pause, an expired step) above it.
  const isFieldProblem = failure?.reason === "wrong_code" || failure?.reason === "code_used";
  return (
    <>
      <StepHeading>{t("secondFactor.code.title")}</StepHeading>
      <p className="kern-body">{t("secondFactor.code.intro")}</p>
      {failure && !isFieldProblem ? (
        <Alert tone="danger" title={t("secondFactor.failed")} isLive>
          <p className="kern-body">{failureText(failure)}</p>
        </Alert>
      ) : null}
      <form className="engagiert-form" onSubmit={submit} noValidate>
        <TextField
          label={t("secondFactor.code.label")}
          hint={t("secondFactor.code.hint")}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={
            missing
              ? t("secondFactor.code.missing")
              : failure && isFieldProblem
                ? failureText(failure)
                : failure?.fieldErrors.code?.[0]
          }
        />
        <div className="engagiert-actions">
          <Button type="submit" disabled={verify.isPending}>
            {verify.isPending ? t("secondFactor.code.submitting") : t("secondFactor.code.submit")}
          </Button>
          <Button variant="secondary" onClick={cancel}>
            {t("secondFactor.cancel")}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * After the password, for a role that requires a second factor and has none yet: set up the
 * app, then keep the recovery codes; only then is the person signed in.
 */
export function SetupStep(props: {
  account: string;
  onSignedIn: () => void;
  onCancel: () => void;
}) {
  const t = useSecondFactorT();
  const failureText = useSecondFactorErrorText();
  const trpc = useTRPC();
  const cancel = useCancel(props.onCancel);
  const start = useMutation(trpc.auth.startSecondFactorSetup.mutationOptions());
  const confirm = useMutation(trpc.auth.confirmSecondFactorSetup.mutationOptions());
  const { mutate: startSetup } = start;
  useEffect(() => startSetup(), [startSetup]);

  if (confirm.data) {
    return (
      <>
        <StepHeading>{t("secondFactor.recovery.title")}</StepHeading>
        <RecoveryCodes
          codes={confirm.data.recoveryCodes}
          account={props.account}
          onContinue={props.onSignedIn}
        />
      </>
    );
  }

  const startFailure = start.error ? readError(start.error) : null;
  return (
    <>
      <StepHeading>{t("secondFactor.setup.title")}</StepHeading>
      <p className="kern-body">{t("secondFactor.setup.required")}</p>
      {startFailure ? (
        <Alert tone="danger" title={t("secondFactor.failed")} isLive>
          <p className="kern-body">{failureText(startFailure)}</p>
        </Alert>
      ) : null}
      {start.data ? (
        <TotpSetupForm
          setup={start.data}
          askPassword={false}
          isPending={confirm.isPending}
          failure={confirm.error ? readError(confirm.error) : null}
          onSubmit={({ secret, code }) => confirm.mutate({ secret, code })}
        >
          <Button variant="secondary" onClick={cancel}>
            {t("secondFactor.cancel")}
          </Button>
        </TotpSetupForm>
      ) : startFailure ? (
        <div className="engagiert-actions">
          <Button variant="secondary" onClick={cancel}>
            {t("secondFactor.cancel")}
          </Button>
        </div>
      ) : (
        <Loading label={t("secondFactor.setup.loading")} />
      )}
    </>
  );
}
