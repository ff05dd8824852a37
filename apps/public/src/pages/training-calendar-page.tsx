import { IsoDate } from "@engagiert/domain/shared";
import { TRAINING_TOPICS, TrainingCalendarInput, TrainingTopic } from "@engagiert/domain/trainings";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { Card } from "@engagiert/ui/card";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { useSession } from "@engagiert/ui/session";
import { TextField } from "@engagiert/ui/text-field";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { costText, deadlineText, PlacesText, placeText, timeOf } from "./training-parts.tsx";
import { topicLabel, useTrainingT } from "./training-messages.ts";
import type { TrainingCalendarSearch } from "./training-routes.tsx";

const route = getRouteApi("/schulungen");
const PAGE_SIZE = 10;

/** Drops empty values, so the address holds only what the visitor chose. */
function compact(search: TrainingCalendarSearch): TrainingCalendarSearch {
  return {
    ...(search.topic ? { topic: search.topic } : {}),
    ...(search.from ? { from: search.from } : {}),
    ...(search.onlyWithPlaces ? { onlyWithPlaces: true } : {}),
  };
}

function FilterForm(props: { initial: TrainingCalendarSearch; fromError: string | null }) {
  const t = useTrainingT();
  const navigate = useNavigate();
  const [form, setForm] = useState(props.initial);
  const set = (change: Partial<TrainingCalendarSearch>) => setForm((f) => ({ ...f, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate({ to: "/schulungen", search: compact(form) });
  }

  return (
    <form
      role="search"
      aria-label={t("trainings.filter.label")}
      className="engagiert-form"
      onSubmit={submit}
    >
      <SelectField
        label={t("trainings.filter.topic")}
        value={form.topic ?? ""}
        onChange={(e) => set({ topic: e.target.value || undefined })}
        options={[
          { value: "", label: t("trainings.filter.anyTopic") },
          ...TRAINING_TOPICS.map((topic) => ({ value: topic, label: topicLabel(t, topic) })),
        ]}
      />
      <TextField
        label={t("trainings.filter.from")}
        hint={t("trainings.filter.fromHint")}
        type="date"
        name="from"
        value={form.from ?? ""}
        error={props.fromError}
        onChange={(e) => set({ from: e.target.value || undefined })}
      />
      <CheckboxField
        label={t("trainings.filter.onlyWithPlaces")}
        checked={form.onlyWithPlaces ?? false}
        onChange={(e) => set({ onlyWithPlaces: e.target.checked })}
      />
      <div className="engagiert-actions">
        <Button type="submit">{t("trainings.filter.submit")}</Button>
        <Link to="/schulungen" search={{}} className="kern-btn kern-btn--tertiary">
          <span className="kern-label">{t("trainings.filter.reset")}</span>
        </Link>
      </div>
    </form>
  );
}

/** The public training calendar: filters kept in the address, results page by page. */
export function TrainingCalendarPage() {
  const t = useTrainingT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const { user } = useSession();
  const search = route.useSearch();
  // What does not fit the domain's schema is left out of the query; a bad date is pointed out.
  const topic = TrainingTopic.safeParse(search.topic);
  const from = IsoDate.safeParse(search.from);
  const fromError = search.from && !from.success ? t("trainings.filter.fromInvalid") : null;
  const input = TrainingCalendarInput.parse({
    topic: topic.success ? topic.data : undefined,
    from: from.success ? from.data : undefined,
    onlyWithPlaces: search.onlyWithPlaces ?? false,
    limit: PAGE_SIZE,
  });
  const { limit, onlyWithPlaces } = input;
  const results = useInfiniteQuery({
    ...trpc.trainings.calendar.infiniteQueryOptions(
      { topic: input.topic, from: input.from, onlyWithPlaces, limit },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t("trainings.title")}>
      <p className="kern-body">{t("trainings.intro")}</p>
      {user?.role === "volunteer" ? (
        <p className="kern-body">
          <Link to="/meine-schulungen" className="kern-link">
            {t("trainings.mineLink")}
          </Link>
        </p>
      ) : null}
      <FilterForm
        key={JSON.stringify(search)}
        initial={{ ...search, from: from.success ? from.data : undefined }}
        fromError={fromError}
      />
      <section aria-labelledby="training-results-heading">
        <h2 id="training-results-heading" className="kern-heading-medium">
          {t("trainings.results")}
        </h2>
        {results.isPending ? (
          <Loading />
        ) : results.isError ? (
          <QueryError error={results.error} onRetry={() => void results.refetch()} />
        ) : items.length === 0 ? (
          <p className="kern-body" role="status">
            {t("trainings.empty")}
          </p>
        ) : (
          <>
            <ul className="engagiert-card-grid">
              {items.map((item) => (
                <li key={item.id}>
                  <Card
                    headingLevel={3}
                    preline={topicLabel(t, item.topic)}
                    title={
                      <Link to="/schulungen/$id" params={{ id: item.id }}>
                        {item.title}
                      </Link>
                    }
                  >
                    <ul className="kern-list kern-body--small">
                      {item.startsAt ? (
                        <li>
                          {t("trainings.startsOn", {
                            date: formatDate(new Date(item.startsAt), language),
                            time: timeOf(new Date(item.startsAt), language),
                          })}{" "}
                          ({t("trainings.sessionCount", { count: item.sessionCount })})
                        </li>
                      ) : null}
                      <li>{placeText(t, item)}</li>
                      <li>
                        <PlacesText freePlaces={item.freePlaces} waitingCount={item.waitingCount} />
                      </li>
                      <li>{costText(item.costCents, language, t("trainings.costFree"))}</li>
                      <li>
                        {item.closedReason
                          ? t(`trainings.closed.${item.closedReason}`)
                          : deadlineText(t, new Date(item.registrationDeadline), language)}
                      </li>
                    </ul>
                  </Card>
                </li>
              ))}
            </ul>
            <div className="engagiert-pagination">
              <p className="kern-body" aria-live="polite">
                {t("trainings.shown", { count: items.length })}
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
    </Page>
  );
}
