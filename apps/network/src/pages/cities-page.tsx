import { CITY_SIZE_CLASSES, type CitySizeClass } from "@engagiert/domain/network";
import { useTRPC } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
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
import { useDirectoryT } from "../directory-messages.ts";
import { FEDERAL_STATES, isFederalState } from "../messages.ts";
import { NETWORK_ADMIN_ROLES, useRole } from "../network-area.tsx";
import { StatesOverview } from "./states-overview.tsx";

const route = getRouteApi("/directory/staedte");

const isSizeClass = (value: unknown): value is CitySizeClass =>
  typeof value === "string" && (CITY_SIZE_CLASSES as readonly string[]).includes(value);
const PAGE_SIZE = 25;

export function CitiesPage() {
  const t = useDirectoryT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const role = useRole();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? "");
  const [state, setState] = useState<string>(search.land ?? "");
  const sizeClass = isSizeClass(search.groesse) ? search.groesse : undefined;
  const [size, setSize] = useState<string>(sizeClass ?? "");

  const cities = useInfiniteQuery({
    ...trpc.network.cities.infiniteQueryOptions(
      {
        limit: PAGE_SIZE,
        search: search.q,
        federalState: search.land,
        sizeClass,
      },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const items = cities.data?.pages.flatMap((page) => page.items) ?? [];
  const total = cities.data?.pages[0]?.total ?? 0;
  const isFiltered = Boolean(search.q || search.land || sizeClass);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate({
      search: {
        ...search,
        q: text.trim() || undefined,
        land: isFederalState(state) ? state : undefined,
        groesse: isSizeClass(size) ? size : undefined,
      },
    });
  }

  const stateLabel = (value: string) => (isFederalState(value) ? t(`state.${value}`) : value);

  return (
    <Page title={t("cities.title")}>
      <p className="kern-body">{t("cities.intro")}</p>
      {role && NETWORK_ADMIN_ROLES.includes(role) ? (
        <p className="kern-body">
          <LinkButton to="/staedte/import" variant="secondary">
            {t("cities.import")}
          </LinkButton>
        </p>
      ) : null}
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
        <SelectField
          label={t("cities.sizeClass")}
          name="groesse"
          value={size}
          onChange={(event) => setSize(event.target.value)}
          options={[
            { value: "", label: t("cities.allSizes") },
            ...CITY_SIZE_CLASSES.map((value) => ({ value, label: t(`size.${value}`) })),
          ]}
        />
        <div className="engagiert-actions">
          <Button type="submit">{t("cities.apply")}</Button>
          {isFiltered ? (
            <Link
              to="/staedte"
              search={{}}
              className="kern-link"
              onClick={() => {
                setText("");
                setState("");
                setSize("");
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
                    <RowHeader>
                      <Link to="/staedte/$slug" params={{ slug: city.slug }} className="kern-link">
                        {city.name}
                      </Link>
                    </RowHeader>
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
      <StatesOverview />
    </Page>
  );
}
