import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { formatDate, formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useStaffAdminT } from "../staff-admin-messages.ts";
import { useRoleName, useStaffErrorText, type AccountRole } from "./staff-admin-parts.tsx";
import { RoleFields } from "./staff-role-fields.tsx";

type Account = RouterOutputs["staffAdmin"]["account"];

const route = getRouteApi("/zugaenge/$userId");

function useRefreshAccounts() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.staffAdmin.pathKey() });
}

function ChangeRoleForm(props: { account: Account }) {
  const t = useStaffAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAccounts();
  const staffErrorText = useStaffErrorText();
  const organisations = useQuery(trpc.dashboard.organisations.queryOptions());
  const [draft, setDraft] = useState({
    role: props.account.role as AccountRole,
    organisationId: props.account.organisationId ?? "",
  });
  const change = useMutation(trpc.staffAdmin.change.mutationOptions({ onSuccess: refresh }));
  const failure = change.error ? readError(change.error) : null;
  const err = (path: string) => failure?.fieldErrors[path]?.[0] ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate({
      userId: props.account.id,
      role: draft.role,
      organisationId: draft.organisationId || null,
    });
  }

  return (
    <form className="engagiert-form" noValidate onSubmit={submit} aria-labelledby="change-heading">
      <h2 id="change-heading" className="kern-heading-medium">
        {t("staffAdmin.change")}
      </h2>
      <p className="kern-body kern-body--small">{t("staffAdmin.change.hint")}</p>
      {change.isSuccess ? (
        <Alert
          tone="success"
          title={
            change.data.isChanged ? t("staffAdmin.change.saved") : t("staffAdmin.change.unchanged")
          }
          isLive
        />
      ) : null}
      {failure ? (
        <Alert tone="danger" title={t("common.errorSummary")} isLive>
          {Object.keys(failure.fieldErrors).length === 0 ? (
            <p className="kern-body">{staffErrorText(failure)}</p>
          ) : null}
        </Alert>
      ) : null}
      <RoleFields
        role={draft.role}
        organisationId={draft.organisationId}
        organisations={organisations.data ?? []}
        onChange={(value) => {
          change.reset();
          setDraft(value);
        }}
        errors={{ role: err("role"), organisationId: err("organisationId") }}
      />
      <Button type="submit" disabled={change.isPending}>
        {change.isPending ? t("common.saving") : t("staffAdmin.change.save")}
      </Button>
    </form>
  );
}

/** Deactivating asks once more; reactivating does not, it takes nothing away. */
function ActivationSection(props: { account: Account }) {
  const t = useStaffAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAccounts();
  const staffErrorText = useStaffErrorText();
  const [isConfirming, setConfirming] = useState(false);
  const deactivate = useMutation(
    trpc.staffAdmin.deactivate.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await refresh();
      },
    }),
  );
  const reactivate = useMutation(
    trpc.staffAdmin.reactivate.mutationOptions({ onSuccess: refresh }),
  );
  const error = deactivate.error ?? reactivate.error;
  const { account } = props;
  return (
    <section aria-labelledby="activation-heading" className="engagiert-section">
      <h2 id="activation-heading" className="kern-heading-medium">
        {t("staffAdmin.activation")}
      </h2>
      {deactivate.isSuccess ? (
        <Alert
          tone="success"
          title={t("staffAdmin.deactivated", { count: deactivate.data.sessionsEnded })}
          isLive
        />
      ) : null}
      {reactivate.isSuccess ? (
        <Alert tone="success" title={t("staffAdmin.reactivated")} isLive />
      ) : null}
      {error ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{staffErrorText(readError(error))}</p>
        </Alert>
      ) : null}
      {account.isActive ? (
        account.canDeactivate.ok ? (
          <>
            <p className="kern-body">{t("staffAdmin.deactivate.hint")}</p>
            {isConfirming ? (
              <p className="engagiert-actions">
                <Button
                  autoFocus
                  disabled={deactivate.isPending}
                  onClick={() => {
                    reactivate.reset();
                    deactivate.mutate({ userId: account.id });
                  }}
                >
                  {t("staffAdmin.deactivate.confirm", { name: account.displayName })}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t("common.cancel")}
                </Button>
              </p>
            ) : (
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                {t("staffAdmin.deactivate")}
              </Button>
            )}
          </>
        ) : null
      ) : (
        <Button
          disabled={reactivate.isPending}
          onClick={() => {
            deactivate.reset();
            reactivate.mutate({ userId: account.id });
          }}
        >
          {t("staffAdmin.reactivate")}
        </Button>
      )}
    </section>
  );
}

/** One account: its facts, its role and organisation, and whether it may sign in. */
export function StaffAccountPage() {
  const t = useStaffAdminT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const roleName = useRoleName();
  const { userId } = route.useParams();
  const query = useQuery(trpc.staffAdmin.account.queryOptions({ userId }));
  if (query.isPending || query.isError) {
    return (
      <Page title={t("staffAdmin.title")}>
        {query.isPending ? (
          <Loading />
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Page>
    );
  }
  const account = query.data;
  return (
    <Page title={t("staffAdmin.account", { name: account.displayName })}>
      <p>
        <LinkButton to="/zugaenge" variant="tertiary">
          {t("staffAdmin.back")}
        </LinkButton>
      </p>
      <section aria-labelledby="facts-heading" className="engagiert-section">
        <h2 id="facts-heading" className="kern-heading-medium">
          {t("staffAdmin.account.facts")}
        </h2>
        <dl className="engagiert-facts">
          <dt>{t("staffAdmin.email")}</dt>
          <dd>{account.email}</dd>
          <dt>{t("staffAdmin.role")}</dt>
          <dd>{roleName(account.role)}</dd>
          <dt>{t("common.organisation")}</dt>
          <dd>{account.organisationName ?? t("common.none")}</dd>
          <dt>{t("staffAdmin.status")}</dt>
          <dd>
            {account.isActive ? t("staffAdmin.status.active") : t("staffAdmin.status.inactive")}
            {account.deactivatedAt
              ? ` (${t("staffAdmin.account.deactivatedAt")} ${formatDate(account.deactivatedAt, language)})`
              : ""}
          </dd>
          <dt>{t("staffAdmin.secondFactor")}</dt>
          <dd>
            {account.hasSecondFactor
              ? t("staffAdmin.secondFactor.yes")
              : t("staffAdmin.secondFactor.no")}
          </dd>
          <dt>{t("staffAdmin.lastSignIn")}</dt>
          <dd>
            {account.lastSignInAt
              ? formatDateTime(account.lastSignInAt, language)
              : t("staffAdmin.never")}
          </dd>
          <dt>{t("staffAdmin.account.created")}</dt>
          <dd>{formatDate(account.createdAt, language)}</dd>
        </dl>
      </section>
      {account.isSelf ? (
        <Alert tone="info" title={t("staffAdmin.account.self")} />
      ) : (
        <>
          {account.isLastCityAdmin ? (
            <Alert tone="info" title={t("staffAdmin.account.lastAdmin")} />
          ) : null}
          <ChangeRoleForm account={account} />
          <ActivationSection account={account} />
        </>
      )}
    </Page>
  );
}
