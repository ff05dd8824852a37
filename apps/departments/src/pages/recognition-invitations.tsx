import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { personName } from "@engagiert/ui/person-name";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useRecognitionT } from "./recognition-t.ts";
import { MoreButton } from "./recognition-more.tsx";
import { saveFile, useMilestoneText } from "./recognition-parts.tsx";

type RecognitionEvent = RouterOutputs["recognition"]["events"]["get"];

/** Mailing asks once more, naming how many people get an e-mail, before anything goes out. */
function SendInvitations(props: { event: RecognitionEvent }) {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isConfirming, setIsConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const send = useMutation(
    trpc.recognition.events.sendInvitations.mutationOptions({
      onSettled: () =>
        queryClient.invalidateQueries({ queryKey: trpc.recognition.events.pathKey() }),
      onSuccess: () => setIsConfirming(false),
    }),
  );
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
  }, [isConfirming]);
  const failure = send.error ? readError(send.error) : null;
  const unmailed = props.event.invited - props.event.mailed;
  return (
    <div className="engagiert-section">
      {send.isSuccess ? (
        <Alert
          tone="success"
          title={t("recognition.event.sent", { count: send.data.sent })}
          isLive
        />
      ) : null}
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
        </Alert>
      ) : null}
      {unmailed === 0 ? (
        <p className="kern-body">{t("recognition.event.allMailed")}</p>
      ) : isConfirming ? (
        <div ref={confirmRef} tabIndex={-1} role="group" aria-labelledby="confirm-heading">
          <Alert tone="warning" title={t("recognition.event.confirmTitle")}>
            <p className="kern-body" id="confirm-heading">
              {t("recognition.event.confirmText", { count: unmailed })}
            </p>
          </Alert>
          <div className="engagiert-actions">
            <Button
              disabled={send.isPending}
              onClick={() => send.mutate({ eventId: props.event.id })}
            >
              {send.isPending ? t("recognition.event.sending") : t("recognition.event.confirm")}
            </Button>
            <Button variant="secondary" onClick={() => setIsConfirming(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setIsConfirming(true)}>{t("recognition.event.send")}</Button>
      )}
    </div>
  );
}

/** The event's invitation list by name, with the CSV export and the mailing. */
export function InvitationList(props: { event: RecognitionEvent; canSend: boolean }) {
  const t = useRecognitionT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const milestoneText = useMilestoneText();
  const list = useInfiniteQuery(
    trpc.recognition.events.invitations.infiniteQueryOptions(
      { eventId: props.event.id, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  const csv = useMutation(
    trpc.recognition.events.invitationsCsv.mutationOptions({ onSuccess: saveFile }),
  );
  const csvFailure = csv.error ? readError(csv.error) : null;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="list-heading" className="engagiert-section">
      <h2 id="list-heading" className="kern-heading-medium">
        {t("recognition.event.list")}
      </h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("recognition.event.empty")}</p>
      ) : (
        <>
          <div className="engagiert-actions">
            <Button
              variant="secondary"
              disabled={csv.isPending}
              onClick={() => csv.mutate({ eventId: props.event.id })}
            >
              {csv.isPending ? t("recognition.downloading") : t("recognition.download")}
            </Button>
          </div>
          {csv.isSuccess ? (
            <Alert
              tone="success"
              title={t("recognition.downloaded", { rows: csv.data.rows })}
              isLive
            />
          ) : null}
          {csvFailure ? (
            <Alert tone="danger" title={t("common.refused")} isLive>
              <p className="kern-body">{csvFailure.message ?? t("common.networkError")}</p>
            </Alert>
          ) : null}
          {props.canSend ? <SendInvitations event={props.event} /> : null}
          <Table caption={t("recognition.event.listCaption")}>
            <TableHead>
              <HeaderCell>{t("recognition.name")}</HeaderCell>
              <HeaderCell>{t("recognition.event.reason")}</HeaderCell>
              <HeaderCell>{t("recognition.event.mailedAt")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((invitation) => (
                <Row key={invitation.id}>
                  <RowHeader>{personName(t, invitation, "last-first")}</RowHeader>
                  <Cell>{invitation.reasons.map(milestoneText).join("; ")}</Cell>
                  <Cell>
                    {invitation.mailedAt
                      ? formatDate(invitation.mailedAt, language)
                      : t("recognition.event.notMailed")}
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          <MoreButton
            shown={items.length}
            hasMore={list.hasNextPage}
            isLoading={list.isFetchingNextPage}
            onMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
