import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { personName } from "@engagiert/ui/person-name";
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useRecognitionT } from "./recognition-t.ts";
import { MoreButton } from "./recognition-more.tsx";
import { saveFile, useDay, useHours } from "./recognition-parts.tsx";

/** The CSV for the card application, made by the API (and audited there). */
function CsvButton() {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const csv = useMutation(trpc.recognition.eligibleCsv.mutationOptions({ onSuccess: saveFile }));
  const failure = csv.error ? readError(csv.error) : null;
  return (
    <div className="engagiert-actions">
      <Button variant="secondary" disabled={csv.isPending} onClick={() => csv.mutate()}>
        {csv.isPending ? t("recognition.downloading") : t("recognition.download")}
      </Button>
      {csv.isSuccess ? (
        <Alert tone="success" title={t("recognition.downloaded", { rows: csv.data.rows })} isLive />
      ) : null}
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
        </Alert>
      ) : null}
    </div>
  );
}

/** The coordination office's list of people who may apply for the Ehrenamtskarte today. */
export function RecognitionCardPage() {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const day = useDay();
  const hours = useHours();
  const list = useInfiniteQuery(
    trpc.recognition.eligibleList.infiniteQueryOptions(
      { limit: 50 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  const first = list.data?.pages[0];
  const rule = first?.rule ?? null;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Page title={t("recognition.card.title")}>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : !rule ? (
        <p className="kern-body">{t("recognition.card.noRule", { state: first?.state ?? "" })}</p>
      ) : (
        <>
          <p className="kern-body">
            {t("recognition.card.rule", {
              state: first?.state ?? "",
              hours: rule.minimumHoursInWindow,
              months: rule.windowMonths,
              projectHours: rule.minimumHoursInProject,
            })}
          </p>
          {items.length === 0 ? (
            <p className="kern-body">{t("recognition.card.none")}</p>
          ) : (
            <>
              <CsvButton />
              <Table caption={t("recognition.card.caption")}>
                <TableHead>
                  <HeaderCell>{t("recognition.name")}</HeaderCell>
                  <HeaderCell>{t("recognition.engagedSince")}</HeaderCell>
                  <HeaderCell isNumeric>
                    {t("recognition.card.hoursInWindow", { months: rule.windowMonths })}
                  </HeaderCell>
                  <HeaderCell>{t("recognition.card.basis")}</HeaderCell>
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
                      <Cell>
                        {person.engagedSince ? day(person.engagedSince) : t("common.none")}
                      </Cell>
                      <Cell isNumeric>{hours(person.minutesInWindow)}</Cell>
                      <Cell>
                        {person.basis === "group" && person.group
                          ? t(`recognition.group.${person.group}`)
                          : person.basis === "project"
                            ? t("recognition.basis.project", {
                                hours: rule.minimumHoursInProject,
                              })
                            : t("recognition.basis.hours", {
                                hours: rule.minimumHoursInWindow,
                                months: rule.windowMonths,
                              })}
                      </Cell>
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
            </>
          )}
        </>
      )}
    </Page>
  );
}
