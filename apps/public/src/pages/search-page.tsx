import type { OpportunitySearchParams } from "@engagiert/domain/opportunities";
import {
  OpportunitySearch,
  SEARCH_LIMITS,
  searchFromParams,
} from "@engagiert/domain/opportunities";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { Card } from "@engagiert/ui/card";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { QueryError } from "@engagiert/ui/error-page";
import { Fieldset } from "@engagiert/ui/fieldset";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { useCityConfig } from "@engagiert/ui/session";
import { TextField } from "@engagiert/ui/text-field";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useAppT } from "../messages.ts";

const route = getRouteApi("/suchen");
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const DAY_PARTS = ["morning", "afternoon", "evening"] as const;
const RADII = [2, 5, 10, 25] as const;
const FORMATS = ["one_off", "project", "regular"] as const;

/** Drops empty values, so the URL holds only what the visitor chose. */
function compact(params: OpportunitySearchParams): OpportunitySearchParams {
  return Object.fromEntries(
    Object.entries(params).filter(
      ([, v]) =>
        v !== undefined && v !== "" && v !== false && !(Array.isArray(v) && v.length === 0),
    ),
  ) as OpportunitySearchParams;
}

function toggle<T>(list: readonly T[] | undefined, item: T, on: boolean): T[] {
  const rest = (list ?? []).filter((x) => x !== item);
  return on ? [...rest, item] : rest;
}

function SearchForm(props: { initial: OpportunitySearchParams }) {
  const t = useAppT();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const city = useCityConfig().data;
  const [form, setForm] = useState<OpportunitySearchParams>(props.initial);
  const set = (change: Partial<OpportunitySearchParams>) => setForm((f) => ({ ...f, ...change }));
  const postcode = typeof form.near === "string" && /^\d*$/.test(form.near) ? form.near : "";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate({ to: "/suchen", search: compact({ ...form, page: undefined }) });
  }

  return (
    <form
      role="search"
      aria-label={t("search.formLabel")}
      className="engagiert-form"
      onSubmit={submit}
    >
      <TextField
        label={t("search.q")}
        hint={t("search.qHint")}
        type="search"
        name="q"
        value={form.q ?? ""}
        maxLength={200}
        onChange={(e) => set({ q: e.target.value })}
      />
      <SelectField
        label={t("search.category")}
        value={form.categories?.[0] ?? ""}
        onChange={(e) => set({ categories: e.target.value ? [e.target.value] : [] })}
        options={[
          { value: "", label: t("search.any") },
          ...(city?.categories ?? []).map((c) => ({ value: c.slug, label: c.label[language] })),
        ]}
      />
      <SelectField
        label={t("search.format")}
        value={form.format ?? ""}
        onChange={(e) =>
          set({ format: (e.target.value || undefined) as OpportunitySearchParams["format"] })
        }
        options={[
          { value: "", label: t("search.any") },
          ...FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) })),
        ]}
      />
      <SelectField
        label={t("search.district")}
        value={form.district ?? ""}
        onChange={(e) => set({ district: e.target.value || undefined })}
        options={[
          { value: "", label: t("search.any") },
          ...(city?.districts ?? []).map((d) => ({ value: d.slug, label: d.name })),
        ]}
      />
      <TextField
        label={t("search.near")}
        hint={t("search.nearHint")}
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={5}
        value={postcode}
        onChange={(e) => set({ near: e.target.value.replace(/\D/g, "") || undefined })}
      />
      <SelectField
        label={t("search.radius")}
        value={form.radiusKm ? String(form.radiusKm) : ""}
        onChange={(e) => set({ radiusKm: e.target.value ? Number(e.target.value) : undefined })}
        options={[
          { value: "", label: t("search.radiusAny") },
          ...RADII.map((km) => ({ value: String(km), label: t("search.radiusKm", { km }) })),
        ]}
      />
      <Fieldset legend={t("search.when")} isHorizontal>
        {WEEKDAYS.map((day) => (
          <CheckboxField
            key={day}
            label={t(`weekday.${day}`)}
            checked={form.weekdays?.includes(day) ?? false}
            onChange={(e) => set({ weekdays: toggle(form.weekdays, day, e.target.checked) })}
          />
        ))}
      </Fieldset>
      <Fieldset legend={t("search.dayParts")} isHorizontal>
        {DAY_PARTS.map((part) => (
          <CheckboxField
            key={part}
            label={t(`dayPart.${part}`)}
            checked={form.dayParts?.includes(part) ?? false}
            onChange={(e) => set({ dayParts: toggle(form.dayParts, part, e.target.checked) })}
          />
        ))}
      </Fieldset>
      <Fieldset legend={t("search.requirements")}>
        <CheckboxField
          label={t("search.isForMinors")}
          checked={form.isForMinors ?? false}
          onChange={(e) => set({ isForMinors: e.target.checked })}
        />
        <CheckboxField
          label={t("search.isStepFree")}
          checked={form.isStepFree ?? false}
          onChange={(e) => set({ isStepFree: e.target.checked })}
        />
        <CheckboxField
          label={t("search.isRemote")}
          checked={form.isRemote ?? false}
          onChange={(e) => set({ isRemote: e.target.checked })}
        />
      </Fieldset>
      <SelectField
        label={t("search.sort")}
        value={form.sort ?? "relevance"}
        onChange={(e) => set({ sort: e.target.value as OpportunitySearchParams["sort"] })}
        options={(["relevance", "newest", "distance"] as const).map((s) => ({
          value: s,
          label: t(`search.sort.${s}`),
        }))}
      />
      <div className="engagiert-actions">
        <Button type="submit">{t("search.submit")}</Button>
        <Link to="/suchen" search={{}} className="kern-btn kern-btn--tertiary">
          <span className="kern-label">{t("search.reset")}</span>
        </Link>
      </div>
    </form>
  );
}

