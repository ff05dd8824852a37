import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate, formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { LoadMore } from "@engagiert/ui/pagination";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { personName } from "@engagiert/ui/person-name";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { TrainingView } from "./training-detail-page.tsx";
import { useTrainingT } from "../training-messages.ts";

const KINDS = ["confirmed", "waiting", "cancelled"] as const;
type Kind = (typeof KINDS)[number];

/**
 * Who holds a place, who waits (in the order they move up) and who cancelled, one list at a
 * time, page by page.
 */
export function TrainingRegistrations(props: { view: TrainingView }) {
  const t = useTrainingT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>("confirmed");
  const { view } = props;
  const list = useInfiniteQuery({
    ...trpc.trainingAdmin.registrations.infiniteQueryOptions(
      { trainingId: view.id, status: kind, limit: 25 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const isClosed = view.status === "closed";
  const caption = t(`trainingRegistrations.${kind}`, { count: view.counts[kind] });

  return (
    <section aria-labelledby="registrations-heading" className="engagiert-section">
      <h2 id="registrations-heading" className="kern-heading-medium">
        {t("training.registrations")}
      </h2>
      <div className="engagiert-actions" role="group" aria-label={t("training.registrationsShow")}>
        {KINDS.map((k) => (
          <Button
            key={k}
            variant={k === kind ? "primary" : "secondary"}
            aria-pressed={k === kind}
            onClick={() => setKind(k)}
          >
            {t(`trainingRegistrations.${k}`, { count: view.counts[k] })}
          </Button>
        ))}
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t(`trainingRegistrations.${kind}None`)}</p>
      ) : (
        <>
          <Table caption={caption}>
            <TableHead>
              {kind === "waiting" ? (
                <HeaderCell isNumeric>{t("training.position")}</HeaderCell>
              ) : null}
              <HeaderCell>{t("training.person")}</HeaderCell>
              <HeaderCell>{t("training.email")}</HeaderCell>
              <HeaderCell>{t("training.registeredAt")}</HeaderCell>
              {kind === "confirmed" ? (
                <HeaderCell isNumeric>{t("training.attendedUnits")}</HeaderCell>
              ) : null}
              {kind === "confirmed" && isClosed ? (
                <HeaderCell>{t("training.granted")}</HeaderCell>
              ) : null}
              {kind === "cancelled" ? <HeaderCell>{t("training.cancelledAt")}</HeaderCell> : null}
            </TableHead>
            <TableBody>
              {items.map((r, i) => (
                <Row key={r.id}>
                  {kind === "waiting" ? <Cell isNumeric>{i + 1}</Cell> : null}
                  <RowHeader>{personName(t, r)}</RowHeader>
                  <Cell>{r.email}</Cell>
                  <Cell>
                    {formatDateTime(r.createdAt, language)}
                    {r.promotedAt
                      ? ` (${t("training.movedUp", { date: formatDate(r.promotedAt, language) })})`
                      : null}
                  </Cell>
                  {kind === "confirmed" ? <Cell isNumeric>{r.attendedUnits}</Cell> : null}
                  {kind === "confirmed" && isClosed ? (
                    <Cell>
                      {r.grantedFrom
                        ? t("training.grantedOn", {
                            date: formatDate(new Date(`${r.grantedFrom}T12:00:00Z`), language),
                          })
                        : t("training.notGranted")}
                    </Cell>
                  ) : null}
                  {kind === "cancelled" ? (
                    <Cell>
                      {r.cancelledAt ? formatDateTime(r.cancelledAt, language) : t("common.none")}
                    </Cell>
                  ) : null}
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
