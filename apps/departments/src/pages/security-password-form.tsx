import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { errorText, readError } from "@engagiert/ui/errors";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useSecurityT } from "../security-messages.ts";

interface Problems {
  currentPassword?: string;
  newPassword?: string;
}

/** Changing the password: the current one, then a new one that meets the rules. */
export function PasswordChangeForm() {
  const t = useSecurityT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [problems, setProblems] = useState<Problems>({});
  const change = useMutation(
    trpc.security.changePassword.mutationOptions({
      onSuccess: async () => {
        setCurrentPassword("");
        setNewPassword("");
        await queryClient.invalidateQueries({ queryKey: trpc.security.overview.queryKey() });
      },
    }),
  );
  const failure = change.error ? readError(change.error) : null;
  const fieldErrors = failure?.fieldErrors ?? {};
  const isFieldProblem = Boolean(fieldErrors.currentPassword ?? fieldErrors.newPassword);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Characters as a person counts them (an umlaut or an emoji is one); the API checks the rest.
    const length = [...newPassword.normalize("NFC")].length;
    const found: Problems = {
      currentPassword: currentPassword ? undefined : t("security.password.currentMissing"),
      newPassword: !newPassword
        ? t("security.password.newMissing")
        : length < 12
          ? t("security.password.tooShort", { count: length })
          : undefined,
    };
    setProblems(found);
    if (found.currentPassword || found.newPassword) return;
    change.mutate({ currentPassword, newPassword });
  }

  return (
    <>
      {change.data ? (
        <Alert tone="success" title={t("security.password.changed")} isLive>
          <p className="kern-body">
            {t("security.password.endedSessions", { count: change.data.endedSessions })}
          </p>
        </Alert>
      ) : null}
      {failure && !isFieldProblem ? (
        <Alert tone="danger" title={t("security.failed")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
      <form className="engagiert-form" onSubmit={submit} noValidate>
        <TextField
          label={t("security.password.current")}
          type="password"
          name="current-password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={problems.currentPassword ?? fieldErrors.currentPassword?.[0]}
        />
        <TextField
          label={t("security.password.new")}
          hint={t("security.password.rules")}
          type="password"
          name="new-password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={problems.newPassword ?? fieldErrors.newPassword?.[0]}
        />
        <Button type="submit" disabled={change.isPending}>
          {change.isPending ? t("security.password.submitting") : t("security.password.submit")}
        </Button>
      </form>
    </>
  );
}

/** Asks for the password before a change to the second factor. */
export function PasswordConfirmForm(props: {
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (password: string) => void;
  onCancel: () => void;
}) {
  const t = useSecurityT();
  const [password, setPassword] = useState("");
  const [isMissing, setMissing] = useState(false);
  const failure = props.error ? readError(props.error) : null;
  const fieldError = failure?.fieldErrors.password?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!password);
    if (password) props.onSubmit(password);
  }

  return (
    <>
      {failure && !fieldError ? (
        <Alert tone="danger" title={t("security.failed")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
      <form className="engagiert-form" onSubmit={submit} noValidate>
        <TextField
          label={t("security.password.label")}
          hint={t("security.password.hint")}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={isMissing ? t("security.password.missing") : fieldError}
        />
        <div className="engagiert-actions">
          <Button type="submit" disabled={props.isPending}>
            {props.submitLabel}
          </Button>
          <Button variant="secondary" onClick={props.onCancel}>
            {t("security.factor.cancel")}
          </Button>
        </div>
      </form>
    </>
  );
}
