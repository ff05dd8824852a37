import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { readError } from "@engagiert/ui/errors";
import { useSession } from "@engagiert/ui/session";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useEventT } from "../event-messages.ts";
import { eventCalendarFile, eventErrorText } from "./event-parts.tsx";
import type { EventView } from "./event-page.tsx";

type Done = { kind: "confirmed" } | { kind: "waiting"; position: number } | { kind: "cancelled" };

/**
 * Registering for an event and cancelling, for a signed-in member of the network; a visitor is
 * shown how to sign in. One button changes its meaning in place, so keyboard focus stays on it.
 */
export function EventRegistration(props: { event: EventView }) {
  const t = useEventT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const event = props.event;
  const [done, setDone] = useState<Done | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.networkEvents.pathKey() });
  const register = useMutation(
    trpc.networkEvents.register.mutationOptions({
      onSuccess: (result) => {
        setDone(
          result.status === "waiting"
            ? { kind: "waiting", position: result.waitingPosition ?? 1 }
            : { kind: "confirmed" },
        );
        void refresh();
      },
    }),
  );
  const cancel = useMutation(
    trpc.networkEvents.cancelRegistration.mutationOptions({
      onSuccess: () => {
        setDone({ kind: "cancelled" });
        void refresh();
      },
    }),
  );
  const failure = register.error ?? cancel.error;
  const isBusy = register.isPending || cancel.isPending;
  const mine = event.myRegistration;

  let status: string | null = null;
  let action: { label: string; run: () => void } | null = null;
  if (event.mayRegister && mine) {
    status =
      mine.status === "confirmed"
        ? t("events.yoursConfirmed")
        : t("events.yoursWaiting", { position: mine.waitingPosition ?? 1 });
    if (event.canCancel) {
      action = {
        label:
          mine.status === "confirmed"
            ? t("events.cancelRegistration")
            : t("events.leaveWaitingList"),
        run: () => cancel.mutate({ eventId: event.id }),
      };
    }
  } else if (event.mayRegister && event.closedReason) {
    status = t(`events.closed.${event.closedReason}`);
  } else if (event.mayRegister) {
    action = {
      label: event.freePlaces > 0 ? t("events.register") : t("events.joinWaitingList"),
      run: () => register.mutate({ eventId: event.id }),
    };
  }

  return (
    <section aria-labelledby="registration-heading">
      <h2 id="registration-heading" className="kern-heading-medium">
        {t("events.registration")}
      </h2>
      {done ? (
        <Alert
          tone="success"
          isLive
          title={
            done.kind === "waiting"
              ? t("events.done.waiting", { position: done.position })
              : t(`events.done.${done.kind}`)
          }
        />
      ) : null}
      {failure ? (
        <Alert tone="danger" isLive title={eventErrorText(readError(failure), t)} />
      ) : null}
      {user === null ? (
        <>
          <p className="kern-body">{t("events.signIn")}</p>
          <p>
            <LinkButton to="/anmelden">{t("events.signInLink")}</LinkButton>
          </p>
        </>
      ) : user && !event.mayRegister ? (
        <p className="kern-body">{t("events.membersOnly")}</p>
      ) : null}
      {status ? <p className="kern-body">{status}</p> : null}
      <p className="engagiert-actions">
        {action ? (
          <Button
            variant={mine ? "secondary" : "primary"}
            aria-disabled={isBusy}
            onClick={() => {
              if (isBusy) return;
              setDone(null);
              action.run();
            }}
          >
            {action.label}
          </Button>
        ) : null}{" "}
        <a className="kern-link" href={eventCalendarFile(event.id)} download>
          {t("events.calendarFile")}
        </a>
      </p>
    </section>
  );
}
