import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { RecoveryCodes, StepHeading, TotpSetupForm } from "@engagiert/ui/second-factor";
import { useSession } from "@engagiert/ui/session";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useSecurityT } from "../security-messages.ts";
import { PasswordChangeForm, PasswordConfirmForm } from "./security-password-form.tsx";

type Overview = RouterOutputs["security"]["overview"];
type Mode = "idle" | "setup" | "codes" | "disable";

/**
 * The signed-in person's own sign-in security: change the password, set up or renew the
 * authenticator app, make new recovery codes, and (where the role allows) turn the factor off.
 */
export function SecurityPage() {
  const t = useSecurityT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const overview = useQuery(trpc.security.overview.queryOptions());

  return (
    <Page title={t("security.title")}>
      <p className="kern-body">{t("security.intro")}</p>
      <section className="engagiert-section" aria-labelledby="security-password">
        <h2 className="kern-heading-medium" id="security-password">
          {t("security.password.title")}
        </h2>
        {overview.data?.passwordChangedAt ? (
          <p className="kern-body">
            {t("security.password.changedAt", {
              date: formatDate(overview.data.passwordChangedAt, language),
            })}
          </p>
        ) : null}
        <PasswordChangeForm />
      </section>
      <section className="engagiert-section" aria-labelledby="security-factor">
        <h2 className="kern-heading-medium" id="security-factor">
          {t("security.factor.title")}
        </h2>
        {overview.data ? (
          <SecondFactorSection overview={overview.data} />
        ) : overview.isError ? (
          <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
        ) : (
          <Loading />
        )}
      </section>
    </Page>
  );
}

function SecondFactorSection(props: { overview: Overview }) {
  const t = useSecurityT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>("idle");
  const [notice, setNotice] = useState<string | null>(null);
  const { overview } = props;

  async function finish(message: string | null) {
    setMode("idle");
    setNotice(message);
    await queryClient.invalidateQueries({ queryKey: trpc.security.overview.queryKey() });
  }
  const start = (next: Mode) => {
    setNotice(null);
    setMode(next);
  };

  if (mode === "setup") {
    return (
      <SetupPanel
        onDone={() => void finish(t("security.factor.saved"))}
        onCancel={() => void finish(null)}
      />
    );
  }
  if (mode === "codes") {
    return <NewCodesPanel onDone={() => void finish(null)} />;
  }
  if (mode === "disable") {
    return <DisablePanel onDone={(message) => void finish(message)} />;
  }

  const codesLeft = overview.recoveryCodesLeft;
  return (
    <>
      {notice ? <Alert tone="success" title={notice} isLive /> : null}
      <p className="kern-body">
        {overview.totpEnabledAt
          ? t("security.factor.enabled", { date: formatDate(overview.totpEnabledAt, language) })
          : t("security.factor.notEnabled")}{" "}
        {overview.totpEnabledAt ? t("security.factor.codesLeft", { count: codesLeft }) : null}
      </p>
      {overview.totpEnabledAt && codesLeft <= 3 ? (
        <Alert tone="warning" title={t("security.factor.codesLow")} />
      ) : null}
      <p className="kern-body">
        {overview.isSecondFactorRequired
          ? t("security.factor.required")
          : t("security.factor.optional")}
      </p>
      {overview.totpEnabledAt ? (
        <p className="kern-body kern-body--small">{t("security.factor.renewNote")}</p>
      ) : null}
      <div className="engagiert-actions">
        <Button onClick={() => start("setup")}>
          {overview.totpEnabledAt ? t("security.factor.renew") : t("security.factor.setUp")}
        </Button>
        {overview.totpEnabledAt ? (
          <Button variant="secondary" onClick={() => start("codes")}>
            {t("security.codes.start")}
          </Button>
        ) : null}
        {overview.totpEnabledAt && !overview.isSecondFactorRequired ? (
          <Button variant="tertiary" onClick={() => start("disable")}>
            {t("security.disable.start")}
          </Button>
        ) : null}
      </div>
    </>
  );
}

/** A new secret to scan, confirmed with the first code and the password; then the codes. */
function SetupPanel(props: { onDone: () => void; onCancel: () => void }) {
  const t = useSecurityT();
  const trpc = useTRPC();
  const { user } = useSession();
  const begin = useMutation(trpc.security.startTotpSetup.mutationOptions());
  const confirm = useMutation(trpc.security.confirmTotpSetup.mutationOptions());
  const { mutate: beginSetup } = begin;
  useEffect(() => beginSetup(), [beginSetup]);

  return (
    <>
      <StepHeading level={3}>{t("security.factor.setupTitle")}</StepHeading>
      {confirm.data ? (
        <RecoveryCodes
          codes={confirm.data.recoveryCodes}
          account={user?.email ?? ""}
          continueLabel={t("security.factor.done")}
          onContinue={props.onDone}
        />
      ) : begin.data ? (
        <TotpSetupForm
          setup={begin.data}
          askPassword
          headingLevel={4}
          isPending={confirm.isPending}
          failure={confirm.error ? readError(confirm.error) : null}
          onSubmit={(input) => confirm.mutate(input)}
        >
          <Button variant="secondary" onClick={props.onCancel}>
            {t("security.factor.cancel")}
          </Button>
        </TotpSetupForm>
      ) : begin.isError ? (
        <QueryError error={begin.error} onRetry={() => beginSetup()} />
      ) : (
        <Loading />
      )}
    </>
  );
}

/** Ten new recovery codes after the password; the old ones stop working. */
function NewCodesPanel(props: { onDone: () => void }) {
  const t = useSecurityT();
  const trpc = useTRPC();
  const { user } = useSession();
  const renew = useMutation(trpc.security.regenerateRecoveryCodes.mutationOptions());
  return (
    <>
      <StepHeading level={3}>{t("security.codes.title")}</StepHeading>
      {renew.data ? (
        <RecoveryCodes
          codes={renew.data.recoveryCodes}
          account={user?.email ?? ""}
          continueLabel={t("security.factor.done")}
          onContinue={props.onDone}
        />
      ) : (
        <>
          <p className="kern-body">{t("security.codes.explain")}</p>
          <PasswordConfirmForm
            submitLabel={t("security.codes.submit")}
            isPending={renew.isPending}
            error={renew.error}
            onSubmit={(password) => renew.mutate({ password })}
            onCancel={props.onDone}
          />
        </>
      )}
    </>
  );
}

/** Turning the factor off, for roles that may; the password confirms it. */
function DisablePanel(props: { onDone: (message: string | null) => void }) {
  const t = useSecurityT();
  const trpc = useTRPC();
  const disable = useMutation(
    trpc.security.disableTotp.mutationOptions({
      onSuccess: () => props.onDone(t("security.disable.done")),
    }),
  );
  return (
    <>
      <StepHeading level={3}>{t("security.disable.title")}</StepHeading>
      <p className="kern-body">{t("security.disable.explain")}</p>
      <PasswordConfirmForm
        submitLabel={t("security.disable.submit")}
        isPending={disable.isPending}
        error={disable.error}
        onSubmit={(password) => disable.mutate({ password })}
        onCancel={() => props.onDone(null)}
      />
    </>
  );
}
