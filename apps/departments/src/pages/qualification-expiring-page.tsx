import { useTRPC } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { personName } from "@engagiert/ui/person-name";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useDay } from "./qualification-texts.ts";
import { useSeesWholeCity } from "./use-staff.ts";
import { useQualificationT } from "../qualification-messages.ts";

const PAGE_SIZE = 25;
/** How far ahead to look; "" lets each type's own reminder period decide. */
const PERIODS = ["", "30", "60", "90", "180", "365"] as const;
type Period = (typeof PERIODS)[number];

function ExpiringTable(props: { organisationId: string | null; withinDays: number | null }) {
  const t = useQualificationT();
  const [language] = useLanguage();
  const day = useDay();
  const trpc = useTRPC();
  const list = useInfiniteQuery({
    ...trpc.qualifications.expiring.infiniteQueryOptions(
      { organisationId: props.organisationId, withinDays: props.withinDays, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="kern-body">{t("qualifications.expiring.none")}</p>;
  return (
    <div aria-busy={list.isFetching}>
      <Table caption={t("qualifications.expiring.caption")} isCaptionHidden>
        <TableHead>
          <HeaderCell>{t("qualifications.person")}</HeaderCell>
          <HeaderCell>{t("qualifications.type")}</HeaderCell>
          <HeaderCell>{t("qualifications.validUntil")}</HeaderCell>
          <HeaderCell isNumeric>{t("qualifications.daysLeft")}</HeaderCell>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <Row key={item.id}>
              <RowHeader>
                <Link
                  to="/engagierte/$personId"
                  params={{ personId: item.personId }}
                  className="kern-link"
                >
                  {personName(t, item, "last-first")}
                </Link>
              </RowHeader>
              <Cell>{language === "de" ? item.nameDe : item.nameEn}</Cell>
              <Cell>{day(item.validUntil)}</Cell>
              <Cell isNumeric>
                {item.daysLeft === 0
                  ? t("qualifications.expiring.today")
                  : t("qualifications.expiring.days", { count: item.daysLeft })}
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
  );
}

/** Qualifications of engaged volunteers that run out soon, so staff can plan refreshers. */
export function QualificationExpiringPage() {
  const t = useQualificationT();
  const trpc = useTRPC();
  const seesWholeCity = useSeesWholeCity();
  const [organisationId, setOrganisationId] = useState("");
  const [period, setPeriod] = useState<Period>("");
  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  return (
    <Page title={t("qualifications.expiring.title")}>
      <p className="kern-body">{t("qualifications.expiring.intro")}</p>
      <p className="kern-body">
        <Link to="/qualifikationen/arten" className="kern-link">
          {t("qualifications.types.link")}
        </Link>
      </p>
      <div className="engagiert-filters">
        {seesWholeCity && organisations.data ? (
          <SelectField
            label={t("common.organisation")}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            options={[
              { value: "", label: t("qualifications.wholeCity") },
              ...organisations.data.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ) : null}
        <SelectField
          label={t("qualifications.expiring.period")}
          value={period}
          onChange={(e) => setPeriod(e.target.value as Period)}
          options={PERIODS.map((p) => ({
            value: p,
            label: p
              ? t("qualifications.expiring.withinDays", { count: Number(p) })
              : t("qualifications.expiring.byType"),
          }))}
        />
      </div>
      <ExpiringTable
        organisationId={organisationId || null}
        withinDays={period ? Number(period) : null}
      />
    </Page>
  );
}
