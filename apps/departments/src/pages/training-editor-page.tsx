import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterInputs, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { DateField, NumberField, TimeField } from "@engagiert/ui/date-time-fields";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { useSession } from "@engagiert/ui/session";
import { TextField } from "@engagiert/ui/text-field";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { TRAINING_TOPICS } from "../training-messages.ts";
import { newSessionKey, SessionsEditor, type SessionDraft } from "./training-sessions-editor.tsx";
import { cityDateTime, cityMoment } from "./training-time.ts";
import { useSeesWholeCity } from "./use-staff.ts";
import { useTrainingT } from "../training-messages.ts";

type Input = RouterInputs["trainingAdmin"]["create"];
type View = RouterOutputs["trainingAdmin"]["get"];

/** The form's state: everything as the fields hold it (numbers and dates as text until sent). */
type Draft = {
  /** "city": offered by the coordination office for the whole city. */
  organisationId: string;
  title: string;
  description: string;
  audience: string;
  topic: string;
  qualificationTypeSlug: string;
  requiredUnits: string;
  trainer: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  deadlineDate: string;
  deadlineTime: string;
  cost: string;
  sessions: SessionDraft[];
};

function emptyDraft(organisationId: string): Draft {
  return {
    organisationId,
    title: "",
    description: "",
    audience: "",
    topic: "",
    qualificationTypeSlug: "",
    requiredUnits: "",
    trainer: "",
    place: "",
    onlineUrl: "",
    capacity: "",
    deadlineDate: "",
    deadlineTime: "12:00",
    cost: "0",
    sessions: [{ key: newSessionKey(), date: "", from: "", to: "", units: "" }],
  };
}

const euro = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

function draftOf(view: View): Draft {
  const input = view.input;
  const deadline = cityDateTime(input.registrationDeadline);
  return {
    organisationId: input.organisationId ?? "city",
    title: input.title,
    description: input.description,
    audience: input.audience,
    topic: input.topic,
    qualificationTypeSlug: input.qualificationTypeSlug ?? "",
    requiredUnits: input.qualificationTypeSlug ? String(input.requiredUnits) : "",
    trainer: input.trainer,
    place: input.place ?? "",
    onlineUrl: input.onlineUrl ?? "",
    capacity: String(input.capacity),
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
    cost: euro(input.costCents),
    sessions: input.sessions.map((s) => ({
      key: newSessionKey(),
      id: s.id,
      date: cityDateTime(s.startsAt).date,
      from: cityDateTime(s.startsAt).time,
      to: cityDateTime(s.endsAt).time,
      units: String(s.units),
    })),
  };
}

const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));
const orNull = (text: string) => (text.trim() === "" ? null : text);

/** "12,50" or "12.50" euro in cents; anything else is sent as it is, for the API to name. */
function centsOf(text: string): number {
  const value = text.trim().replace(",", ".");
  if (value === "") return 0;
  return /^\d+(\.\d{1,2})?$/.test(value) ? Math.round(Number(value) * 100) : Number.NaN;
}

function inputOf(d: Draft): Input {
  return {
    organisationId: d.organisationId === "city" ? null : d.organisationId,
    title: d.title,
    description: d.description,
    audience: d.audience,
    topic: d.topic as Input["topic"],
    qualificationTypeSlug: orNull(d.qualificationTypeSlug),
    requiredUnits: d.qualificationTypeSlug ? numberOf(d.requiredUnits) : 0,
    trainer: d.trainer,
    place: orNull(d.place),
    onlineUrl: orNull(d.onlineUrl),
    capacity: numberOf(d.capacity),
    registrationDeadline: cityMoment(d.deadlineDate, d.deadlineTime),
    costCents: centsOf(d.cost),
    sessions: d.sessions.map((s) => ({
      ...(s.id ? { id: s.id } : {}),
      startsAt: cityMoment(s.date, s.from),
      endsAt: cityMoment(s.date, s.to),
      units: numberOf(s.units),
    })),
  };
}

