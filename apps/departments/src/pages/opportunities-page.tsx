import { useTRPC } from "@engagiert/ui/api";
import { LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useAppT } from "../messages.ts";
import { useSeesWholeCity } from "./use-staff.ts";

const STATUSES = ["draft", "published", "paused", "closed", "archived"] as const;
type Status = (typeof STATUSES)[number];

export function OpportunitiesPage() {
  const t = useAppT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const seesWholeCity = useSeesWholeCity();
  const [status, setStatus] = useState<Status | "">("");
  const [organisationId, setOrganisationId] = useState("");
  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  const list = useInfiniteQuery({
    ...trpc.opportunityAdmin.list.infiniteQueryOptions(
      { limit: 20, status: status || null, organisationId: organisationId || null },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Page title={t("opportunities.title")}>
      <div className="engagiert-actions">
        <LinkButton to="/angebote/neu">{t("opportunities.new")}</LinkButton>
      </div>
      <div className="engagiert-filters">
        <SelectField
          label={t("common.status")}
          value={status}
          onChange={(e) => setStatus(e.target.value as Status | "")}
          options={[
            { value: "", label: t("common.all") },
            ...STATUSES.map((s) => ({ value: s, label: t(`oppStatus.${s}`) })),
          ]}
        />
        {seesWholeCity && organisations.data ? (
          <SelectField
            label={t("common.organisation")}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            options={[
              { value: "", label: t("common.all") },
              ...organisations.data.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ) : null}
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Table caption={t("opportunities.caption")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("opportunities.name")}</HeaderCell>
              <HeaderCell>{t("common.organisation")}</HeaderCell>
              <HeaderCell>{t("common.status")}</HeaderCell>
              <HeaderCell>{t("opportunities.format")}</HeaderCell>
              <HeaderCell>{t("opportunities.updated")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <Row key={item.id}>
                  <RowHeader>
                    <Link
                      to="/angebote/$opportunityId"
                      params={{ opportunityId: item.id }}
                      className="kern-link"
                    >
                      {item.title}
                    </Link>
                  </RowHeader>
                  <Cell>{item.organisationName}</Cell>
                  <Cell>{t(`oppStatus.${item.status}`)}</Cell>
                  <Cell>{t(`format.${item.format}`)}</Cell>
                  <Cell>{formatDate(item.updatedAt, language)}</Cell>
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
    </Page>
  );
}
