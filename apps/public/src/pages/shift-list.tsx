import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { Button, LinkButton } from "@engagiert/ui/button";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage, type Language } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { useSession } from "@engagiert/ui/session";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useAppT } from "../messages.ts";
import { ShiftRequestForm } from "./shift-request-form.tsx";

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };
const time = (at: Date, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: "Europe/Berlin",
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);

const calendarUrl = (shiftId: string) =>
  `${import.meta.env.VITE_API_URL ?? ""}/api/calendar/shift/${shiftId}.ics${
    import.meta.env.VITE_CITY ? `?city=${encodeURIComponent(import.meta.env.VITE_CITY)}` : ""
  }`;

type Done = "confirmed" | "waiting" | "cancelled";

/** The shifts of a one-off opportunity, each with its free places and the visitor's own place. */
export function ShiftList(props: { opportunityId: string; confirmSignupId?: string }) {
  const t = useAppT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const isVolunteer = user?.role === "volunteer";
  const query = useQuery(trpc.shifts.list.queryOptions({ opportunityId: props.opportunityId }));
  const [done, setDone] = useState<Done | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.shifts.list.queryKey() });
  const take = useMutation(
    trpc.shifts.take.mutationOptions({
      onSuccess: (result) => {
        setDone(result.status);
        void refresh();
      },
    }),
  );
  const cancel = useMutation(
    trpc.shifts.cancel.mutationOptions({
      onSuccess: () => {
        setDone("cancelled");
        void refresh();
      },
    }),
  );
  // Back from the e-mail link of a shift request: confirm that sign-up once.
  const confirm = useMutation(
    trpc.shifts.confirm.mutationOptions({
      onSuccess: (result) => {
        if (result.status === "confirmed" || result.status === "waiting") setDone(result.status);
        void refresh();
      },
    }),
  );
  const confirmed = useRef(false);
  const { mutate: confirmSignup } = confirm;
  useEffect(() => {
    if (!isVolunteer || !props.confirmSignupId || confirmed.current) return;
    confirmed.current = true;
    confirmSignup({ signupId: props.confirmSignupId });
  }, [isVolunteer, props.confirmSignupId, confirmSignup]);
  const [requesting, setRequesting] = useState<string | null>(null);
  const failure = take.error ?? cancel.error ?? confirm.error;
  const isBusy = take.isPending || cancel.isPending || confirm.isPending;

  if (query.isPending) return <Loading />;
  if (query.isError || query.data.length === 0) return null;

  return (
    <section aria-labelledby="shifts-heading">
      <h2 id="shifts-heading" className="kern-heading-medium">
        {t("shifts.title")}
      </h2>
      <p className="kern-body">{t("shifts.intro")}</p>
      {confirm.isPending ? <Alert tone="info" isLive title={t("shifts.confirming")} /> : null}
      {done ? <Alert tone="success" isLive title={t(`shifts.done.${done}`)} /> : null}
      {failure ? <Alert tone="danger" isLive title={errorText(readError(failure), t)} /> : null}
      {!isVolunteer ? (
        <p className="kern-body">
          {t("shifts.signIn")}{" "}
          <LinkButton to="/anmelden" variant="secondary">
            {t("shifts.signInLink")}
          </LinkButton>
        </p>
      ) : null}
      <ul className="kern-list">
        {query.data.map((shift) => {
          const start = new Date(shift.startsAt);
          const times = {
            day: formatDate(start, language),
            from: time(start, language),
            to: time(new Date(shift.endsAt), language),
          };
          const label = t("shifts.shiftLabel", times);
          return (
            <li key={shift.id}>
              <p className="kern-body kern-body--bold">{t("shifts.time", times)}</p>
              <p className="kern-body">
                {shift.freePlaces > 0
                  ? t("shifts.free", { count: shift.freePlaces })
                  : t("shifts.full")}
                {shift.waitingCount > 0
                  ? ` · ${t("shifts.waiting", { count: shift.waitingCount })}`
                  : null}
              </p>
              {shift.myStatus === "confirmed" ? (
                <p className="kern-body">{t("shifts.yoursConfirmed")}</p>
              ) : shift.myStatus === "waiting" ? (
                <p className="kern-body">{t("shifts.yoursWaiting")}</p>
              ) : shift.myStatus === "pending" ? (
                <p className="kern-body">{t("shifts.yoursPending")}</p>
              ) : null}
              <p className="engagiert-actions">
                {shift.hasStarted ? (
                  <span className="kern-body">{t("shifts.started")}</span>
                ) : isVolunteer && shift.myStatus ? (
                  <Button
                    variant="secondary"
                    disabled={isBusy}
                    aria-label={`${t("shifts.cancel")}: ${label}`}
                    onClick={() => cancel.mutate({ shiftId: shift.id })}
                  >
                    {t("shifts.cancel")}
                  </Button>
                ) : isVolunteer ? (
                  <Button
                    disabled={isBusy}
                    aria-label={`${shift.freePlaces > 0 ? t("shifts.take") : t("shifts.join")}: ${label}`}
                    onClick={() => take.mutate({ shiftId: shift.id })}
                  >
                    {shift.freePlaces > 0 ? t("shifts.take") : t("shifts.join")}
                  </Button>
                ) : !user && requesting !== shift.id ? (
                  <Button
                    aria-label={`${t("shifts.take")}: ${label}`}
                    onClick={() => setRequesting(shift.id)}
                  >
                    {t("shifts.take")}
                  </Button>
                ) : null}{" "}
                <a
                  className="kern-link"
                  href={calendarUrl(shift.id)}
                  aria-label={`${t("shifts.calendar")}: ${label}`}
                >
                  {t("shifts.calendar")}
                </a>
              </p>
              {!user && requesting === shift.id && !shift.hasStarted ? (
                <ShiftRequestForm
                  id={`shift-request-${shift.id}`}
                  shiftId={shift.id}
                  onClose={() => setRequesting(null)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
