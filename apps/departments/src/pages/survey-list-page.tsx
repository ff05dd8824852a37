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
import { dayOf } from "./survey-parts.tsx";
import { useSeesWholeCity } from "./use-staff.ts";
import { useSurveyT } from "../survey-messages.ts";

const STATUSES = ["draft", "open", "closed"] as const;
type Status = (typeof STATUSES)[number];
/** The "for whom" filter's value for the city-wide surveys. */
const CITY_WIDE = "city";

/** The surveys of the caller's organisation (staff) or of the whole city, newest first. */
export function SurveysPage() {
  const t = useSurveyT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const seesWholeCity = useSeesWholeCity();
  const [status, setStatus] = useState<Status | "">("");
  const [owner, setOwner] = useState("");
  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  const list = useInfiniteQuery({
    ...trpc.surveys.list.infiniteQueryOptions(
      {
        limit: 20,
        status: status || null,
        cityWide: owner === CITY_WIDE,
        organisationId: owner && owner !== CITY_WIDE ? owner : null,
      },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Page title={t("surveys.pageTitle")}>
      <p className="kern-body">{t("surveys.anonymityNote")}</p>
      <div className="engagiert-actions">
        <LinkButton to="/umfragen/neu">{t("surveys.new")}</LinkButton>
      </div>
      <div className="engagiert-filters">
        <SelectField
          label={t("common.status")}
          value={status}
          onChange={(e) => setStatus(e.target.value as Status | "")}
          options={[
            { value: "", label: t("common.all") },
            ...STATUSES.map((s) => ({ value: s, label: t(`surveys.status.${s}`) })),
          ]}
        />
        {seesWholeCity && organisations.data ? (
          <SelectField
            label={t("surveys.for")}
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
            options={[
              { value: "", label: t("common.all") },
              { value: CITY_WIDE, label: t("surveys.wholeCity") },
              ...organisations.data.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ) : null}
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("surveys.empty")}</p>
      ) : (
        <>
          <Table caption={t("surveys.pageTitle")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("surveys.title")}</HeaderCell>
              <HeaderCell>{t("surveys.for")}</HeaderCell>
              <HeaderCell>{t("common.status")}</HeaderCell>
              <HeaderCell>{t("surveys.openedAt")}</HeaderCell>
              <HeaderCell>{t("surveys.closesOn")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <Row key={item.id}>
                  <RowHeader>
                    <Link
                      to="/umfragen/$surveyId"
                      params={{ surveyId: item.id }}
                      className="kern-link"
                    >
                      {item.title}
                    </Link>
                  </RowHeader>
                  <Cell>{item.organisationName ?? t("surveys.wholeCity")}</Cell>
                  <Cell>{t(`surveys.status.${item.status}`)}</Cell>
                  <Cell>
                    {item.openedAt ? formatDate(item.openedAt, language) : t("common.none")}
                  </Cell>
                  <Cell>
                    {item.closesOn ? formatDate(dayOf(item.closesOn), language) : t("common.none")}
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
    </Page>
  );
}
