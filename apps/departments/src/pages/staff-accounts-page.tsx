import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { formatDate, formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { TextField } from "@engagiert/ui/text-field";
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useDeferredValue, useState } from "react";
import { useStaffAdminT } from "../staff-admin-messages.ts";
import {
  ACCOUNT_ROLES,
  useRoleName,
  useStaffErrorText,
  type AccountRole,
} from "./staff-admin-parts.tsx";

type Status = "active" | "inactive";

function Accounts() {
  const t = useStaffAdminT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const roleName = useRoleName();
  const [search, setSearch] = useState("");
  const [role, setRole] = useState<AccountRole | "">("");
  const [organisationId, setOrganisationId] = useState("");
  const [status, setStatus] = useState<Status | "">("");
  const deferredSearch = useDeferredValue(search.trim());
  const organisations = useQuery(trpc.dashboard.organisations.queryOptions());
  const list = useInfiniteQuery({
    ...trpc.staffAdmin.list.infiniteQueryOptions(
      {
        search: deferredSearch || null,
        role: role || null,
        organisationId: organisationId || null,
        status: status || null,
        limit: 25,
      },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="accounts-heading" className="engagiert-section">
      <h2 id="accounts-heading" className="kern-heading-medium">
        {t("staffAdmin.caption")}
      </h2>
      <div className="engagiert-filters">
        <TextField
          label={t("staffAdmin.search")}
          type="search"
          value={search}
          maxLength={100}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          label={t("staffAdmin.role")}
          value={role}
          onChange={(e) => setRole(e.target.value as AccountRole | "")}
          options={[
            { value: "", label: t("common.all") },
            ...ACCOUNT_ROLES.map((r) => ({ value: r, label: roleName(r) })),
          ]}
        />
        <SelectField
          label={t("common.organisation")}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          options={[
            { value: "", label: t("common.all") },
            ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <SelectField
          label={t("staffAdmin.status")}
          value={status}
          onChange={(e) => setStatus(e.target.value as Status | "")}
          options={[
            { value: "", label: t("common.all") },
            { value: "active", label: t("staffAdmin.status.active") },
            { value: "inactive", label: t("staffAdmin.status.inactive") },
          ]}
        />
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("staffAdmin.none")}</p>
      ) : (
        <>
          <Table caption={t("staffAdmin.caption")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("staffAdmin.name")}</HeaderCell>
              <HeaderCell>{t("staffAdmin.email")}</HeaderCell>
              <HeaderCell>{t("staffAdmin.role")}</HeaderCell>
              <HeaderCell>{t("common.organisation")}</HeaderCell>
              <HeaderCell>{t("staffAdmin.status")}</HeaderCell>
              <HeaderCell>{t("staffAdmin.lastSignIn")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((account) => (
                <Row key={account.id}>
                  <RowHeader>
                    <Link
                      to="/zugaenge/$userId"
                      params={{ userId: account.id }}
                      className="kern-link"
                    >
                      {account.displayName}
                    </Link>
                  </RowHeader>
                  <Cell>{account.email}</Cell>
                  <Cell>{roleName(account.role)}</Cell>
                  <Cell>{account.organisationName ?? t("common.none")}</Cell>
                  <Cell>
                    {account.isActive
                      ? t("staffAdmin.status.active")
                      : t("staffAdmin.status.inactive")}
                  </Cell>
                  <Cell>
                    {account.lastSignInAt
                      ? formatDateTime(account.lastSignInAt, language)
                      : t("staffAdmin.never")}
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          <LoadMore
            shown={items.length}
            total={list.data.pages[0]?.total ?? 0}
            hasMore={list.hasNextPage}
            isLoading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}

function Invitations() {
  const t = useStaffAdminT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roleName = useRoleName();
  const staffErrorText = useStaffErrorText();
  const [revokedName, setRevokedName] = useState<string | null>(null);
  const list = useInfiniteQuery(
    trpc.staffAdmin.invitations.infiniteQueryOptions(
      { status: "open", limit: 20 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  const revoke = useMutation(
    trpc.staffAdmin.revokeInvitation.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.staffAdmin.invitations.pathKey() });
      },
    }),
  );
  const failure = revoke.error ? readError(revoke.error) : null;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="invitations-heading" className="engagiert-section">
      <h2 id="invitations-heading" className="kern-heading-medium">
        {t("staffAdmin.invitations")}
      </h2>
      {revoke.isSuccess && revokedName ? (
        <Alert tone="success" title={t("common.saved")} isLive>
          <p className="kern-body">{t("staffAdmin.invitations.revoked", { name: revokedName })}</p>
        </Alert>
      ) : null}
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{staffErrorText(failure)}</p>
        </Alert>
      ) : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("staffAdmin.invitations.none")}</p>
      ) : (
        <>
          <Table caption={t("staffAdmin.invitations.caption")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("staffAdmin.name")}</HeaderCell>
              <HeaderCell>{t("staffAdmin.email")}</HeaderCell>
              <HeaderCell>{t("staffAdmin.role")}</HeaderCell>
              <HeaderCell>{t("staffAdmin.invitations.invitedBy")}</HeaderCell>
              <HeaderCell>{t("staffAdmin.invitations.validUntil")}</HeaderCell>
              <HeaderCell>{t("staffAdmin.invitations.action")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((invitation) => (
                <Row key={invitation.id}>
                  <RowHeader>{invitation.displayName}</RowHeader>
                  <Cell>{invitation.email}</Cell>
                  <Cell>
                    {roleName(invitation.role)}
                    {invitation.organisationName ? ` · ${invitation.organisationName}` : ""}
                  </Cell>
                  <Cell>{invitation.invitedByName}</Cell>
                  <Cell>
                    {invitation.status === "expired"
                      ? t("staffAdmin.invitations.expired", {
                          date: formatDate(invitation.expiresAt, language),
                        })
                      : formatDateTime(invitation.expiresAt, language)}
                  </Cell>
                  <Cell>
                    <Button
                      variant="tertiary"
                      disabled={revoke.isPending}
                      onClick={() => {
                        setRevokedName(invitation.displayName);
                        revoke.mutate({ invitationId: invitation.id });
                      }}
                    >
                      {t("staffAdmin.invitations.revoke", { name: invitation.displayName })}
                    </Button>
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          <LoadMore
            shown={items.length}
            total={list.data.pages[0]?.total ?? 0}
            hasMore={list.hasNextPage}
            isLoading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}

/** The city's accounts and open invitations, for city admins. */
export function StaffAccountsPage() {
  const t = useStaffAdminT();
  return (
    <Page title={t("staffAdmin.title")}>
      <p className="kern-body">{t("staffAdmin.intro")}</p>
      <p>
        <LinkButton to="/zugaenge/einladen">{t("staffAdmin.invite")}</LinkButton>
      </p>
      <Accounts />
      <Invitations />
    </Page>
  );
}
