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
import { useSeesWholeCity } from "./use-staff.ts";
import { useTrainingT } from "../training-messages.ts";

const STATUSES = ["draft", "published", "cancelled", "closed"] as const;
type Status = (typeof STATUSES)[number];

/** The trainings the signed-in staff manage: their organisation's, or the whole city's. */
export function TrainingListPage() {
  const t = useTrainingT();
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
    ...trpc.trainingAdmin.list.infiniteQueryOptions(
      { limit: 20, status: status || null, organisationId: organisationId || null },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Page title={t("training.listTitle")}>
      <p className="kern-body">{t("training.listIntro")}</p>
      <div className="engagiert-actions">
        <LinkButton to="/schulungen/neu">{t("training.new")}</LinkButton>
      </div>
      <div className="engagiert-filters">
        <SelectField
          label={t("common.status")}
          value={status}
          onChange={(e) => setStatus(e.target.value as Status | "")}
          options={[
            { value: "", label: t("common.all") },
            ...STATUSES.map((s) => ({ value: s, label: t(`trainingStatus.${s}`) })),
          ]}
        />
        {seesWholeCity && organisations.data ? (
          <SelectField
            label={t("training.organiser")}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            options={[
              { value: "", label: t("common.all") },
              { value: "city", label: t("training.coordinationOffice") },
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
        <p className="kern-body">{t("training.noneYet")}</p>
      ) : (
        <>
          <Table caption={t("training.listTitle")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("training.title")}</HeaderCell>
              <HeaderCell>{t("training.organiser")}</HeaderCell>
              <HeaderCell>{t("common.status")}</HeaderCell>
              <HeaderCell>{t("training.firstSession")}</HeaderCell>
              <HeaderCell>{t("training.places")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <Row key={item.id}>
                  <RowHeader>
                    <Link
                      to="/schulungen/$trainingId"
                      params={{ trainingId: item.id }}
                      className="kern-link"
                    >
                      {item.title}
                    </Link>
                  </RowHeader>
                  <Cell>{item.organisationName ?? t("training.coordinationOffice")}</Cell>
                  <Cell>{t(`trainingStatus.${item.status}`)}</Cell>
                  <Cell>
                    {item.startsAt ? formatDate(item.startsAt, language) : t("common.none")}
                  </Cell>
                  <Cell>
                    {t("training.placesTaken", {
                      confirmed: item.confirmedCount,
                      capacity: item.capacity,
                    })}
                    {item.waitingCount > 0
                      ? ` ${t("training.waitingCount", { count: item.waitingCount })}`
                      : null}
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
