import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useStaffAdminT } from "../staff-admin-messages.ts";
import { useRoleName, useStaffErrorText } from "./staff-admin-parts.tsx";

const route = getRouteApi("/einladung/$token");

type Closed = "expired" | "revoked" | "accepted" | "unknown";
const CLOSED: readonly Closed[] = ["expired", "revoked", "accepted", "unknown"];

/** Why a link does not work, from the invitation's status or a refused acceptance. */
function closedReason(value: string | null | undefined): Closed | null {
  const status = value?.replace(/^invitation_/, "");
  return CLOSED.find((c) => c === status) ?? null;
}

function ClosedLink(props: { reason: Closed }) {
  const t = useStaffAdminT();
  return (
    <Alert tone={props.reason === "accepted" ? "info" : "warning"} title={t("invitation.invalid")}>
      <p className="kern-body">{t(`invitation.${props.reason}`)}</p>
      {props.reason === "accepted" ? (
        <p>
          <LinkButton to="/anmelden">{t("invitation.signIn")}</LinkButton>
        </p>
      ) : null}
    </Alert>
  );
}

/**
 * Where an invited person accepts the invitation: they choose a password and are then asked to
 * sign in. Public: the link in the e-mail is the only key.
 */
export function InvitationAcceptPage() {
  const t = useStaffAdminT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const roleName = useRoleName();
  const staffErrorText = useStaffErrorText();
  const { token } = route.useParams();
  const isWellFormed = /^[A-Za-z0-9_-]{43}$/.test(token);
  const invitation = useQuery({
    ...trpc.staffAdmin.invitation.queryOptions({ token }),
    enabled: isWellFormed,
    retry: false,
  });
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problems, setProblems] = useState<{ password?: string; repeat?: string }>({});
  const accept = useMutation(trpc.staffAdmin.acceptInvitation.mutationOptions());
  const failure = accept.error ? readError(accept.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    accept.reset();
    if (!password) return setProblems({ password: t("invitation.passwordMissing") });
    if (password !== repeat) return setProblems({ repeat: t("invitation.passwordMismatch") });
    setProblems({});
    accept.mutate({ token, password });
  }

  const title = t("invitation.title");
  if (!isWellFormed) {
    return (
      <Page title={title}>
        <ClosedLink reason="unknown" />
      </Page>
    );
  }
  if (invitation.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (invitation.isError) {
    return (
      <Page title={title}>
        <QueryError error={invitation.error} onRetry={() => void invitation.refetch()} />
      </Page>
    );
  }
  const data = invitation.data;
  const refused = closedReason(failure?.reason);
  if (data.status !== "pending" || refused) {
    return (
      <Page title={title}>
        <ClosedLink reason={refused ?? closedReason(data.status) ?? "unknown"} />
      </Page>
    );
  }
  if (accept.isSuccess) {
    return (
      <Page title={title}>
        <Alert tone="success" title={t("invitation.done")} isLive>
          <p className="kern-body">{t("invitation.doneText", { email: accept.data.email })}</p>
          <p>
            <LinkButton to="/anmelden">{t("invitation.signIn")}</LinkButton>
          </p>
        </Alert>
      </Page>
    );
  }
  const params = {
    name: data.displayName,
    role: roleName(data.role),
    organisation: data.organisationName ?? "",
    email: data.email,
  };
  const passwordError = problems.password ?? failure?.fieldErrors.password?.[0] ?? null;
  return (
    <Page title={title}>
      <p className="kern-body">
        {data.organisationName
          ? t("invitation.introOrganisation", params)
          : t("invitation.intro", params)}
      </p>
      <p className="kern-body kern-body--small">
        {t("invitation.validUntil", { date: formatDateTime(data.expiresAt, language) })}
      </p>
      <form className="engagiert-form" noValidate onSubmit={submit}>
        {failure && !passwordError ? (
          <Alert tone="danger" title={t("common.refused")} isLive>
            <p className="kern-body">{staffErrorText(failure)}</p>
          </Alert>
        ) : null}
        {/* The address, for password managers that save it with the new password. */}
        <input type="hidden" name="username" autoComplete="username" value={data.email} />
        <TextField
          label={t("invitation.password")}
          hint={t("invitation.passwordHint")}
          type="password"
          autoComplete="new-password"
          value={password}
          maxLength={256}
          required
          onChange={(e) => setPassword(e.target.value)}
          error={passwordError}
        />
        <TextField
          label={t("invitation.passwordRepeat")}
          type="password"
          autoComplete="new-password"
          value={repeat}
          maxLength={256}
          required
          onChange={(e) => setRepeat(e.target.value)}
          error={problems.repeat ?? null}
        />
        <Button type="submit" disabled={accept.isPending}>
          {accept.isPending ? t("invitation.submitting") : t("invitation.submit")}
        </Button>
      </form>
    </Page>
  );
}
