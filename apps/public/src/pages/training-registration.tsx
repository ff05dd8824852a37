import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { Button, LinkButton } from "@engagiert/ui/button";
import { readError } from "@engagiert/ui/errors";
import { useSession } from "@engagiert/ui/session";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { trainingErrorText, useTrainingT } from "./training-messages.ts";
import { trainingCalendarFile } from "./training-parts.tsx";
import type { TrainingView } from "./training-page.tsx";

type Done = { kind: "confirmed" } | { kind: "waiting"; position: number } | { kind: "cancelled" };

/**
 * Registering for a training and cancelling, for a signed-in volunteer; everyone else is shown
 * how to sign in. One button changes its meaning in place, so keyboard focus stays on it.
 */
export function TrainingRegistration(props: { training: TrainingView }) {
  const t = useTrainingT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const training = props.training;
  const [done, setDone] = useState<Done | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.trainings.get.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.trainings.calendar.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.trainings.mine.queryKey() }),
    ]);
  const register = useMutation(
    trpc.trainings.register.mutationOptions({
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
    trpc.trainings.cancel.mutationOptions({
      onSuccess: () => {
        setDone({ kind: "cancelled" });
        void refresh();
      },
    }),
  );
  const failure = register.error ?? cancel.error;
  const isBusy = register.isPending || cancel.isPending;
  const mine = training.myRegistration;
  const isVolunteer = user?.role === "volunteer";

  let status: string | null = null;
  let action: { label: string; run: () => void } | null = null;
  if (isVolunteer && mine) {
    status =
      mine.status === "confirmed"
        ? t("trainings.yoursConfirmed")
        : t("trainings.yoursWaiting", { position: mine.waitingPosition ?? 1 });
    if (training.canCancel) {
      action = {
        label: mine.status === "confirmed" ? t("trainings.cancel") : t("trainings.cancelWaiting"),
        run: () => cancel.mutate({ trainingId: training.id }),
      };
    } else {
      status = `${status} ${t("trainings.yoursStarted")}`;
    }
  } else if (isVolunteer && training.closedReason) {
    status = t(`trainings.closed.${training.closedReason}`);
  } else if (isVolunteer) {
    action = {
      label: training.freePlaces > 0 ? t("trainings.register") : t("trainings.joinWaitingList"),
      run: () => register.mutate({ trainingId: training.id }),
    };
  }

  return (
    <section aria-labelledby="registration-heading">
      <h2 id="registration-heading" className="kern-heading-medium">
        {t("trainings.registration")}
      </h2>
      {done ? (
        <Alert
          tone="success"
          isLive
          title={
            done.kind === "waiting"
              ? t("trainings.done.waiting", { position: done.position })
              : t(`trainings.done.${done.kind}`)
          }
        />
      ) : null}
      {failure ? (
        <Alert tone="danger" isLive title={trainingErrorText(readError(failure), t)} />
      ) : null}
      {user === null ? (
        <>
          <p className="kern-body">{t("trainings.signIn")}</p>
          <p>
            <LinkButton to="/anmelden" search={{ weiter: `/schulungen/${training.id}` }}>
              {t("trainings.signInLink")}
            </LinkButton>
          </p>
        </>
      ) : user && !isVolunteer ? (
        <p className="kern-body">{t("trainings.volunteersOnly")}</p>
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
        <a className="kern-link" href={trainingCalendarFile(training.id)}>
          {t("trainings.calendar")}
        </a>
      </p>
    </section>
  );
}
