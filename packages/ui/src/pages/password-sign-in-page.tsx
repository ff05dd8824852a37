import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent, type ReactNode } from "react";
import { useTRPC } from "../api.tsx";
import { Alert } from "../components/alert.tsx";
import { Button } from "../components/button.tsx";
import { TextField } from "../components/text-field.tsx";
import { errorText, readError } from "../errors.ts";
import { useT } from "../i18n/i18n.tsx";
import { useSession } from "../session.ts";
import { Page } from "../shell/page.tsx";
import { CodeStep, SetupStep } from "./second-factor-steps.tsx";

interface FieldProblems {
  email?: string;
  password?: string;
}

/**
 * Sign-in with e-mail and password, for staff and network members. An app that serves several
 * cities passes `cityField`, the choice of the city to sign in to, shown first in the form.
 */
export function PasswordSignInPage(props: { cityField?: ReactNode } = {}) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { user } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<FieldProblems>({});
  // After the password, a second factor may follow: its code, or first its set-up.
  const [step, setStep] = useState<"password" | "code" | "setup">("password");

  async function finish() {
    // Another user may now be signed in: nothing cached for the last one may show.
    queryClient.clear();
    await navigate({ to: "/" });
  }

  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async (answer) => {
        if (answer.secondFactor) {
          setPassword("");
          setStep(answer.secondFactor);
          return;
        }
        await finish();
      },
    }),
  );
  const failure = signIn.error ? readError(signIn.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldProblems = {
      email: email.trim() ? undefined : t("signIn.emailMissing"),
      password: password ? undefined : t("signIn.passwordMissing"),
    };
    setProblems(found);
    if (found.email || found.password) return;
    signIn.mutate({ email: email.trim(), password });
  }

  if (step !== "password") {
    const back = () => {
      signIn.reset();
      setStep("password");
    };
    return (
      <Page title={t("signIn.title")}>
        {step === "code" ? (
          <CodeStep onSignedIn={() => void finish()} onCancel={back} />
        ) : (
          <SetupStep account={email.trim()} onSignedIn={() => void finish()} onCancel={back} />
        )}
      </Page>
    );
  }

  return (
    <Page title={t("signIn.title")}>
      {user ? (
        <Alert tone="info" title={t("signIn.alreadySignedIn", { name: user.displayName })} />
      ) : null}
      <p className="kern-body">{t("signIn.intro")}</p>
      {failure ? (
        <Alert tone="danger" title={t("signIn.failed")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
      <form className="engagiert-form" onSubmit={submit} noValidate>
        {props.cityField}
        <TextField
          label={t("signIn.email")}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={problems.email ?? failure?.fieldErrors.email?.[0]}
        />
        <TextField
          label={t("signIn.password")}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={problems.password ?? failure?.fieldErrors.password?.[0]}
        />
        <Button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t("signIn.submitting") : t("signIn.submit")}
        </Button>
      </form>
    </Page>
  );
}
