import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { isoDate } from "@engagiert/ui/format";
import { useLanguage, type Language } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { personName } from "@engagiert/ui/person-name";
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useDay, useDuration, useHoursErrorText } from "./hours-fields.tsx";
import { useSeesWholeCity } from "./use-staff.ts";
import { useHoursT } from "../hours-messages.ts";

type Entry = RouterOutputs["hours"]["queue"]["items"][number];

const route = getRouteApi("/stunden/");
const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };

/** The last thirteen months as `YYYY-MM`, newest first, for the month filter. */
function recentMonths(language: Language) {
  const [year, month] = isoDate(new Date()).split("-").map(Number) as [number, number];
  return Array.from({ length: 13 }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - i, 15));
    return {
      value: d.toISOString().slice(0, 7),
      label: new Intl.DateTimeFormat(LOCALES[language], {
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(d),
    };
  });
}

/** Returns one entry to the volunteer with a question they get by e-mail. */
function ReturnForm(props: { entry: Entry; label: string; onDone: (isSent: boolean) => void }) {
  const t = useHoursT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hoursErrorText = useHoursErrorText();
  const [comment, setComment] = useState("");
  const send = useMutation(
    trpc.hours.return.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.hours.pathKey() });
        props.onDone(true);
      },
    }),
  );
  const failure = send.error ? readError(send.error) : null;
  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate({ entryId: props.entry.id, comment });
  }
  return (
    <section aria-labelledby="return-heading" className="engagiert-section">
      <h2 id="return-heading" className="kern-heading-small">
        {t("hours.return.title", { label: props.label })}
      </h2>
      <form className="engagiert-form" onSubmit={submit} noValidate>
        {failure && Object.keys(failure.fieldErrors).length === 0 ? (
          <Alert tone="danger" title={t("common.refused")} isLive>
            <p className="kern-body">{hoursErrorText(failure)}</p>
          </Alert>
        ) : null}
        <TextareaField
          label={t("hours.return.comment")}
          hint={t("hours.return.commentHint")}
          value={comment}
          maxLength={500}
          rows={3}
          required
          autoFocus
          onChange={(e) => {
            send.reset();
            setComment(e.target.value);
          }}
          error={failure?.fieldErrors.comment?.[0] ?? null}
        />
        <p className="engagiert-actions">
          <Button type="submit" disabled={send.isPending}>
            {t("hours.return.send")}
          </Button>
          <Button variant="secondary" onClick={() => props.onDone(false)}>
            {t("common.cancel")}
          </Button>
        </p>
      </form>
    </section>
  );
}

