import { useTRPC } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { RadioGroup } from "@engagiert/ui/radio-group";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { TextField } from "@engagiert/ui/text-field";
import { personName } from "@engagiert/ui/person-name";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useDeferredValue, useState } from "react";
import { useAppT } from "../messages.ts";
import { useSeesWholeCity } from "./use-staff.ts";

const STATUSES = [
  "submitted",
  "in_contact",
  "onboarding",
  "active",
  "paused",
  "ended",
  "declined",
  "withdrawn",
] as const;
type Status = (typeof STATUSES)[number];
const SORTS = ["newest", "oldest", "name", "changed"] as const;
type Sort = (typeof SORTS)[number];

type Filters = {
  organisationId: string | null;
  opportunityId: string | null;
  search: string | null;
};

function Board(props: { filters: Filters; onShowAll: (status: Status) => void }) {
  const t = useAppT();
  const trpc = useTRPC();
  const board = useQuery({
    ...trpc.pipeline.board.queryOptions(props.filters),
    placeholderData: keepPreviousData,
  });
  if (board.isPending) return <Loading />;
  if (board.isError) return <QueryError error={board.error} onRetry={() => void board.refetch()} />;
  return (
    <div className="engagiert-board" aria-busy={board.isFetching}>
      {board.data.map((column) => (
        <section
          key={column.status}
          className="engagiert-board__column"
          aria-labelledby={`column-${column.status}`}
        >
          <h2 id={`column-${column.status}`} className="kern-heading-small">
            {t(`status.${column.status}`)}{" "}
            <span className="kern-body kern-body--small">
              ({t("pipeline.columnCount", { count: column.total })})
            </span>
          </h2>
          {column.items.length === 0 ? (
            <p className="kern-body kern-body--small">{t("pipeline.empty")}</p>
          ) : (
            <ul className="engagiert-board__list">
              {column.items.map((item) => (
                <li key={item.id} className="engagiert-board__card">
                  <Link
                    to="/bewerbungen/$engagementId"
                    params={{ engagementId: item.id }}
                    className="kern-link"
                  >
                    {personName(t, item)}
                  </Link>
                  <p className="kern-body kern-body--small">
                    {item.opportunityTitle}
                    {item.isMinor ? ` · ${t("pipeline.minor")}` : ""}
                  </p>
                  {item.moves.length > 0 ? (
                    <p className="kern-body kern-body--small">
                      {t("pipeline.moves")}: {item.moves.map((m) => t(`move.${m}`)).join(", ")}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {column.total > column.items.length ? (
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() => props.onShowAll(column.status)}
            >
              <span className="kern-label">
                {t("pipeline.moreInTable", { count: column.total })}
              </span>
            </button>
          ) : null}
        </section>
      ))}
    </div>
  );
}

function ApplicationsTable(props: { filters: Filters; status: Status | ""; sort: Sort }) {
  const t = useAppT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const list = useInfiniteQuery({
    ...trpc.pipeline.list.infiniteQueryOptions(
      { ...props.filters, status: props.status || null, sort: props.sort, limit: 25 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  return (
    <>
      <Table caption={t("pipeline.caption")} isCaptionHidden>
        <TableHead>
          <HeaderCell>{t("pipeline.name")}</HeaderCell>
          <HeaderCell>{t("pipeline.opportunity")}</HeaderCell>
          <HeaderCell>{t("common.status")}</HeaderCell>
          <HeaderCell>{t("pipeline.applied")}</HeaderCell>
          <HeaderCell>{t("pipeline.moves")}</HeaderCell>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <Row key={item.id}>
              <RowHeader>
                <Link
                  to="/bewerbungen/$engagementId"
                  params={{ engagementId: item.id }}
                  className="kern-link"
                >
                  {personName(t, item, "last-first")}
                </Link>
              </RowHeader>
              <Cell>{item.opportunityTitle}</Cell>
              <Cell>{t(`status.${item.status}`)}</Cell>
              <Cell>{formatDate(item.appliedAt, language)}</Cell>
              <Cell>{item.moves.map((m) => t(`move.${m}`)).join(", ") || t("common.none")}</Cell>
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
  );
}

export function PipelinePage() {
  const t = useAppT();
  const trpc = useTRPC();
  const seesWholeCity = useSeesWholeCity();
  const [view, setView] = useState<"board" | "table">("board");
  const [organisationId, setOrganisationId] = useState("");
  const [opportunityId, setOpportunityId] = useState("");
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<Status | "">("");
  const [sort, setSort] = useState<Sort>("newest");
  const deferredSearch = useDeferredValue(search.trim());
  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  const opportunities = useQuery(
    trpc.opportunityAdmin.list.queryOptions({
      limit: 100,
      organisationId: organisationId || null,
    }),
  );
  const filters: Filters = {
    organisationId: organisationId || null,
    opportunityId: opportunityId || null,
    search: deferredSearch || null,
  };

  return (
    <Page title={t("pipeline.title")}>
      <RadioGroup
        legend={t("pipeline.view")}
        value={view}
        onChange={(value) => setView(value as "board" | "table")}
        isHorizontal
        options={[
          { value: "board", label: t("pipeline.board") },
          { value: "table", label: t("pipeline.table") },
        ]}
      />
      <div className="engagiert-filters">
        {seesWholeCity && organisations.data ? (
          <SelectField
            label={t("common.organisation")}
            value={organisationId}
            onChange={(e) => {
              setOrganisationId(e.target.value);
              setOpportunityId("");
            }}
            options={[
              { value: "", label: t("common.all") },
              ...organisations.data.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ) : null}
        <SelectField
          label={t("pipeline.opportunity")}
          value={opportunityId}
          onChange={(e) => setOpportunityId(e.target.value)}
          options={[
            { value: "", label: t("common.all") },
            ...(opportunities.data?.items.map((o) => ({ value: o.id, label: o.title })) ?? []),
          ]}
        />
        <TextField
          label={t("pipeline.search")}
          type="search"
          value={search}
          maxLength={100}
          onChange={(e) => setSearch(e.target.value)}
        />
        {view === "table" ? (
          <>
            <SelectField
              label={t("common.status")}
              value={status}
              onChange={(e) => setStatus(e.target.value as Status | "")}
              options={[
                { value: "", label: t("common.all") },
                ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
              ]}
            />
            <SelectField
              label={t("pipeline.sort")}
              value={sort}
              onChange={(e) => setSort(e.target.value as Sort)}
              options={SORTS.map((s) => ({ value: s, label: t(`pipeline.sort.${s}`) }))}
            />
          </>
        ) : null}
      </div>
      {view === "board" ? (
        <Board
          filters={filters}
          onShowAll={(s) => {
            setStatus(s);
            setView("table");
          }}
        />
      ) : (
        <ApplicationsTable filters={filters} status={status} sort={sort} />
      )}
    </Page>
  );
}
