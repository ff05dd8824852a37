import { useTRPC, useTRPCClient } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { useEventT } from "../event-messages.ts";
import { momentText } from "./event-parts.tsx";

const route = getRouteApi("/events/event-organising/veranstaltungen/$eventId/teilnehmende");
const STATUSES = ["confirmed", "waiting", "cancelled"] as const;
type Status = (typeof STATUSES)[number];

/** Hands a text to the browser as a file to save, without leaving the page. */
function saveFile(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The whole list as CSV, made by the API, for the organisers' spreadsheet. */
function CsvButton(props: { eventId: string }) {
  const t = useEventT();
  const client = useTRPCClient();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");

  async function download() {
    setState("busy");
    try {
      const file = await client.networkEvents.participantsCsv.query({ eventId: props.eventId });
      saveFile(file.fileName, file.content);
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <div className="engagiert-actions">
      <Button variant="secondary" onClick={() => void download()} disabled={state === "busy"}>
        {state === "busy" ? t("participants.csvPreparing") : t("participants.csv")}
      </Button>
      {state === "failed" ? (
        <p className="kern-body kern-body--small" role="alert">
          {t("participants.csvFailed")}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The organisers' list of an event: who holds a place, who waits (in the order they move up)
 * and who cancelled, one list at a time, page by page.
 */
export function EventParticipantsPage() {
  const t = useEventT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const { eventId } = route.useParams();
  const [status, setStatus] = useState<Status>("confirmed");
  const list = useInfiniteQuery({
    ...trpc.networkEvents.participants.infiniteQueryOptions(
      { eventId, status, limit: 25 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const first = list.data?.pages[0];
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const counts = first?.counts;

  return (
    <Page
      title={first ? t("participants.title", { title: first.title }) : t("events.participants")}
    >
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p className="kern-body">{t("participants.privacy")}</p>
          <CsvButton eventId={eventId} />
          <div className="engagiert-actions" role="group" aria-label={t("participants.show")}>
            {STATUSES.map((s) => (
              <Button
                key={s}
                variant={s === status ? "primary" : "secondary"}
                aria-pressed={s === status}
                onClick={() => setStatus(s)}
              >
                {t(`participants.${s}`, { count: counts?.[s] ?? 0 })}
              </Button>
            ))}
          </div>
          {items.length === 0 ? (
            <p className="kern-body">{t("participants.none")}</p>
          ) : (
            <>
              <Table caption={t(`participants.${status}`, { count: counts?.[status] ?? 0 })}>
                <TableHead>
                  {status === "waiting" ? (
                    <HeaderCell isNumeric>{t("participants.position")}</HeaderCell>
                  ) : null}
                  <HeaderCell>{t("participants.name")}</HeaderCell>
                  <HeaderCell>{t("participants.email")}</HeaderCell>
                  <HeaderCell>{t("participants.city")}</HeaderCell>
                  <HeaderCell>{t("participants.registeredAt")}</HeaderCell>
                  {status === "cancelled" ? (
                    <HeaderCell>{t("participants.cancelledAt")}</HeaderCell>
                  ) : null}
                </TableHead>
                <TableBody>
                  {items.map((p) => (
                    <Row key={p.id}>
                      {status === "waiting" ? <Cell isNumeric>{p.waitingPosition}</Cell> : null}
                      <RowHeader>{p.name}</RowHeader>
                      <Cell>{p.email}</Cell>
                      <Cell>{p.cityName}</Cell>
                      <Cell>{momentText(new Date(p.registeredAt), language)}</Cell>
                      {status === "cancelled" ? (
                        <Cell>
                          {p.cancelledAt ? momentText(new Date(p.cancelledAt), language) : ""}
                        </Cell>
                      ) : null}
                    </Row>
                  ))}
                </TableBody>
              </Table>
              <LoadMore
                shown={items.length}
                total={counts?.[status] ?? items.length}
                hasMore={list.hasNextPage}
                isLoading={list.isFetchingNextPage}
                onLoadMore={() => void list.fetchNextPage()}
              />
            </>
          )}
        </>
      )}
      <p className="kern-body">
        <Link to="/veranstaltungen/$eventId" params={{ eventId }} className="kern-link">
          {t("participants.back")}
        </Link>
      </p>
    </Page>
  );
}
