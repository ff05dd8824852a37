import { useTRPC } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { LoadMore } from "@engagiert/ui/pagination";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { personName } from "@engagiert/ui/person-name";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatEuro } from "./allowance-amount.ts";
import { useAllowanceT } from "../allowance-messages.ts";

const ALL_YEARS = "";

/**
 * The organisation's payments, newest first, each with what the same allowance paid the person in
 * that year across the city and its limit.
 */
export function AllowanceList(props: { organisationId: string | null }) {
  const t = useAllowanceT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const list = useInfiniteQuery({
    ...trpc.allowances.list.infiniteQueryOptions(
      { organisationId: props.organisationId, year: year ? Number(year) : null, limit: 25 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const euro = (cents: number) => formatEuro(cents, language);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <div className="engagiert-filters">
        <SelectField
          label={t("allowance.year")}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          options={[
            ...[0, 1, 2, 3].map((back) => ({
              value: String(thisYear - back),
              label: String(thisYear - back),
            })),
            { value: ALL_YEARS, label: t("allowance.allYears") },
          ]}
        />
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("allowance.empty")}</p>
      ) : (
        <div aria-busy={list.isFetching}>
          <Table caption={t("allowance.listCaption")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("allowance.person")}</HeaderCell>
              <HeaderCell>{t("allowance.date")}</HeaderCell>
              <HeaderCell>{t("allowance.allowance")}</HeaderCell>
              <HeaderCell>{t("allowance.activity")}</HeaderCell>
              <HeaderCell isNumeric>{t("allowance.amountColumn")}</HeaderCell>
              <HeaderCell isNumeric>{t("allowance.yearColumn")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <Row key={item.id}>
                  <RowHeader>{personName(t, item, "last-first")}</RowHeader>
                  <Cell>{formatDate(new Date(`${item.paidOn}T12:00:00Z`), language)}</Cell>
                  <Cell>{t(`allowance.kind.${item.allowance}`)}</Cell>
                  <Cell>{item.activity}</Cell>
                  <Cell isNumeric>
                    {euro(item.amountCents)}
                    {item.isExcessAccepted ? (
                      <>
                        <br />
                        <span className="kern-body kern-body--small">
                          {t("allowance.excessAccepted")}
                        </span>
                      </>
                    ) : null}
                  </Cell>
                  <Cell isNumeric>
                    {t("allowance.yearOfLimit", {
                      paid: euro(item.yearPaidCents),
                      limit: euro(item.yearLimitCents),
                    })}
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
        </div>
      )}
    </>
  );
}