export function SearchPage() {
  const t = useAppT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  // The full check against the domain schema; what does not fit is dropped, the rest stays.
  const params = searchFromParams(route.useSearch());
  const city = useCityConfig().data;
  const parsed = OpportunitySearch.safeParse(params);
  const search = parsed.success ? parsed.data : OpportunitySearch.parse({});
  const results = useQuery({
    ...trpc.opportunities.search.queryOptions(search),
    placeholderData: keepPreviousData,
  });
  const districtName = (slug: string) => city?.districts.find((d) => d.slug === slug)?.name ?? slug;
  const data = results.data;

  return (
    <Page title={t("search.title")}>
      <SearchForm key={JSON.stringify(params)} initial={params} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="kern-heading-medium">
          {t("search.results")}
        </h2>
        {results.isPending ? (
          <Loading />
        ) : results.isError ? (
          <QueryError error={results.error} onRetry={() => void results.refetch()} />
        ) : data && data.total === 0 ? (
          <p className="kern-body" role="status">
            {t("search.empty")}
          </p>
        ) : data ? (
          <>
            <p className="kern-body" role="status">
              {t("search.count", { count: data.total, total: formatNumber(data.total, language) })}
            </p>
            <ul className="engagiert-card-grid">
              {data.items.map((item) => (
                <li key={item.id}>
                  <Card
                    headingLevel={3}
                    title={
                      <Link to="/angebote/$id" params={{ id: item.id }}>
                        {item.title}
                      </Link>
                    }
                    preline={t(`format.${item.format}`)}
                  >
                    <p className="kern-body">{item.summary}</p>
                    <ul className="kern-list kern-body--small">
                      <li>{t("opportunity.organisation", { name: item.organisationName })}</li>
                      {item.district ? (
                        <li>{t("opportunity.district", { name: districtName(item.district) })}</li>
                      ) : null}
                      {item.isRemote ? <li>{t("opportunity.remote")}</li> : null}
                      {item.distanceKm !== null ? (
                        <li>
                          {t("search.distance", {
                            km: item.distanceKm.toLocaleString(
                              language === "de" ? "de-DE" : "en-GB",
                            ),
                          })}
                        </li>
                      ) : null}
                      {item.minimumAge ? (
                        <li>{t("opportunity.minimumAge", { age: item.minimumAge })}</li>
                      ) : null}
                    </ul>
                  </Card>
                </li>
              ))}
            </ul>
            {data.pageCount > 1 ? (
              <nav aria-label={t("search.pages")} className="engagiert-pagination">
                <p className="kern-body">
                  {t("search.pageOf", { page: data.page, pages: data.pageCount })}
                </p>
                {data.page > 1 ? (
                  <Link
                    to="/suchen"
                    search={compact({
                      ...params,
                      page: data.page - 1 === 1 ? undefined : data.page - 1,
                    })}
                    className="kern-btn kern-btn--secondary"
                  >
                    <span className="kern-label">{t("search.previous")}</span>
                  </Link>
                ) : null}
                {data.page < Math.min(data.pageCount, SEARCH_LIMITS.maxPage) ? (
                  <Link
                    to="/suchen"
                    search={compact({ ...params, page: data.page + 1 })}
                    className="kern-btn kern-btn--secondary"
                  >
                    <span className="kern-label">{t("search.next")}</span>
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        ) : null}
      </section>
    </Page>
  );
}