function Editor(props: { view: View | null }) {
  const t = useTrainingT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { user } = useSession();
  const seesWholeCity = useSeesWholeCity();
  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  const types = useQuery(trpc.trainingAdmin.qualificationTypes.queryOptions());
  const [draft, setDraft] = useState<Draft>(() =>
    props.view ? draftOf(props.view) : emptyDraft(user?.organisationId ?? "city"),
  );
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const done = async (saved: { id: string }) => {
    await queryClient.invalidateQueries({ queryKey: trpc.trainingAdmin.pathKey() });
    await navigate({ to: "/schulungen/$trainingId", params: { trainingId: saved.id } });
  };
  const create = useMutation(trpc.trainingAdmin.create.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.trainingAdmin.update.mutationOptions({ onSuccess: done }));
  const save = props.view ? update : create;
  const failure = save.error ? readError(save.error) : null;
  const errors = failure?.fieldErrors ?? {};
  /** The first message at a path or below it (a group shows its members' errors). */
  const err = (path: string, isGroup = false) =>
    errors[path]?.[0] ??
    (isGroup
      ? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1]?.[0]
      : undefined) ??
    null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = inputOf(draft);
    if (props.view) update.mutate({ ...input, trainingId: props.view.id });
    else create.mutate(input);
  }

  const typeName = (slug: string) => {
    const type = types.data?.find((x) => x.slug === slug);
    return type ? (language === "de" ? type.nameDe : type.nameEn) : slug;
  };
  const selectableTypes = (types.data ?? []).filter(
    (x) => !x.isArchived || x.slug === props.view?.input.qualificationTypeSlug,
  );
  const requiredHint = draft.qualificationTypeSlug
    ? types.data?.find((x) => x.slug === draft.qualificationTypeSlug)?.requiredUnits
    : undefined;

  return (
    <Page
      title={
        props.view ? t("training.editTitle", { title: props.view.input.title }) : t("training.new")
      }
    >
      <form className="engagiert-form engagiert-form--wide" noValidate onSubmit={submit}>
        {props.view && !props.view.isEditable ? (
          <Alert tone="info" title={t("training.locked")} />
        ) : null}
        {failure ? (
          <Alert tone="danger" title={t("common.errorSummary")} isLive>
            <p className="kern-body">{errorText(failure, t)}</p>
          </Alert>
        ) : null}
        <Fieldset legend={t("training.basics")}>
          {seesWholeCity ? (
            <SelectField
              label={t("training.organiser")}
              value={draft.organisationId}
              onChange={(e) => set({ organisationId: e.target.value })}
              error={err("organisationId")}
              options={[
                { value: "city", label: t("training.coordinationOfficeWholeCity") },
                ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
          ) : null}
          <TextField
            label={t("training.title")}
            value={draft.title}
            maxLength={120}
            onChange={(e) => set({ title: e.target.value })}
            error={err("title")}
          />
          <TextareaField
            label={t("training.description")}
            value={draft.description}
            rows={6}
            onChange={(e) => set({ description: e.target.value })}
            error={err("description")}
          />
          <TextField
            label={t("training.audience")}
            hint={t("training.audienceHint")}
            value={draft.audience}
            maxLength={500}
            onChange={(e) => set({ audience: e.target.value })}
            error={err("audience")}
          />
          <SelectField
            label={t("training.topic")}
            value={draft.topic}
            onChange={(e) => set({ topic: e.target.value })}
            error={err("topic")}
            options={[
              { value: "", label: t("training.chooseTopic") },
              ...TRAINING_TOPICS.map((topic) => ({
                value: topic,
                label: t(`trainingTopic.${topic}`),
              })),
            ]}
          />
          <TextField
            label={t("training.trainer")}
            value={draft.trainer}
            maxLength={200}
            onChange={(e) => set({ trainer: e.target.value })}
            error={err("trainer")}
          />
        </Fieldset>

        <Fieldset legend={t("training.qualification")}>
          <SelectField
            label={t("training.targetQualification")}
            value={draft.qualificationTypeSlug}
            onChange={(e) =>
              set({
                qualificationTypeSlug: e.target.value,
                requiredUnits:
                  draft.requiredUnits ||
                  String(types.data?.find((x) => x.slug === e.target.value)?.requiredUnits || ""),
              })
            }
            error={err("qualificationTypeSlug")}
            options={[
              { value: "", label: t("training.noQualification") },
              ...selectableTypes.map((x) => ({ value: x.slug, label: typeName(x.slug) })),
            ]}
          />
          {draft.qualificationTypeSlug ? (
            <NumberField
              label={t("training.requiredUnits")}
              hint={
                requiredHint
                  ? t("training.requiredUnitsHintType", { units: requiredHint })
                  : t("training.requiredUnitsHint")
              }
              value={draft.requiredUnits}
              min={1}
              onChange={(e) => set({ requiredUnits: e.target.value })}
              error={err("requiredUnits")}
            />
          ) : null}
        </Fieldset>

        <Fieldset legend={t("training.where")} hint={t("training.whereHint")}>
          <TextField
            label={t("training.place")}
            value={draft.place}
            maxLength={200}
            onChange={(e) => set({ place: e.target.value })}
            error={err("place")}
          />
          <TextField
            label={t("training.onlineUrl")}
            type="url"
            inputMode="url"
            value={draft.onlineUrl}
            maxLength={500}
            onChange={(e) => set({ onlineUrl: e.target.value })}
            error={err("onlineUrl")}
          />
        </Fieldset>

        <SessionsEditor
          sessions={draft.sessions}
          onChange={(sessions) => set({ sessions })}
          error={err}
        />

        <Fieldset legend={t("training.registration")}>
          <NumberField
            label={t("training.capacity")}
            value={draft.capacity}
            min={1}
            max={500}
            onChange={(e) => set({ capacity: e.target.value })}
            error={err("capacity")}
          />
          <Fieldset
            legend={t("training.deadline")}
            error={err("registrationDeadline")}
            isHorizontal
          >
            <DateField
              label={t("training.deadlineDate")}
              value={draft.deadlineDate}
              onChange={(e) => set({ deadlineDate: e.target.value })}
            />
            <TimeField
              label={t("training.deadlineTime")}
              value={draft.deadlineTime}
              onChange={(e) => set({ deadlineTime: e.target.value })}
            />
          </Fieldset>
          <TextField
            label={t("training.cost")}
            hint={t("training.costHint")}
            inputMode="decimal"
            value={draft.cost}
            onChange={(e) => set({ cost: e.target.value })}
            error={err("costCents")}
          />
        </Fieldset>

        <div className="engagiert-actions">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t("common.saving") : t("training.save")}
          </Button>
        </div>
      </form>
    </Page>
  );
}

export function NewTrainingPage() {
  return <Editor view={null} />;
}

const editRoute = getRouteApi("/schulungen/$trainingId/bearbeiten");

export function EditTrainingPage() {
  const t = useTrainingT();
  const { trainingId } = editRoute.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.trainingAdmin.get.queryOptions({ trainingId }));
  if (query.isPending || query.isError) {
    return (
      <Page title={t("training.listTitle")}>
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
