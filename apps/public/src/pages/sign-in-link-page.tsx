import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { LinkButton } from "@engagiert/ui/button";
import { errorText, readError } from "@engagiert/ui/errors";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useAppT } from "../messages.ts";
import { safeNextPath } from "./next-path.ts";

const route = getRouteApi("/anmelden/link");

export function SignInLinkPage() {
  const t = useAppT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { token, weiter } = route.useSearch();
  const redeem = useMutation(
    trpc.auth.redeemLink.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await navigate({ href: safeNextPath(weiter), replace: true });
      },
    }),
  );
  // A link works once: redeem it exactly once, even when React runs effects twice.
  const redeemed = useRef(false);
  const { mutate } = redeem;
  useEffect(() => {
    if (!token || redeemed.current) return;
    redeemed.current = true;
    mutate({ token });
  }, [token, mutate]);

  const failure = redeem.error ? readError(redeem.error) : null;

  return (
    <Page title={t("signIn.link.title")}>
      {!token ? (
        <Alert tone="danger" title={t("signIn.link.failed")}>
          <p className="kern-body">{t("signIn.link.missing")}</p>
        </Alert>
      ) : failure ? (
        <Alert tone="danger" title={t("signIn.link.failed")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : (
        <Loading label={t("signIn.link.checking")} />
      )}
      {!token || failure ? (
        <p>
          <LinkButton to="/anmelden" variant="secondary">
            {t("signIn.link.again")}
          </LinkButton>
        </p>
      ) : null}
    </Page>
  );
}
