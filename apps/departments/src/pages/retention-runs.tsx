import { useTRPC } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { LoadMore } from "@engagiert/ui/pagination";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useRetentionT } from "../retention-messages.ts";

/** The runs so far, newest first: when, how (schedule or on demand, dry or real), what counted. */
export function RetentionRuns() {
  const t = useRetentionT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const runs = useInfiniteQuery(
    trpc.retention.runs.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = runs.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="runs-heading" className="engagiert-section">
      <h2 id="runs-heading" className="kern-heading-medium">
        {t("retention.runs.title")}
      </h2>
      {runs.isPending ? (
        <Loading />
      ) : runs.isError ? (
        <QueryError error={runs.error} onRetry={() => void runs.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("retention.runs.none")}</p>
      ) : (
        <>
          <Table caption={t("retention.runs.caption")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("retention.runs.started")}</HeaderCell>
              <HeaderCell>{t("retention.runs.how")}</HeaderCell>
              <HeaderCell>{t("retention.runs.counts")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((run) => (
                <Row key={run.id}>
                  <RowHeader>{formatDateTime(run.startedAt, language)}</RowHeader>
                  <Cell>
                    {run.isScheduled ? t("retention.runs.scheduled") : t("retention.runs.onDemand")}
                    {", "}
                    {run.dryRun ? t("retention.runs.dry") : t("retention.runs.real")}
                    {run.finishedAt ? "" : ` (${t("retention.runs.unfinished")})`}
                  </Cell>
                  <Cell>
                    {t("retention.runs.countsText", {
                      applications: run.counts.applications ?? 0,
                      applicantsErased: run.counts.applicantsErased ?? 0,
                      inactivityNotices: run.counts.inactivityNotices ?? 0,
                      inactiveErased: run.counts.inactiveErased ?? 0,
                      fuehrungszeugnis: run.counts.fuehrungszeugnis ?? 0,
                      mailBodies: run.counts.mailBodies ?? 0,
                    })}
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          <LoadMore
            shown={items.length}
            total={runs.data.pages[0]?.total ?? items.length}
            hasMore={runs.hasNextPage}
            isLoading={runs.isFetchingNextPage}
            onLoadMore={() => void runs.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
