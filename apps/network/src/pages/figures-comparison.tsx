import { SHARED_METRICS, sharedYears, type SharedMetric } from "@engagiert/domain/network";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatNumber, isoDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useFiguresT } from "../figures-messages.ts";
import { isFederalState } from "../messages.ts";
import { ComparisonChart } from "./figures-chart.tsx";

const route = getRouteApi("/figures-area/zahlen");
const PAGE_SIZE = 50;

const isMetric = (value: string): value is SharedMetric =>
  (SHARED_METRICS as readonly string[]).includes(value);

/**
 * One figure of one year across the cities of similar size that share it: a table with the
 * figure and the figure per 1,000 inhabitants, and the latter as a bar chart.
 */
export function FiguresComparison() {
  const t = useFiguresT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const years = sharedYears(Number(isoDate(new Date()).slice(0, 4))).reverse();
  const year = search.jahr ?? years[0]!;
  const metric: SharedMetric = search.kennzahl ?? "active_volunteers";
  const [chosenYear, setChosenYear] = useState(String(year));
  const [chosenMetric, setChosenMetric] = useState<string>(metric);

  const comparison = useInfiniteQuery({
    ...trpc.network.compareFigures.infiniteQueryOptions(
      { year, metric, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nextYear = Number(chosenYear);
    void navigate({
      search: {
        ...search,
        jahr: years.includes(nextYear) ? nextYear : undefined,
        kennzahl: isMetric(chosenMetric) ? chosenMetric : undefined,
      },
    });
  }

  const number = (value: number) => formatNumber(value, language);
  const metricName = t(`metric.${metric}`);
  const viewer = comparison.data?.pages[0]?.viewer;
  const rows = comparison.data?.pages.flatMap((page) => page.items) ?? [];
  const cityLabel = (row: { name: string; isOwnCity: boolean }) =>
    row.isOwnCity ? t("compare.own", { city: row.name }) : row.name;

  return (
    <section aria-labelledby="figures-comparison" className="engagiert-section">
      <h2 id="figures-comparison" className="kern-heading-medium">
        {t("compare.title")}
      </h2>
      <form className="engagiert-filters" aria-label={t("compare.choose")} onSubmit={apply}>
        <SelectField
          label={t("compare.year")}
          name="jahr"
          value={chosenYear}
          onChange={(event) => setChosenYear(event.target.value)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          label={t("compare.metric")}
          name="kennzahl"
          value={chosenMetric}
          onChange={(event) => setChosenMetric(event.target.value)}
          options={SHARED_METRICS.map((m) => ({ value: m, label: t(`metric.${m}`) }))}
        />
        <div className="engagiert-actions">
          <Button type="submit">{t("compare.show")}</Button>
        </div>
      </form>
      {comparison.isPending ? (
        <Loading />
      ) : comparison.isError ? (
        <QueryError error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : (
        <>
          {viewer ? (
            <p className="kern-body" aria-live="polite">
              {viewer.range
                ? t("compare.range", {
                    from: number(viewer.range.from),
                    to: number(viewer.range.to),
                    city: viewer.name,
                  })
                : t("compare.noPopulation", { city: viewer.name })}
            </p>
          ) : null}
          {rows.length === 0 ? (
            <p className="kern-body">{t("compare.empty", { year })}</p>
          ) : (
            <>
              <Table caption={t("compare.caption", { metric: metricName, year })}>
                <TableHead>
                  <HeaderCell>{t("compare.city")}</HeaderCell>
                  <HeaderCell>{t("compare.federalState")}</HeaderCell>
                  <HeaderCell isNumeric>{t("compare.population")}</HeaderCell>
                  <HeaderCell isNumeric>{metricName}</HeaderCell>
                  <HeaderCell isNumeric>{t("compare.perThousand")}</HeaderCell>
                </TableHead>
                <TableBody>
                  {rows.map((row) => (
                    <Row key={row.slug}>
                      <RowHeader>{cityLabel(row)}</RowHeader>
                      <Cell>
                        {isFederalState(row.federalState)
                          ? t(`state.${row.federalState}`)
                          : row.federalState}
                      </Cell>
                      <Cell isNumeric>
                        {row.population === null ? t("compare.unknown") : number(row.population)}
                      </Cell>
                      <Cell isNumeric>{number(row.value)}</Cell>
                      <Cell isNumeric>
                        {row.perThousand === null ? t("compare.unknown") : number(row.perThousand)}
                      </Cell>
                    </Row>
                  ))}
                </TableBody>
              </Table>
              <ComparisonChart rows={rows} metricName={metricName} year={year} />
              {comparison.hasNextPage ? (
                <Button
                  variant="secondary"
                  onClick={() => void comparison.fetchNextPage()}
                  disabled={comparison.isFetchingNextPage}
                >
                  {comparison.isFetchingNextPage ? t("common.loading") : t("compare.more")}
                </Button>
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}
