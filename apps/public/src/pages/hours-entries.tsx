import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { Loading } from "@engagiert/ui/loading";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useDay, useDuration } from "./hours-duration.tsx";
import { HoursForm, useHoursErrorText } from "./hours-form.tsx";
import { useHoursT } from "./hours-messages.ts";

type Entry = RouterOutputs["hours"]["mine"]["items"][number];

const PAGE_SIZE = 20;

/** What happened to an entry, in words: approved, waiting, or returned with the staff's question. */
function EntryItem(props: {
  entry: Entry;
  isEditing: boolean;
  onEdit: () => void;
  onDone: (isSaved: boolean) => void;
  onRemove: () => void;
  isBusy: boolean;
}) {
  const t = useHoursT();
  const duration = useDuration();
  const day = useDay();
  const { entry } = props;
  const label = t("hours.entries.label", {
    day: day(entry.workedOn),
    duration: duration(entry.minutes),
  });
  const headingId = `entry-${entry.id}`;
  const isOpen = entry.status !== "approved";
  return (
    <li>
      <article className="kern-card kern-card--small" aria-labelledby={headingId}>
        <div className="kern-card__container">
          <header className="kern-card__header">
            <p className="kern-preline">{entry.organisationName}</p>
            <h3 className="kern-title" id={headingId}>
              {t("hours.entries.heading", {
                day: day(entry.current.workedOn),
                duration: duration(entry.current.minutes),
              })}
            </h3>
          </header>
          <div className="kern-card__body">
            <dl className="kern-description-list">
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t("hours.entries.engagement")}</dt>
                <dd className="kern-description-list-item__value">{entry.opportunityTitle}</dd>
              </div>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t("hours.entries.activity")}</dt>
                <dd className="kern-description-list-item__value">{entry.current.activity}</dd>
              </div>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t("hours.entries.status")}</dt>
                <dd className="kern-description-list-item__value">
                  {t(`hours.status.${entry.status}`)}
                </dd>
              </div>
            </dl>
            {entry.status === "returned" && entry.returnComment ? (
              <p className="kern-body kern-body--bold">
                {t("hours.entries.comment", {
                  organisation: entry.organisationName,
                  comment: entry.returnComment,
                })}
              </p>
            ) : null}
            {entry.corrections.length > 0 ? (
              <>
                <p className="kern-body">
                  {t("hours.entries.corrected", {
                    organisation: entry.organisationName,
                    duration: duration(entry.current.minutes),
                    day: day(entry.current.workedOn),
                    reason: entry.current.correctionReason ?? "",
                  })}
                </p>
                <p className="kern-body kern-body--small kern-body--muted">
                  {t("hours.entries.original", {
                    duration: duration(entry.minutes),
                    day: day(entry.workedOn),
                  })}
                </p>
              </>
            ) : null}
            {entry.isEnteredByStaff ? (
              <p className="kern-body kern-body--small kern-body--muted">
                {t("hours.entries.byOrganisation", { organisation: entry.organisationName })}
              </p>
            ) : null}
            {isOpen && !props.isEditing ? (
              <p className="engagiert-actions">
                <Button
                  variant={entry.status === "returned" ? "primary" : "secondary"}
                  aria-label={`${
                    entry.status === "returned"
                      ? t("hours.entries.editAndResend")
                      : t("hours.entries.change")
                  }: ${label}`}
                  onClick={props.onEdit}
                >
                  {entry.status === "returned"
                    ? t("hours.entries.editAndResend")
                    : t("hours.entries.change")}
                </Button>
                <Button
                  variant="tertiary"
                  disabled={props.isBusy}
                  aria-label={`${t("hours.entries.remove")}: ${label}`}
                  onClick={props.onRemove}
                >
                  {t("hours.entries.remove")}
                </Button>
              </p>
            ) : null}
            {props.isEditing ? (
              <section aria-label={t("hours.form.editTitle", { day: day(entry.workedOn) })}>
                <HoursForm
                  entry={entry}
                  onDone={() => props.onDone(true)}
                  onCancel={() => props.onDone(false)}
                />
              </section>
            ) : null}
          </div>
        </div>
      </article>
    </li>
  );
}

/** The volunteer's entries, newest day first, page by page. */
export function HoursEntries() {
  const t = useHoursT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hoursErrorText = useHoursErrorText();
  const [editing, setEditing] = useState<string | null>(null);
  const [updated, setUpdated] = useState(false);
  const mine = useInfiniteQuery(
    trpc.hours.mine.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const remove = useMutation(
    trpc.hours.remove.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.hours.mine.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.hours.myTotals.pathKey() }),
        ]),
    }),
  );
  const items = mine.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="hours-entries-heading" className="engagiert-section">
      <h2 id="hours-entries-heading" className="kern-heading-medium">
        {t("hours.entries.title")}
      </h2>
      {updated ? <Alert tone="success" title={t("hours.form.updated")} isLive /> : null}
      {remove.isSuccess ? <Alert tone="success" title={t("hours.entries.removed")} isLive /> : null}
      {remove.error ? (
        <Alert tone="danger" title={hoursErrorText(readError(remove.error), null)} isLive />
      ) : null}
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("hours.entries.none")}</p>
      ) : (
        <>
          <ul className="engagiert-card-grid">
            {items.map((entry) => (
              <EntryItem
                key={entry.id}
                entry={entry}
                isEditing={editing === entry.id}
                isBusy={remove.isPending}
                onEdit={() => {
                  setUpdated(false);
                  remove.reset();
                  setEditing(entry.id);
                }}
                onDone={(isSaved) => {
                  setEditing(null);
                  setUpdated(isSaved);
                }}
                onRemove={() => {
                  setUpdated(false);
                  remove.mutate({ entryId: entry.id });
                }}
              />
            ))}
          </ul>
          {mine.hasNextPage ? (
            <p>
              <Button
                variant="secondary"
                disabled={mine.isFetchingNextPage}
                onClick={() => void mine.fetchNextPage()}
              >
                {mine.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
              </Button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
