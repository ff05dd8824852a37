import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { Button } from "@engagiert/ui/button";
import { errorText, readError } from "@engagiert/ui/errors";
import { Page } from "@engagiert/ui/page";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation } from "@tanstack/react-query";
import { useSearch } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useAppT } from "../messages.ts";
import { safeNextPath } from "./next-path.ts";

/** Volunteers sign in by a one-time link sent by e-mail; the answer never says whether the
 * address is known, so nobody can find out who volunteers. */
export function SignInPage() {
  const t = useAppT();
  const trpc = useTRPC();
  // A page that sent the visitor here (a training, say) is where the link leads back to.
  const { weiter } = useSearch({ from: "/anmelden" });
  const next = weiter ? safeNextPath(weiter, "") : "";
  const [email, setEmail] = useState("");
  const [missing, setMissing] = useState(false);
  const requestLink = useMutation(trpc.auth.requestLink.mutationOptions());
  const failure = requestLink.error ? readError(requestLink.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    setMissing(!address);
    if (address) requestLink.mutate({ email: address, ...(next ? { next } : {}) });
  }

  return (
    <Page title={t("signIn.title")}>
      {requestLink.isSuccess ? (
        <Alert tone="success" title={t("signIn.volunteer.sentTitle")} isLive>
          <p className="kern-body">
            {t("signIn.volunteer.sentText", { email: requestLink.variables.email })}
          </p>
        </Alert>
      ) : (
        <>
          <p className="kern-body">{t("signIn.volunteer.intro")}</p>
          {failure && !failure.fieldErrors.email ? (
            <Alert tone="danger" title={t("common.errorTitle")} isLive>
              <p className="kern-body">{errorText(failure, t)}</p>
            </Alert>
          ) : null}
          <form className="engagiert-form" onSubmit={submit} noValidate>
            <TextField
              label={t("signIn.email")}
              type="email"
              name="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={missing ? t("signIn.emailMissing") : failure?.fieldErrors.email?.[0]}
            />
            <Button type="submit" disabled={requestLink.isPending}>
              {requestLink.isPending ? t("signIn.volunteer.sending") : t("signIn.volunteer.submit")}
            </Button>
          </form>
        </>
      )}
    </Page>
  );
}
