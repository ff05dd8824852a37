import { FEDERAL_STATES } from "@engagiert/domain/city";
import { ADMIN_ONLY_EVENT_KINDS, NETWORK_EVENT_KINDS } from "@engagiert/domain/network";
import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterInputs, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { DateTimeField, NumberField } from "@engagiert/ui/date-time-fields";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { useSession } from "@engagiert/ui/session";
import { TextField } from "@engagiert/ui/text-field";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useEventT } from "../event-messages.ts";
import { eventErrorText, kindLabel } from "./event-parts.tsx";
import { localDateTime, momentOf } from "./event-time.ts";

type Input = RouterInputs["networkEvents"]["save"];
type View = RouterOutputs["networkEvents"]["forEdit"];

/** The form's state: everything as the fields hold it (numbers and dates as text until sent). */
type Draft = {
  kind: string;
  title: string;
  description: string;
  agenda: string;
  federalState: string;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  registrationDeadline: string;
  contactEmail: string;
};

function draftOf(view: View | null, email: string): Draft {
  if (!view) {
    return {
      kind: "",
      title: "",
      description: "",
      agenda: "",
      federalState: "",
      startsAt: "",
      endsAt: "",
      place: "",
      onlineUrl: "",
      capacity: "",
      registrationDeadline: "",
      contactEmail: email,
    };
  }
  const input = view.input;
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    agenda: input.agenda,
    federalState: input.federalState ?? "",
    startsAt: localDateTime(new Date(input.startsAt)),
    endsAt: localDateTime(new Date(input.endsAt)),
    place: input.place ?? "",
    onlineUrl: input.onlineUrl ?? "",
    capacity: String(input.capacity),
    registrationDeadline: localDateTime(new Date(input.registrationDeadline)),
    contactEmail: input.contactEmail,
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text);
const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

function inputOf(d: Draft, id: string | null): Input {
  return {
    ...(id ? { id } : {}),
    kind: d.kind as Input["kind"],
    title: d.title,
    description: d.description,
    agenda: d.agenda,
    federalState: orNull(d.federalState) as Input["federalState"],
    startsAt: momentOf(d.startsAt),
    endsAt: momentOf(d.endsAt),
    place: orNull(d.place),
    onlineUrl: orNull(d.onlineUrl),
    capacity: numberOf(d.capacity),
    registrationDeadline: momentOf(d.registrationDeadline),
    contactEmail: d.contactEmail,
  };
}

