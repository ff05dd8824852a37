import { CITY_SIZE_CLASSES, PRACTICE_THEMES, type CitySizeClass } from "@engagiert/domain/network";
import { useTRPC } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { SelectField } from "@engagiert/ui/select-field";
import { TextField } from "@engagiert/ui/text-field";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { FEDERAL_STATES, isFederalState } from "../messages.ts";
import { usePracticeT } from "../practice-messages.ts";
import type { PracticeSearch } from "../routes-practices.tsx";
import { isPracticeTheme, PracticeCard, usePracticeLabels } from "./practice-parts.tsx";

const route = getRouteApi("/practices/praxis");
const PAGE_SIZE = 12;

const isCitySize = (value: string | undefined): value is CitySizeClass =>
  (CITY_SIZE_CLASSES as readonly (string | undefined)[]).includes(value);
const isSlug = (value: string | undefined): value is string =>
  value !== undefined && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

/** The library: every published practice of the network, searched and filtered. */
export function PracticeLibraryPage() {
  const t = usePracticeT();
  const labels = usePracticeLabels();
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // Only values the domain knows reach the API; anything else in the address is ignored.
  const filters = {
    search: search.q,
    theme: isPracticeTheme(search.thema) ? search.thema : undefined,
    federalState: isFederalState(search.land) ? search.land : undefined,
    citySize: isCitySize(search.groesse) ? search.groesse : undefined,
    citySlug: isSlug(search.stadt) ? search.stadt : undefined,
  };
  const [draft, setDraft] = useState({
    q: search.q ?? "",
    thema: filters.theme ?? "",
    land: filters.federalState ?? "",
    groesse: filters.citySize ?? "",
    stadt: filters.citySlug ?? "",
  });
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  const access = useQuery(trpc.practices.access.queryOptions());
  const cities = useQuery(trpc.practices.cities.queryOptions());
  const practices = useInfiniteQuery({
    ...trpc.practices.list.infiniteQueryOptions(
      { limit: PAGE_SIZE, ...filters },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const items = practices.data?.pages.flatMap((page) => page.items) ?? [];
  const total = practices.data?.pages[0]?.total ?? 0;
  const isFiltered = Object.values(filters).some(Boolean);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: PracticeSearch = {
      q: draft.q.trim() || undefined,
      thema: draft.thema || undefined,
      land: draft.land || undefined,
      groesse: draft.groesse || undefined,
      stadt: draft.stadt || undefined,
    };
    void navigate({ to: "/praxis", search: next });
  }

  return (
    <Page title={t("practice.libraryTitle")}>
      <p className="kern-body">{t("practice.libraryIntro")}</p>
      {access.data?.mayContribute ? (
        <p className="engagiert-actions">
          <LinkButton to="/praxis/neu">{t("practice.share")}</LinkButton>
          <LinkButton to="/praxis/meine" variant="secondary">
            {t("practice.mine")}
          </LinkButton>
        </p>
      ) : null}
      <form
        className="engagiert-filters"
        role="search"
        aria-label={t("practice.filters")}
        onSubmit={apply}
      >
        <TextField
          label={t("practice.search")}
          hint={t("practice.searchHint")}
          type="search"
          name="q"
          maxLength={100}
          value={draft.q}
          onChange={(event) => set({ q: event.target.value })}
        />
        <SelectField
          label={t("practice.theme")}
          name="thema"
          value={draft.thema}
          onChange={(event) => set({ thema: event.target.value })}
          options={[
            { value: "", label: t("practice.allThemes") },
            ...PRACTICE_THEMES.map((value) => ({ value, label: labels.theme(value) })),
          ]}
        />
        <SelectField
          label={t("practice.federalState")}
          name="land"
          value={draft.land}
          onChange={(event) => set({ land: event.target.value })}
          options={[
            { value: "", label: t("practice.allStates") },
            ...FEDERAL_STATES.map((value) => ({ value, label: labels.state(value) })),
          ]}
        />
        <SelectField
          label={t("practice.citySize")}
          name="groesse"
          value={draft.groesse}
          onChange={(event) => set({ groesse: event.target.value })}
          options={[
            { value: "", label: t("practice.allSizes") },
            ...CITY_SIZE_CLASSES.map((value) => ({ value, label: t(`citySize.${value}`) })),
          ]}
        />
        <SelectField
          label={t("practice.city")}
          name="stadt"
          value={draft.stadt}
          onChange={(event) => set({ stadt: event.target.value })}
          options={[
            { value: "", label: t("practice.allCities") },
            ...(cities.data ?? []).map((city) => ({ value: city.slug, label: city.name })),
          ]}
        />
        <div className="engagiert-actions">
          <Button type="submit">{t("practice.apply")}</Button>
          {isFiltered ? (
            <Link
              to="/praxis"
              search={{}}
              className="kern-link"
              onClick={() => setDraft({ q: "", thema: "", land: "", groesse: "", stadt: "" })}
            >
              {t("practice.reset")}
            </Link>
          ) : null}
        </div>
      </form>
      {practices.isPending ? (
        <Loading />
      ) : practices.isError ? (
        <QueryError error={practices.error} onRetry={() => void practices.refetch()} />
      ) : (
        <section className="engagiert-section" aria-labelledby="practice-results">
          <h2 id="practice-results" className="kern-heading-medium" aria-live="polite">
            {t("practice.total", { count: total })}
          </h2>
          {items.length > 0 ? (
            <ul className="engagiert-card-grid">
              {items.map((practice) => (
                <li key={practice.id}>
                  <PracticeCard practice={practice} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="kern-body">{t("practice.none")}</p>
          )}
          <LoadMore
            shown={items.length}
            total={total}
            hasMore={practices.hasNextPage}
            isLoading={practices.isFetchingNextPage}
            onLoadMore={() => void practices.fetchNextPage()}
          />
        </section>
      )}
    </Page>
  );
}