export function HoursQueuePage() {
  const t = useHoursT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const day = useDay();
  const duration = useDuration();
  const hoursErrorText = useHoursErrorText();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const seesWholeCity = useSeesWholeCity();
  const [organisationId, setOrganisationId] = useState("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [returning, setReturning] = useState<Entry | null>(null);
  const [notice, setNotice] = useState<{ approved: number } | "returned" | null>(null);
  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  const month = search.monat && /^\d{4}-\d{2}$/.test(search.monat) ? search.monat : null;
  const queue = useInfiniteQuery({
    ...trpc.hours.queue.infiniteQueryOptions(
      {
        organisationId: organisationId || null,
        personId: search.person ?? null,
        engagementId: search.engagement ?? null,
        month,
        limit: 25,
      },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const onApproved = async (result: { approved: number }) => {
    setNotice(result);
    setSelected(new Set());
    await queryClient.invalidateQueries({ queryKey: trpc.hours.pathKey() });
  };
  const approveMany = useMutation(
    trpc.hours.approveMany.mutationOptions({ onSuccess: onApproved }),
  );
  const approveOne = useMutation(trpc.hours.approve.mutationOptions({ onSuccess: onApproved }));
  const failure = approveMany.error ?? approveOne.error;
  const isBusy = approveMany.isPending || approveOne.isPending;
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];
  const labelOf = (e: Entry) =>
    t("hours.entryLabel", {
      name: personName(t, e),
      day: day(e.workedOn),
      duration: duration(e.minutes),
    });
  const toggle = (id: string, isOn: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (isOn) next.add(id);
      else next.delete(id);
      return next;
    });
  const isAllSelected = items.length > 0 && items.every((i) => selected.has(i.id));
  const reset = () => {
    setNotice(null);
    approveMany.reset();
    approveOne.reset();
  };

  return (
    <Page title={t("hours.queue.title")}>
      <p className="kern-body">{t("hours.queue.intro")}</p>
      <p>
        <LinkButton to="/stunden/erfassen" variant="secondary">
          {t("hours.queue.logFor")}
        </LinkButton>
      </p>
      <div className="engagiert-filters">
        {seesWholeCity && organisations.data ? (
          <SelectField
            label={t("common.organisation")}
            value={organisationId}
            onChange={(e) => {
              setOrganisationId(e.target.value);
              setSelected(new Set());
            }}
            options={[
              { value: "", label: t("common.all") },
              ...organisations.data.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ) : null}
        <SelectField
          label={t("hours.queue.month")}
          value={month ?? ""}
          onChange={(e) => {
            setSelected(new Set());
            void navigate({ search: { ...search, monat: e.target.value || undefined } });
          }}
          options={[{ value: "", label: t("hours.queue.allMonths") }, ...recentMonths(language)]}
        />
      </div>
      {search.person || search.engagement ? (
        <p className="kern-body">
          {search.person ? t("hours.queue.filteredPerson") : t("hours.queue.filteredEngagement")}{" "}
          <Link to="/stunden" search={month ? { monat: month } : {}} className="kern-link">
            {t("hours.queue.clearFilter")}
          </Link>
        </p>
      ) : null}
      {notice === "returned" ? (
        <Alert tone="success" title={t("hours.queue.returned")} isLive />
      ) : notice ? (
        <Alert
          tone="success"
          title={t("hours.queue.approved", { count: notice.approved })}
          isLive
        />
      ) : null}
      {failure ? <Alert tone="danger" title={hoursErrorText(readError(failure))} isLive /> : null}
      {returning ? (
        <ReturnForm
          entry={returning}
          label={labelOf(returning)}
          onDone={(isSent) => {
            setReturning(null);
            if (isSent) setNotice("returned");
          }}
        />
      ) : null}
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("hours.queue.empty")}</p>
      ) : (
        <>
          <div className="engagiert-actions">
            <div className="kern-form-check">
              <input
                type="checkbox"
                id="hours-select-all"
                className="kern-form-check__checkbox"
                checked={isAllSelected}
                onChange={(e) =>
                  setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())
                }
              />
              <label className="kern-label" htmlFor="hours-select-all">
                {t("hours.queue.selectAll")}
              </label>
            </div>
            <Button
              disabled={selected.size === 0 || isBusy}
              onClick={() => {
                reset();
                approveMany.mutate({ entryIds: [...selected] });
              }}
            >
              {t("hours.queue.approveSelected", { count: selected.size })}
            </Button>
          </div>
          <Table caption={t("hours.queue.caption")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("hours.col.select")}</HeaderCell>
              <HeaderCell>{t("hours.col.person")}</HeaderCell>
              <HeaderCell>{t("hours.col.engagement")}</HeaderCell>
              <HeaderCell>{t("hours.col.day")}</HeaderCell>
              <HeaderCell isNumeric>{t("hours.col.duration")}</HeaderCell>
              <HeaderCell>{t("hours.col.activity")}</HeaderCell>
              <HeaderCell>{t("hours.col.actions")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((entry) => {
                const label = labelOf(entry);
                return (
                  <Row key={entry.id}>
                    <Cell>
                      <div className="kern-form-check">
                        <input
                          type="checkbox"
                          className="kern-form-check__checkbox"
                          aria-label={t("hours.queue.select", { label })}
                          checked={selected.has(entry.id)}
                          onChange={(e) => toggle(entry.id, e.target.checked)}
                        />
                      </div>
                    </Cell>
                    <RowHeader>
                      <Link
                        to="/stunden/person/$personId"
                        params={{ personId: entry.personId }}
                        className="kern-link"
                      >
                        {personName(t, entry, "last-first")}
                      </Link>
                      {search.person ? null : (
                        <>
                          <br />
                          <Link
                            to="/stunden"
                            search={{ ...search, person: entry.personId, engagement: undefined }}
                            className="kern-link kern-body--small"
                            aria-label={`${t("hours.queue.onlyPerson")}: ${personName(t, entry)}`}
                          >
                            {t("hours.queue.onlyPerson")}
                          </Link>
                        </>
                      )}
                    </RowHeader>
                    <Cell>
                      <Link
                        to="/stunden/engagement/$engagementId"
                        params={{ engagementId: entry.engagementId }}
                        className="kern-link"
                      >
                        {entry.opportunityTitle}
                      </Link>
                      {seesWholeCity ? ` (${entry.organisationName})` : null}
                    </Cell>
                    <Cell>{day(entry.workedOn)}</Cell>
                    <Cell isNumeric>{duration(entry.minutes)}</Cell>
                    <Cell>
                      {entry.activity}
                      {entry.returnComment ? (
                        <>
                          <br />
                          <span className="kern-body--small">
                            {t("hours.queue.previousComment", { comment: entry.returnComment })}
                          </span>
                        </>
                      ) : null}
                    </Cell>
                    <Cell>
                      <span className="engagiert-actions">
                        <Button
                          variant="secondary"
                          disabled={isBusy}
                          aria-label={`${t("hours.queue.approve")}: ${label}`}
                          onClick={() => {
                            reset();
                            approveOne.mutate({ entryId: entry.id });
                          }}
                        >
                          {t("hours.queue.approve")}
                        </Button>
                        <Button
                          variant="tertiary"
                          aria-label={`${t("hours.queue.return")}: ${label}`}
                          onClick={() => {
                            reset();
                            setReturning(entry);
                          }}
                        >
                          {t("hours.queue.return")}
                        </Button>
                      </span>
                    </Cell>
                  </Row>
                );
              })}
            </TableBody>
          </Table>
          <LoadMore
            shown={items.length}
            total={queue.data.pages[0]?.total ?? 0}
            hasMore={queue.hasNextPage}
            isLoading={queue.isFetchingNextPage}
            onLoadMore={() => void queue.fetchNextPage()}
          />
        </>
      )}
    </Page>
  );
}