function Editor(props: { view: View | null }) {
  const t = useEventT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { user } = useSession();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.view, user?.email ?? ""));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useMutation(
    trpc.networkEvents.save.mutationOptions({
      onSuccess: async (saved) => {
        await queryClient.invalidateQueries({ queryKey: trpc.networkEvents.pathKey() });
        await navigate({ to: "/veranstaltungen/$eventId", params: { eventId: saved.id } });
      },
    }),
  );
  const failure = save.error ? readError(save.error) : null;
  const err = (path: string) => failure?.fieldErrors[path]?.[0] ?? null;
  const isAdmin = user?.role === "network_admin";
  // The national meeting is the admins'; an event that is one already keeps its kind.
  const kinds = NETWORK_EVENT_KINDS.filter(
    (kind) => isAdmin || !ADMIN_ONLY_EVENT_KINDS.includes(kind) || kind === props.view?.input.kind,
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(inputOf(draft, props.view?.id ?? null));
  }

  return (
    <Page
      title={
        props.view
          ? t("eventEditor.editTitle", { title: props.view.input.title })
          : t("eventEditor.newTitle")
      }
    >
      {props.view ? null : <p className="kern-body">{t("eventEditor.intro")}</p>}
      <form className="engagiert-form engagiert-form--wide" noValidate onSubmit={submit}>
        {failure ? (
          <Alert tone="danger" title={t("common.errorSummary")} isLive>
            {/* Field messages stand at their fields; other refusals are said here. */}
            {Object.keys(failure.fieldErrors).length === 0 ? (
              <p className="kern-body">{eventErrorText(failure, t)}</p>
            ) : null}
          </Alert>
        ) : null}
        <Fieldset legend={t("eventEditor.basics")}>
          <SelectField
            label={t("eventEditor.kind")}
            hint={isAdmin ? undefined : t("eventEditor.kindHint")}
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value })}
            error={err("kind")}
            options={[
              { value: "", label: t("eventEditor.chooseKind") },
              ...kinds.map((kind) => ({ value: kind, label: kindLabel(t, kind) })),
            ]}
          />
          <TextField
            label={t("eventEditor.title")}
            value={draft.title}
            maxLength={150}
            onChange={(e) => set({ title: e.target.value })}
            error={err("title")}
          />
          <TextareaField
            label={t("eventEditor.description")}
            value={draft.description}
            rows={6}
            onChange={(e) => set({ description: e.target.value })}
            error={err("description")}
          />
          <TextareaField
            label={t("eventEditor.agenda")}
            hint={t("eventEditor.agendaHint")}
            value={draft.agenda}
            rows={6}
            onChange={(e) => set({ agenda: e.target.value })}
            error={err("agenda")}
          />
          <SelectField
            label={t("eventEditor.federalState")}
            hint={t("eventEditor.federalStateHint")}
            value={draft.federalState}
            onChange={(e) => set({ federalState: e.target.value })}
            error={err("federalState")}
            options={[
              { value: "", label: t("eventEditor.noState") },
              ...FEDERAL_STATES.map((state) => ({ value: state, label: t(`state.${state}`) })),
            ]}
          />
        </Fieldset>

        <Fieldset legend={t("eventEditor.when")} hint={t("eventEditor.whenHint")}>
          <DateTimeField
            label={t("eventEditor.startsAt")}
            value={draft.startsAt}
            onChange={(e) => set({ startsAt: e.target.value })}
            error={err("startsAt")}
          />
          <DateTimeField
            label={t("eventEditor.endsAt")}
            value={draft.endsAt}
            onChange={(e) => set({ endsAt: e.target.value })}
            error={err("endsAt")}
          />
        </Fieldset>

        <Fieldset legend={t("eventEditor.where")} hint={t("eventEditor.whereHint")}>
          <TextField
            label={t("eventEditor.place")}
            value={draft.place}
            maxLength={200}
            onChange={(e) => set({ place: e.target.value })}
            error={err("place")}
          />
          <TextField
            label={t("eventEditor.onlineUrl")}
            hint={t("eventEditor.onlineUrlHint")}
            type="url"
            inputMode="url"
            value={draft.onlineUrl}
            maxLength={500}
            onChange={(e) => set({ onlineUrl: e.target.value })}
            error={err("onlineUrl")}
          />
        </Fieldset>

        <Fieldset legend={t("eventEditor.registration")}>
          <NumberField
            label={t("eventEditor.capacity")}
            value={draft.capacity}
            min={1}
            onChange={(e) => set({ capacity: e.target.value })}
            error={err("capacity")}
          />
          <DateTimeField
            label={t("eventEditor.deadline")}
            hint={t("eventEditor.deadlineHint")}
            value={draft.registrationDeadline}
            onChange={(e) => set({ registrationDeadline: e.target.value })}
            error={err("registrationDeadline")}
          />
          <TextField
            label={t("eventEditor.contactEmail")}
            type="email"
            autoComplete="email"
            value={draft.contactEmail}
            onChange={(e) => set({ contactEmail: e.target.value })}
            error={err("contactEmail")}
          />
        </Fieldset>

        <div className="engagiert-actions">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending
              ? t("eventEditor.saving")
              : props.view
                ? t("eventEditor.saveChanges")
                : t("eventEditor.saveDraft")}
          </Button>
        </div>
      </form>
    </Page>
  );
}

export function NewEventPage() {
  return <Editor view={null} />;
}

const editRoute = getRouteApi("/events/event-organising/veranstaltungen/$eventId/bearbeiten");

export function EditEventPage() {
  const t = useEventT();
  const { eventId } = editRoute.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.networkEvents.forEdit.queryOptions({ eventId }));
  if (query.isPending || query.isError) {
    return (
      <Page title={t("events.edit")}>
        {query.isPending ? (
          <Loading />
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Page>
    );
  }
  return <Editor key={query.data.id} view={query.data} />;
}
