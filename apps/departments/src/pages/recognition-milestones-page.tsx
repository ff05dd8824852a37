import { useTRPC } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { TextField } from "@engagiert/ui/text-field";
import { personName } from "@engagiert/ui/person-name";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useRecognitionT } from "./recognition-t.ts";
import { MoreButton } from "./recognition-more.tsx";
import {
  currentMonth,
  useDay,
  useHours,
  useMilestoneText,
  useMonthName,
} from "./recognition-parts.tsx";
import { useSeesWholeCity } from "./use-staff.ts";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function MilestoneTable(props: { month: string; organisationId: string | null }) {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const day = useDay();
  const hours = useHours();
  const milestoneText = useMilestoneText();
  const monthName = useMonthName();
  const list = useInfiniteQuery({
    ...trpc.recognition.milestones.infiniteQueryOptions(
      { month: props.month, organisationId: props.organisationId, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="kern-body">{t("recognition.milestones.none")}</p>;
  return (
    <div aria-busy={list.isFetching}>
      <Table caption={t("recognition.milestones.caption", { month: monthName(props.month) })}>
        <TableHead>
          <HeaderCell>{t("recognition.name")}</HeaderCell>
          <HeaderCell>{t("recognition.milestones.reached")}</HeaderCell>
          <HeaderCell isNumeric>{t("recognition.milestones.hoursAtEnd")}</HeaderCell>
          <HeaderCell>{t("recognition.engagedSince")}</HeaderCell>
        </TableHead>
        <TableBody>
          {items.map((person) => (
            <Row key={person.personId}>
              <RowHeader>
                <Link
                  to="/engagierte/$personId"
                  params={{ personId: person.personId }}
                  className="kern-link"
                >
                  {personName(t, person, "last-first")}
                </Link>
              </RowHeader>
              <Cell>{person.milestones.map(milestoneText).join("; ")}</Cell>
              <Cell isNumeric>{hours(person.minutesAtMonthEnd)}</Cell>
              <Cell>{person.engagedSince ? day(person.engagedSince) : t("common.none")}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <MoreButton
        shown={items.length}
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        onMore={() => void list.fetchNextPage()}
      />
    </div>
  );
}

/**
 * Who reaches a milestone in a month: anniversaries of engagement and hour thresholds. Staff see
 * their organisation; the coordination office the whole city or one organisation.
 */
export function RecognitionMilestonesPage() {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const seesWholeCity = useSeesWholeCity();
  const [month, setMonth] = useState(currentMonth());
  const [organisationId, setOrganisationId] = useState("");
  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  const isValidMonth = MONTH.test(month);
  return (
    <Page title={t("recognition.milestones.title")}>
      <div className="engagiert-filters">
        <TextField
          label={t("recognition.milestones.month")}
          hint={t("recognition.milestones.monthHint")}
          type="month"
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          error={isValidMonth ? null : t("recognition.milestones.monthHint")}
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
      {isValidMonth ? (
        <MilestoneTable month={month} organisationId={organisationId || null} />
      ) : null}
    </Page>
  );
}
