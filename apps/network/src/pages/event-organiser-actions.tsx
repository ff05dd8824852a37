import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { readError } from "@engagiert/ui/errors";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useEventT } from "../event-messages.ts";
import { eventErrorText } from "./event-parts.tsx";
import type { EventView } from "./event-page.tsx";

type Done = { kind: "published" } | { kind: "cancelled"; notified: number };

/**
 * What the organisers do with their event: edit it, publish a draft, see who comes, call it
 * off. Calling off asks once more, since everyone registered gets an e-mail.
 */
export function EventOrganiserActions(props: { event: EventView }) {
  const t = useEventT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const event = props.event;
  const [done, setDone] = useState<Done | null>(null);
  const [isAsking, setAsking] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.networkEvents.pathKey() });
  const publish = useMutation(
    trpc.networkEvents.publish.mutationOptions({
      onSuccess: () => {
        setDone({ kind: "published" });
        void refresh();
      },
    }),
  );
  const cancel = useMutation(
    trpc.networkEvents.cancel.mutationOptions({
      onSuccess: (result) => {
        setAsking(false);
        setDone({ kind: "cancelled", notified: result.notified });
        void refresh();
      },
    }),
  );
  const failure = publish.error ?? cancel.error;
  const isOpen = event.status !== "cancelled";

  return (
    <section aria-labelledby="organise-heading" className="engagiert-section">
      <h2 id="organise-heading" className="kern-heading-medium">
        {t("events.organise")}
      </h2>
      {done ? (
        <Alert
          tone="success"
          isLive
          title={
            done.kind === "published"
              ? t("events.published")
              : t("events.cancelledDone", { count: done.notified })
          }
        />
      ) : null}
      {failure ? (
        <Alert tone="danger" isLive title={eventErrorText(readError(failure), t)} />
      ) : null}
      <p className="engagiert-actions">
        {isOpen ? (
          <Link
            to="/veranstaltungen/$eventId/bearbeiten"
            params={{ eventId: event.id }}
            className="kern-btn kern-btn--secondary"
          >
            <span className="kern-label">{t("events.edit")}</span>
          </Link>
        ) : null}
        {event.status === "draft" ? (
          <Button
            onClick={() => publish.mutate({ eventId: event.id })}
            disabled={publish.isPending}
          >
            {t("events.publish")}
          </Button>
        ) : null}
        <Link
          to="/veranstaltungen/$eventId/teilnehmende"
          params={{ eventId: event.id }}
          className="kern-btn kern-btn--secondary"
        >
          <span className="kern-label">{t("events.participants")}</span>
        </Link>
        {isOpen ? (
          <Button
            variant="tertiary"
            id="cancel-event-button"
            aria-expanded={isAsking}
            onClick={() => setAsking(true)}
          >
            {t("events.cancelEvent")}
          </Button>
        ) : null}
      </p>
      {isAsking && isOpen ? (
        <div id="cancel-question" role="group" aria-labelledby="cancel-question-text">
          <p id="cancel-question-text" className="kern-body">
            {t("events.cancelQuestion")}
          </p>
          <p className="engagiert-actions">
            <Button
              autoFocus
              onClick={() => cancel.mutate({ eventId: event.id })}
              disabled={cancel.isPending}
            >
              {t("events.cancelYes")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setAsking(false);
                document.getElementById("cancel-event-button")?.focus();
              }}
            >
              {t("events.cancelNo")}
            </Button>
          </p>
        </div>
      ) : null}
    </section>
  );
}
