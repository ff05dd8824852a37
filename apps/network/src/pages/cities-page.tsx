import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { TextField } from "@engagiert/ui/text-field";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { FEDERAL_STATES, isFederalState, useAppT } from "../messages.ts";

const route = getRouteApi("/");
const PAGE_SIZE = 25;

export function CitiesPage() {
  const t = useAppT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? "");
  const [state, setState] = useState<string>(search.land ?? "");

  const cities = useInfiniteQuery({
    ...trpc.network.cities.infiniteQueryOptions(
      { limit: PAGE_SIZE, search: search.q, federalState: search.land },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const items = cities.data?.pages.flatMap((page) => page.items) ?? [];
  const total = cities.data?.pages[0]?.total ?? 0;

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate({
      search: { q: text.trim() || undefined, land: isFederalState(state) ? state : undefined },
    });
  }

  const stateLabel = (value: string) => (isFederalState(value) ? t(`state.${value}`) : value);

  return (
    <Page title={t("cities.title")}>
      <p className="kern-body">{t("cities.intro")}</p>
      <form
        className="engagiert-filters"
        role="search"
        aria-label={t("cities.filters")}
        onSubmit={apply}
      >
        <TextField
          label={t("cities.search")}
          hint={t("cities.searchHint")}
          type="search"
          name="q"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <SelectField
          label={t("cities.federalState")}
          name="land"
          value={state}
          onChange={(event) => setState(event.target.value)}
          options={[
            { value: "", label: t("cities.allStates") },
            ...FEDERAL_STATES.map((value) => ({ value, label: t(`state.${value}`) })),
          ]}
        />
        <div className="engagiert-actions">
          <Button type="submit">{t("cities.apply")}</Button>
          {search.q || search.land ? (
            <Link
              to="/"
              search={{}}
              className="kern-link"
              onClick={() => {
                setText("");
                setState("");
              }}
            >
              {t("cities.reset")}
            </Link>
          ) : null}
        </div>
      </form>
      {cities.isPending ? (
        <Loading />
      ) : cities.isError ? (
        <QueryError error={cities.error} onRetry={() => void cities.refetch()} />
      ) : (
        <>
          <p className="kern-body" aria-live="polite">
            {t("cities.total", { count: total, total: formatNumber(total, language) })}
          </p>
          {items.length > 0 ? (
            <Table caption={t("cities.caption")} isCaptionHidden>
              <TableHead>
                <HeaderCell>{t("cities.name")}</HeaderCell>
                <HeaderCell>{t("cities.federalState")}</HeaderCell>
                <HeaderCell isNumeric>{t("cities.population")}</HeaderCell>
                <HeaderCell isNumeric>{t("cities.joined")}</HeaderCell>
                <HeaderCell>{t("cities.runsPlatform")}</HeaderCell>
              </TableHead>
              <TableBody>
                {items.map((city) => (
                  <Row key={city.id}>
                    <RowHeader>{city.name}</RowHeader>
                    <Cell>{stateLabel(city.federalState)}</Cell>
                    <Cell isNumeric>
                      {city.population === null
                        ? t("cities.unknown")
                        : formatNumber(city.population, language)}
                    </Cell>
                    <Cell isNumeric>{city.joinedNetworkYear ?? t("cities.unknown")}</Cell>
                    <Cell>
                      {city.isRunningPlatform ? (
                        <span className="kern-badge kern-badge--success">
                          <span className="kern-label">{t("cities.yes")}</span>
                        </span>
                      ) : (
                        t("cities.no")
                      )}
                    </Cell>
                  </Row>
                ))}
              </TableBody>
            </Table>
          ) : (
            <p className="kern-body">{t("common.noResults")}</p>
          )}
          <LoadMore
            shown={items.length}
            total={total}
            hasMore={cities.hasNextPage}
            isLoading={cities.isFetchingNextPage}
            onLoadMore={() => void cities.fetchNextPage()}
          />
        </>
      )}
    </Page>
  );
}
