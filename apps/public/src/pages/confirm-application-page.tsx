import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { LinkButton } from "@engagiert/ui/button";
import { errorText, readError } from "@engagiert/ui/errors";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useMutation } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useAppT } from "../messages.ts";

const route = getRouteApi("/bewerbung/bestaetigen");

/** Double opt-in: following the link from the e-mail makes the application count. */
export function ConfirmApplicationPage() {
  const t = useAppT();
  const trpc = useTRPC();
  const { token } = route.useSearch();
  const confirm = useMutation(trpc.applications.confirm.mutationOptions());
  // A link works once: confirm exactly once, even when React runs effects twice.
  const sent = useRef(false);
  const { mutate } = confirm;
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate({ token });
  }, [token, mutate]);
  const failure = confirm.error ? readError(confirm.error) : null;

  return (
    <Page title={t("confirm.title")}>
      {!token ? (
        <Alert tone="danger" title={t("confirm.failed")}>
          <p className="kern-body">{t("confirm.missing")}</p>
        </Alert>
      ) : failure ? (
        <Alert tone="danger" title={t("confirm.failed")} isLive>
          <p className="kern-body">
            {failure.reason === "link_used" ? t("errors.link_used") : errorText(failure, t)}
          </p>
        </Alert>
      ) : confirm.isSuccess ? (
        <>
          <Alert tone="success" title={t("confirm.doneTitle")} isLive>
            <p className="kern-body">
              {t("confirm.doneText", {
                title: confirm.data.opportunityTitle,
                organisation: confirm.data.organisationName,
              })}
            </p>
            {confirm.data.needsGuardianConsent ? (
              <p className="kern-body">{t("confirm.guardian")}</p>
            ) : null}
          </Alert>
          <p className="kern-body">{t("confirm.follow")}</p>
          <p>
            <LinkButton to="/anmelden">{t("confirm.signIn")}</LinkButton>
          </p>
        </>
      ) : (
        <Loading label={t("confirm.checking")} />
      )}
    </Page>
  );
}
