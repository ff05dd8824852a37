import { NETWORK_EVENT_KINDS } from "@engagiert/domain/network";
import { TRAINING_TOPICS } from "@engagiert/domain/trainings";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate, formatDateTime } from "@engagiert/ui/format";
import { useLanguage, type Language } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useCalendarT, type CalendarMessageKey } from "../calendar-messages.ts";
import "./calendar.css";

const route = getRouteApi("/calendar-area/kalender");
const PAGE_SIZE = 20;

type Entry = RouterOutputs["network"]["jointCalendar"]["items"][number];

/** "2026-11" plus a number of months. */
export function addMonths(month: string, months: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 + months, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

function monthName(month: string, language: Language): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, m - 1, 15)));
}

/**
 * The joint calendar of the city's local partners and the network's members: the city's own
 * trainings and the network's events, one month at a time, from today on.
 */
export function CalendarPage() {
  const t = useCalendarT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const { monat } = route.useSearch();

  const calendar = useInfiniteQuery({
    ...trpc.network.jointCalendar.infiniteQueryOptions(
      { month: monat, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });

  if (calendar.isPending) return <Loading />;
  if (calendar.isError) {
    return (
      <Page title={t("calendar.title")}>
        <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />
      </Page>
    );
  }
  const first = calendar.data.pages[0]!;
  const { month, currentMonth, nextDate } = first;
  const items = calendar.data.pages.flatMap((page) => page.items);
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  const nextDateMonth = nextDate
    ? new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(nextDate).slice(0, 7)
    : null;

  return (
    <Page title={t("calendar.title")}>
      <p className="kern-body">{t("calendar.intro")}</p>
      <nav aria-label={t("calendar.months")} className="engagiert-actions">
        {month > currentMonth ? (
          <Link to="/kalender" search={{ monat: previous }} className="kern-link">
            {t("calendar.previous", { month: monthName(previous, language) })}
          </Link>
        ) : null}
        <Link to="/kalender" search={{ monat: next }} className="kern-link">
          {t("calendar.next", { month: monthName(next, language) })}
        </Link>
      </nav>
      <section aria-labelledby="calendar-month" className="engagiert-section">
        <h2 id="calendar-month" className="kern-heading-medium">
          {t("calendar.entries", { month: monthName(month, language) })}
        </h2>
        {items.length === 0 ? (
          <>
            <p className="kern-body">{t("calendar.empty")}</p>
            {nextDate && nextDateMonth ? (
              <p className="kern-body">
                {t("calendar.nextDate", { date: formatDate(nextDate, language) })}{" "}
                <Link to="/kalender" search={{ monat: nextDateMonth }} className="kern-link">
                  {t("calendar.toMonth", { month: monthName(nextDateMonth, language) })}
                </Link>
              </p>
            ) : null}
          </>
        ) : (
          <ul className="engagiert-calendar" aria-busy={calendar.isFetching}>
            {items.map((entry) => (
              <li key={`${entry.source}-${entry.id}`}>
                <CalendarEntry entry={entry} />
              </li>
            ))}
          </ul>
        )}
        {calendar.hasNextPage ? (
          <Button
            variant="secondary"
            onClick={() => void calendar.fetchNextPage()}
            disabled={calendar.isFetchingNextPage}
          >
            {calendar.isFetchingNextPage ? t("common.loading") : t("calendar.more")}
          </Button>
        ) : null}
      </section>
    </Page>
  );
}

const isTopic = (value: string): value is (typeof TRAINING_TOPICS)[number] =>
  (TRAINING_TOPICS as readonly string[]).includes(value);
const isEventKind = (value: string): value is (typeof NETWORK_EVENT_KINDS)[number] =>
  (NETWORK_EVENT_KINDS as readonly string[]).includes(value);

function kindLabel(entry: Entry, t: ReturnType<typeof useCalendarT>): string | null {
  if (entry.source === "training") {
    return isTopic(entry.kind) ? t(`calendar.topic.${entry.kind}` as CalendarMessageKey) : null;
  }
  return isEventKind(entry.kind) ? t(`calendar.kind.${entry.kind}` as CalendarMessageKey) : null;
}

function CalendarEntry(props: { entry: Entry }) {
  const t = useCalendarT();
  const [language] = useLanguage();
  const { entry } = props;
  const isTraining = entry.source === "training";
  const kind = kindLabel(entry, t);

  return (
    <article className="engagiert-calendar__entry">
      <p className="kern-preline">
        <span className={`kern-badge kern-badge--${isTraining ? "info" : "success"}`}>
          <span className="kern-label">
            {isTraining ? t("calendar.training") : t("calendar.networkEvent")}
          </span>
        </span>{" "}
        <time dateTime={entry.startsAt.toISOString()}>
          {formatDateTime(entry.startsAt, language)}
        </time>
      </p>
      <h3 className="kern-heading-small">
        {isTraining ? (
          entry.url ? (
            <a className="kern-link" href={entry.url}>
              {entry.title}
            </a>
          ) : (
            entry.title
          )
        ) : (
          <Link to="/veranstaltungen/$eventId" params={{ eventId: entry.id }} className="kern-link">
            {entry.title}
          </Link>
        )}
      </h3>
      <p className="kern-body">
        {[
          kind,
          entry.isOnline ? t("calendar.online") : null,
          entry.place,
          isTraining
            ? entry.organiser
              ? t("calendar.by", { organiser: entry.organiser })
              : t("calendar.byCoordination")
            : entry.organiser
              ? t("calendar.hostedBy", { organiser: entry.organiser })
              : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </article>
  );
}
