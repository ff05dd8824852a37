import { useTRPC } from "@engagiert/ui/api";
import { LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { Button } from "@engagiert/ui/button";
import { useSession } from "@engagiert/ui/session";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useEventT } from "../event-messages.ts";
import { eventTimeText, kindLabel } from "./event-parts.tsx";

/**
 * The organisers' list: the own city's events in every status, drafts included (the network's
 * admins see every city's), latest first, page by page.
 */
export function EventOrganisedPage() {
  const t = useEventT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const { user } = useSession();
  const list = useInfiniteQuery({
    ...trpc.networkEvents.organised.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const isAdmin = user?.role === "network_admin";

  return (
    <Page title={isAdmin ? t("organised.titleAll") : t("organised.title")}>
      <p className="kern-body">{t("organised.intro")}</p>
      <p className="engagiert-actions">
        <LinkButton to="/veranstaltungen/neu">{t("events.announce")}</LinkButton>
      </p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("organised.empty")}</p>
      ) : (
        <>
          <Table caption={t("organised.caption")}>
            <TableHead>
              <HeaderCell>{t("organised.event")}</HeaderCell>
              <HeaderCell>{t("events.kind")}</HeaderCell>
              <HeaderCell>{t("organised.date")}</HeaderCell>
              <HeaderCell>{t("organised.status")}</HeaderCell>
              <HeaderCell isNumeric>{t("organised.taken")}</HeaderCell>
              {isAdmin ? <HeaderCell>{t("events.organiser")}</HeaderCell> : null}
            </TableHead>
            <TableBody>
              {items.map((event) => (
                <Row key={event.id}>
                  <RowHeader>
                    <Link
                      to="/veranstaltungen/$eventId"
                      params={{ eventId: event.id }}
                      className="kern-link"
                    >
                      {event.title}
                    </Link>
                  </RowHeader>
                  <Cell>{kindLabel(t, event.kind)}</Cell>
                  <Cell>
                    {eventTimeText(new Date(event.startsAt), new Date(event.endsAt), language)}
                  </Cell>
                  <Cell>{t(`eventStatus.${event.status}`)}</Cell>
                  <Cell isNumeric>
                    {t("organised.takenOf", {
                      taken: event.confirmedCount,
                      capacity: event.capacity,
                    })}
                  </Cell>
                  {isAdmin ? <Cell>{event.organiserCityName}</Cell> : null}
                </Row>
              ))}
            </TableBody>
          </Table>
          {list.hasNextPage ? (
            <div className="engagiert-pagination">
              <Button
                variant="secondary"
                disabled={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {list.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Page>
  );
}
