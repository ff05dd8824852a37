import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { LevelBadge, LEVELS, NotAssessed, useScoreText } from "./quality-levels.tsx";
import { useQualityT } from "../quality-messages.ts";

type Feedback = RouterOutputs["quality"]["matrix"]["rows"][number]["feedback"];

/** Saves a text as a file in the browser's downloads. */
function saveFile(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function CsvDownload() {
  const t = useQualityT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const download = useMutation({
    mutationFn: () =>
      queryClient.fetchQuery({ ...trpc.quality.matrixCsv.queryOptions(), staleTime: 0 }),
    onSuccess: (file) => saveFile(file.filename, file.content, "text/csv;charset=utf-8"),
  });
  const failure = download.error ? readError(download.error) : null;
  return (
    <>
      <Button variant="secondary" onClick={() => download.mutate()} disabled={download.isPending}>
        {download.isPending ? t("quality.matrix.downloading") : t("quality.matrix.download")}
      </Button>
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
    </>
  );
}

function FeedbackLine(props: { feedback: Feedback }) {
  const t = useQualityT();
  const [language] = useLanguage();
  if (!props.feedback) return null;
  const average = new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(props.feedback.average);
  return (
    <p className="kern-body kern-body--small">
      {t("quality.matrix.feedback", {
        average,
        answers: formatNumber(props.feedback.answers, language),
      })}
    </p>
  );
}

function Matrix() {
  const t = useQualityT();
  const trpc = useTRPC();
  const score = useScoreText();
  const matrix = useInfiniteQuery(
    trpc.quality.matrix.infiniteQueryOptions(
      { limit: 25 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  if (matrix.isPending) return <Loading />;
  if (matrix.isError)
    return <QueryError error={matrix.error} onRetry={() => void matrix.refetch()} />;
  const first = matrix.data.pages[0]!;
  const rows = matrix.data.pages.flatMap((p) => p.rows);
  if (rows.length === 0) return <p className="kern-body">{t("quality.matrix.empty")}</p>;
  const hasFeedback = rows.some((r) => r.feedback !== null);
  return (
    <>
      <div className="engagiert-quality-matrix">
        <Table caption={t("quality.matrix.caption")}>
          <TableHead>
            <HeaderCell>{t("quality.matrix.organisation")}</HeaderCell>
            <HeaderCell isNumeric>{t("quality.score")}</HeaderCell>
            {first.standards.map((s) => (
              <HeaderCell key={s.id}>{s.title}</HeaderCell>
            ))}
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <Row key={row.organisation.id}>
                <RowHeader>
                  <Link
                    to="/qualitaet/organisationen/$organisationId"
                    params={{ organisationId: row.organisation.id }}
                    className="kern-link"
                  >
                    {row.organisation.name}
                  </Link>
                </RowHeader>
                <Cell isNumeric>{score(row.score)}</Cell>
                {row.cells.map((cell, i) => (
                  <Cell key={first.standards[i]!.id}>
                    {cell ? <LevelBadge level={cell.level} isShort /> : <NotAssessed />}
                    {first.standards[i]!.id === first.feedbackStandardId ? (
                      <FeedbackLine feedback={row.feedback} />
                    ) : null}
                  </Cell>
                ))}
              </Row>
            ))}
          </TableBody>
        </Table>
      </div>
      <LoadMore
        shown={rows.length}
        total={first.total}
        hasMore={matrix.hasNextPage}
        isLoading={matrix.isFetchingNextPage}
        onLoadMore={() => void matrix.fetchNextPage()}
      />
      {hasFeedback ? (
        <p className="kern-body kern-body--small">{t("quality.matrix.feedbackNote")}</p>
      ) : null}
    </>
  );
}

/** The coordination office's overview: organisations × standards, scores, export. */
export function QualityMatrixPage() {
  const t = useQualityT();
  return (
    <Page title={t("quality.matrix.title")}>
      <p className="kern-body">{t("quality.matrix.intro")}</p>
      <div className="engagiert-actions">
        <LinkButton to="/qualitaet/standards" variant="secondary">
          {t("quality.matrix.catalogue")}
        </LinkButton>
        <CsvDownload />
      </div>
      <section aria-labelledby="quality-legend">
        <h2 id="quality-legend" className="kern-heading-small">
          {t("quality.matrix.legend")}
        </h2>
        <ul className="engagiert-level-legend">
          {LEVELS.map((level) => (
            <li key={level}>
              <LevelBadge level={level} />
            </li>
          ))}
          <li>
            <NotAssessed />
          </li>
        </ul>
        <p className="kern-body kern-body--small">{t("quality.scoreRule")}</p>
      </section>
      <Matrix />
    </Page>
  );
}
