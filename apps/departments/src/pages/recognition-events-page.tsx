import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { DateField } from "@engagiert/ui/date-time-fields";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { TextField } from "@engagiert/ui/text-field";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useRecognitionT } from "./recognition-t.ts";
import { useDay } from "./recognition-parts.tsx";

const EMPTY = { title: "", heldOn: "", place: "", invitationText: "" };

function NewEventForm() {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(EMPTY);
  const set = (patch: Partial<typeof EMPTY>) => setDraft((d) => ({ ...d, ...patch }));
  const create = useMutation(
    trpc.recognition.events.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.recognition.events.list.pathKey() });
        await navigate({ to: "/anerkennung/feste/$eventId", params: { eventId: id } });
      },
    }),
  );
  const failure = create.error ? readError(create.error) : null;
  const err = (path: string) => failure?.fieldErrors[path]?.[0] ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(draft);
  }

  return (
    <form
      className="engagiert-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="new-event-heading"
    >
      <h2 id="new-event-heading" className="kern-heading-medium">
        {t("recognition.events.new")}
      </h2>
      {failure ? (
        <Alert tone="danger" title={t("common.errorSummary")} isLive>
          {Object.keys(failure.fieldErrors).length === 0 ? (
            <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
          ) : null}
        </Alert>
      ) : null}
      <TextField
        label={t("recognition.events.eventTitle")}
        value={draft.title}
        maxLength={120}
        onChange={(e) => set({ title: e.target.value })}
        error={err("title")}
      />
      <DateField
        label={t("recognition.events.heldOn")}
        value={draft.heldOn}
        onChange={(e) => set({ heldOn: e.target.value })}
        error={err("heldOn")}
      />
      <TextField
        label={t("recognition.events.place")}
        value={draft.place}
        maxLength={200}
        onChange={(e) => set({ place: e.target.value })}
        error={err("place")}
      />
      <TextareaField
        label={t("recognition.events.invitationText")}
        hint={t("recognition.events.invitationTextHint")}
        value={draft.invitationText}
        maxLength={2000}
        rows={5}
        onChange={(e) => set({ invitationText: e.target.value })}
        error={err("invitationText")}
      />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t("recognition.events.creating") : t("recognition.events.create")}
      </Button>
    </form>
  );
}

/** The city's recognition events (Dankeschön-Feste), the latest first, and a form for a new one. */
export function RecognitionEventsPage() {
  const t = useRecognitionT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const day = useDay();
  const list = useInfiniteQuery(
    trpc.recognition.events.list.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Page title={t("recognition.events.title")}>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("recognition.events.none")}</p>
      ) : (
        <>
          <Table caption={t("recognition.events.caption")}>
            <TableHead>
              <HeaderCell>{t("recognition.events.eventTitle")}</HeaderCell>
              <HeaderCell>{t("recognition.events.heldOn")}</HeaderCell>
              <HeaderCell>{t("recognition.events.place")}</HeaderCell>
              <HeaderCell isNumeric>{t("recognition.events.invited")}</HeaderCell>
              <HeaderCell isNumeric>{t("recognition.events.mailed")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((event) => (
                <Row key={event.id}>
                  <RowHeader>
                    <Link
                      to="/anerkennung/feste/$eventId"
                      params={{ eventId: event.id }}
                      className="kern-link"
                    >
                      {event.title}
                    </Link>
                  </RowHeader>
                  <Cell>{day(event.heldOn)}</Cell>
                  <Cell>{event.place}</Cell>
                  <Cell isNumeric>{formatNumber(event.invited, language)}</Cell>
                  <Cell isNumeric>{formatNumber(event.mailed, language)}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          {list.hasNextPage ? (
            <Button
              variant="secondary"
              disabled={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {list.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
            </Button>
          ) : null}
        </>
      )}
      <NewEventForm />
    </Page>
  );
}
