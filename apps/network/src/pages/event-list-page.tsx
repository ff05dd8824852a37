import { FEDERAL_STATES, FederalState } from "@engagiert/domain/city";
import { NETWORK_EVENT_KINDS, NetworkEventKind } from "@engagiert/domain/network";
import { useTRPC } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { Card } from "@engagiert/ui/card";
import { QueryError } from "@engagiert/ui/error-page";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { useSession } from "@engagiert/ui/session";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useEventT } from "../event-messages.ts";
import { ANNOUNCING_ROLES, type EventSearch } from "../routes-events.tsx";
import {
  eventFeedUrl,
  eventTimeText,
  kindLabel,
  momentText,
  placesText,
  placeText,
} from "./event-parts.tsx";

const route = getRouteApi("/events/veranstaltungen");
const PAGE_SIZE = 10;

/** Drops empty values, so the address holds only what the visitor chose. */
function compact(search: EventSearch): EventSearch {
  return {
    ...(search.art ? { art: search.art } : {}),
    ...(search.land ? { land: search.land } : {}),
    ...(search.zeit ? { zeit: search.zeit } : {}),
  };
}

function FilterForm(props: { initial: EventSearch }) {
  const t = useEventT();
  const navigate = useNavigate();
  const [form, setForm] = useState(props.initial);
  const set = (change: Partial<EventSearch>) => setForm((f) => ({ ...f, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate({ to: "/veranstaltungen", search: compact(form) });
  }

  return (
    <form
      role="search"
      aria-label={t("events.filter.label")}
      className="engagiert-form"
      onSubmit={submit}
    >
      <SelectField
        label={t("events.filter.kind")}
        name="art"
        value={form.art ?? ""}
        onChange={(e) => set({ art: e.target.value || undefined })}
        options={[
          { value: "", label: t("events.filter.anyKind") },
          ...NETWORK_EVENT_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) })),
        ]}
      />
      <SelectField
        label={t("events.filter.state")}
        hint={t("events.filter.stateHint")}
        name="land"
        value={form.land ?? ""}
        onChange={(e) => set({ land: e.target.value || undefined })}
        options={[
          { value: "", label: t("events.filter.anyState") },
          ...FEDERAL_STATES.map((state) => ({ value: state, label: t(`state.${state}`) })),
        ]}
      />
      <SelectField
        label={t("events.filter.when")}
        name="zeit"
        value={form.zeit ?? ""}
        onChange={(e) => set({ zeit: e.target.value === "vergangen" ? "vergangen" : undefined })}
        options={[
          { value: "", label: t("events.when.upcoming") },
          { value: "vergangen", label: t("events.when.past") },
        ]}
      />
      <div className="engagiert-actions">
        <Button type="submit">{t("events.filter.submit")}</Button>
        <Link to="/veranstaltungen" search={{}} className="kern-btn kern-btn--tertiary">
          <span className="kern-label">{t("events.filter.reset")}</span>
        </Link>
      </div>
    </form>
  );
}

/** Each kind of event as a calendar subscription. */
function Subscriptions() {
  const t = useEventT();
  return (
    <section aria-labelledby="subscribe-heading">
      <h2 id="subscribe-heading" className="kern-heading-medium">
        {t("events.subscribe.title")}
      </h2>
      <p className="kern-body">{t("events.subscribe.intro")}</p>
      <ul className="kern-list">
        {NETWORK_EVENT_KINDS.map((kind) => (
          <li key={kind}>
            <a className="kern-link" href={eventFeedUrl(kind)}>
              {t("events.subscribe.link", { kind: kindLabel(t, kind) })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The network's event calendar: filters kept in the address, results page by page. */
export function EventListPage() {
  const t = useEventT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const { user } = useSession();
  const search = route.useSearch();
  // What does not fit the domain's lists is left out of the query.
  const kind = NetworkEventKind.safeParse(search.art);
  const state = FederalState.safeParse(search.land);
  const when = search.zeit === "vergangen" ? "past" : "upcoming";
  const results = useInfiniteQuery({
    ...trpc.networkEvents.list.infiniteQueryOptions(
      {
        kind: kind.success ? kind.data : undefined,
        federalState: state.success ? state.data : undefined,
        when,
        limit: PAGE_SIZE,
      },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  const announces = user ? ANNOUNCING_ROLES.includes(user.role) : false;

  return (
    <Page title={t("events.title")}>
      <p className="kern-body">{t("events.intro")}</p>
      {announces ? (
        <p className="engagiert-actions">
          <LinkButton to="/veranstaltungen/neu">{t("events.announce")}</LinkButton>
          <LinkButton to="/veranstaltungen/organisieren" variant="secondary">
            {t("events.organisedLink")}
          </LinkButton>
        </p>
      ) : null}
      <FilterForm
        key={JSON.stringify(search)}
        initial={{
          art: kind.success ? kind.data : undefined,
          land: state.success ? state.data : undefined,
          zeit: search.zeit,
        }}
      />
      <section aria-labelledby="event-results-heading">
        <h2 id="event-results-heading" className="kern-heading-medium">
          {when === "past" ? t("events.when.past") : t("events.when.upcoming")}
        </h2>
        {results.isPending ? (
          <Loading />
        ) : results.isError ? (
          <QueryError error={results.error} onRetry={() => void results.refetch()} />
        ) : items.length === 0 ? (
          <p className="kern-body" role="status">
            {t("events.empty")}
          </p>
        ) : (
          <>
            <ul className="engagiert-card-grid">
              {items.map((item) => (
                <li key={item.id}>
                  <Card
                    headingLevel={3}
                    preline={kindLabel(t, item.kind)}
                    title={
                      <Link to="/veranstaltungen/$eventId" params={{ eventId: item.id }}>
                        {item.title}
                      </Link>
                    }
                  >
                    <ul className="kern-list kern-body--small">
                      <li>
                        {eventTimeText(new Date(item.startsAt), new Date(item.endsAt), language)}
                      </li>
                      <li>{placeText(t, item)}</li>
                      <li>{t("events.organisedBy", { city: item.organiserCityName })}</li>
                      {item.federalState ? (
                        <li>
                          {t("events.forState", {
                            state: t(`state.${item.federalState as FederalState}`),
                          })}
                        </li>
                      ) : null}
                      {when === "upcoming" ? <li>{placesText(t, item)}</li> : null}
                      {when === "upcoming" ? (
                        <li>
                          {item.closedReason
                            ? t(`events.closed.${item.closedReason}`)
                            : t("events.deadline", {
                                date: momentText(new Date(item.registrationDeadline), language),
                              })}
                        </li>
                      ) : null}
                      {item.myStatus ? (
                        <li>
                          <strong>{t(`events.mine.${item.myStatus}`)}</strong>
                        </li>
                      ) : null}
                    </ul>
                  </Card>
                </li>
              ))}
            </ul>
            <div className="engagiert-pagination">
              <p className="kern-body" aria-live="polite">
                {t("events.shown", { count: items.length })}
              </p>
              {results.hasNextPage ? (
                <Button
                  variant="secondary"
                  disabled={results.isFetchingNextPage}
                  onClick={() => void results.fetchNextPage()}
                >
                  {results.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
                </Button>
              ) : null}
            </div>
          </>
        )}
      </section>
      <Subscriptions />
    </Page>
  );
}
