import { useTRPC, type RouterInputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useCallback } from "react";
import { usePrivacyT } from "../privacy-messages.ts";

export type AuditFilter = Omit<RouterInputs["audit"]["log"], "limit" | "cursor">;

/** The label of an action in the visitor's language, as the API names it; else its code. */
export function useActionLabel() {
  const trpc = useTRPC();
  const [language] = useLanguage();
  const actions = useQuery({ ...trpc.audit.actions.queryOptions(), staleTime: Infinity });
  return useCallback(
    (action: string) => actions.data?.find((a) => a.action === action)?.[language] ?? action,
    [actions.data, language],
  );
}

/**
 * Entries of the audit log for a filter, newest first, with a button for older ones. Names of
 * people lead to their privacy page; a deleted person shows as such.
 */
export function AuditTrail(props: { filter: AuditFilter; caption: string }) {
  const t = usePrivacyT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const actionLabel = useActionLabel();
  const log = useInfiniteQuery({
    ...trpc.audit.log.infiniteQueryOptions(
      { ...props.filter, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  if (log.isPending) return <Loading />;
  if (log.isError) return <QueryError error={log.error} onRetry={() => void log.refetch()} />;
  const items = log.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="kern-body">{t("audit.none")}</p>;
  return (
    <div aria-busy={log.isFetching}>
      <Table caption={props.caption} isCaptionHidden>
        <TableHead>
          <HeaderCell>{t("audit.at")}</HeaderCell>
          <HeaderCell>{t("audit.actor")}</HeaderCell>
          <HeaderCell>{t("audit.action")}</HeaderCell>
          <HeaderCell>{t("audit.concerns")}</HeaderCell>
        </TableHead>
        <TableBody>
          {items.map((entry) => (
            <Row key={entry.id}>
              <RowHeader>{formatDateTime(entry.at, language)}</RowHeader>
              <Cell>{entry.actorName ?? t("audit.noActor")}</Cell>
              <Cell>{actionLabel(entry.action)}</Cell>
              <Cell>
                {entry.isPersonErased ? (
                  t("audit.erased")
                ) : entry.personName && entry.personId ? (
                  <Link
                    to="/personen/$personId/datenschutz"
                    params={{ personId: entry.personId }}
                    className="kern-link"
                  >
                    {entry.personName}
                  </Link>
                ) : entry.accountName ? (
                  t("audit.account", { name: entry.accountName })
                ) : (
                  t("common.none")
                )}
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <div className="engagiert-pagination">
        <p className="kern-body" aria-live="polite">
          {t("audit.shown", { count: items.length })}
        </p>
        {log.hasNextPage ? (
          <Button
            variant="secondary"
            onClick={() => void log.fetchNextPage()}
            disabled={log.isFetchingNextPage}
          >
            {log.isFetchingNextPage ? t("common.loading") : t("audit.more")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
