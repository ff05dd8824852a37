import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { formatNumber } from "@engagiert/ui/format";
import { Fieldset } from "@engagiert/ui/fieldset";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useRecognitionT } from "./recognition-t.ts";
import { InvitationList } from "./recognition-invitations.tsx";
import { currentMonth, monthsBetween, useDay } from "./recognition-parts.tsx";

type RecognitionEvent = RouterOutputs["recognition"]["events"]["get"];
const route = getRouteApi("/anerkennung/recognition-city/feste/$eventId");
const KINDS = ["anniversary", "hours"] as const;

/** Invites those who reached a milestone in a range of months (at most 12). */
function BuildForm(props: { event: RecognitionEvent }) {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState(currentMonth());
  const [to, setTo] = useState(currentMonth());
  const [kinds, setKinds] = useState<readonly (typeof KINDS)[number][]>(KINDS);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const build = useMutation(
    trpc.recognition.events.buildInvitations.mutationOptions({
      onSettled: () =>
        queryClient.invalidateQueries({ queryKey: trpc.recognition.events.pathKey() }),
    }),
  );
  const failure = build.error ? readError(build.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const months = monthsBetween(from, to);
    if (months.length === 0 || months.length > 12) {
      setRangeError(t("recognition.event.monthRange"));
      return;
    }
    setRangeError(null);
    build.mutate({ eventId: props.event.id, months, kinds: [...kinds] });
  }

  return (
    <form className="engagiert-form" noValidate onSubmit={submit} aria-labelledby="build-heading">
      <h2 id="build-heading" className="kern-heading-medium">
        {t("recognition.event.build")}
      </h2>
      <p className="kern-body">{t("recognition.event.buildHint")}</p>
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
        </Alert>
      ) : null}
      {build.isSuccess ? (
        <Alert
          tone="success"
          title={t("recognition.event.built", {
            added: build.data.added,
            already: build.data.alreadyInvited,
            found: build.data.found,
          })}
          isLive
        />
      ) : null}
      <div className="engagiert-filters">
        <TextField
          label={t("recognition.event.fromMonth")}
          hint={t("recognition.milestones.monthHint")}
          type="month"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={rangeError ?? failure?.fieldErrors.months?.[0] ?? null}
        />
        <TextField
          label={t("recognition.event.toMonth")}
          hint={t("recognition.milestones.monthHint")}
          type="month"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      <Fieldset legend={t("recognition.event.kinds")} error={failure?.fieldErrors.kinds?.[0]}>
        {KINDS.map((kind) => (
          <CheckboxField
            key={kind}
            label={t(`recognition.event.kind.${kind}`)}
            checked={kinds.includes(kind)}
            onChange={(e) =>
              setKinds((all) => (e.target.checked ? [...all, kind] : all.filter((k) => k !== kind)))
            }
          />
        ))}
      </Fieldset>
      <Button type="submit" disabled={build.isPending}>
        {build.isPending ? t("recognition.event.building") : t("recognition.event.buildSubmit")}
      </Button>
    </form>
  );
}

/** One recognition event: its facts, how its invitation list is built, the list, CSV and mailing. */
export function RecognitionEventPage() {
  const t = useRecognitionT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const day = useDay();
  const { eventId } = route.useParams();
  const query = useQuery(trpc.recognition.events.get.queryOptions({ eventId }));
  if (query.isPending || query.isError) {
    return (
      <Page title={t("recognition.events.title")}>
        {query.isPending ? (
          <Loading />
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Page>
    );
  }
  const event = query.data;
  const isPast =
    event.heldOn <
    new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
  return (
    <Page title={event.title}>
      <section aria-labelledby="facts-heading" className="engagiert-section">
        <h2 id="facts-heading" className="kern-heading-medium">
          {t("recognition.event.facts")}
        </h2>
        <dl className="engagiert-facts">
          <dt>{t("recognition.events.heldOn")}</dt>
          <dd>{day(event.heldOn)}</dd>
          <dt>{t("recognition.events.place")}</dt>
          <dd>{event.place}</dd>
          <dt>{t("recognition.events.invited")}</dt>
          <dd>{formatNumber(event.invited, language)}</dd>
          <dt>{t("recognition.events.mailed")}</dt>
          <dd>{formatNumber(event.mailed, language)}</dd>
          <dt>{t("recognition.event.invitationText")}</dt>
          <dd className="engagiert-address">{event.invitationText}</dd>
        </dl>
      </section>
      {isPast ? (
        <Alert tone="info" title={t("recognition.event.past")} />
      ) : (
        <BuildForm event={event} />
      )}
      <InvitationList event={event} canSend={!isPast} />
    </Page>
  );
}
