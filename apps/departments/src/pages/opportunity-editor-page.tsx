import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterInputs, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { DateField, NumberField, TimeField } from "@engagiert/ui/date-time-fields";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { RadioGroup } from "@engagiert/ui/radio-group";
import { SelectField } from "@engagiert/ui/select-field";
import { useCityConfig, useSession } from "@engagiert/ui/session";
import { TextField } from "@engagiert/ui/text-field";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useQualificationName, useQualificationTypes } from "./qualification-texts.ts";
import { useSeesWholeCity } from "./use-staff.ts";
import { useQualificationT } from "../qualification-messages.ts";

type Input = RouterInputs["opportunityAdmin"]["create"];
type View = RouterOutputs["opportunityAdmin"]["get"];
type Format = "one_off" | "project" | "regular";
type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** The form's state: everything as the fields hold it (numbers as text until sent). */
type Draft = {
  organisationId: string;
  title: string;
  summary: string;
  description: string;
  categories: string[];
  format: Format;
  date: string;
  shifts: { from: string; to: string; capacity: string }[];
  startDate: string;
  endDate: string;
  hours: string;
  per: "week" | "month";
  windows: { weekday: Weekday; from: string; to: string }[];
  locationKind: "place" | "remote";
  address: string;
  district: string;
  lat: string;
  lng: string;
  stepFree: boolean;
  accessibleToilet: boolean;
  accessibilityNotes: string;
  minimumAge: string;
  involvesMinorContact: boolean;
  requiredQualifications: string[];
  languages: string;
  capacity: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
};

const berlinTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function emptyDraft(organisationId: string): Draft {
  return {
    organisationId,
    title: "",
    summary: "",
    description: "",
    categories: [],
    format: "regular",
    date: "",
    shifts: [{ from: "", to: "", capacity: "1" }],
    startDate: "",
    endDate: "",
    hours: "2",
    per: "week",
    windows: [],
    locationKind: "place",
    address: "",
    district: "",
    lat: "",
    lng: "",
    stepFree: false,
    accessibleToilet: false,
    accessibilityNotes: "",
    minimumAge: "16",
    involvesMinorContact: false,
    requiredQualifications: [],
    languages: "de",
    capacity: "1",
    contactName: "",
    contactEmail: "",
    contactPhone: "",
  };
}

function draftOf(input: View["input"]): Draft {
  const s = input.schedule;
  const place = input.location.kind === "place" ? input.location : null;
  return {
    ...emptyDraft(input.organisationId),
    title: input.title,
    summary: input.summary,
    description: input.description,
    categories: input.categories,
    format: s.format,
    ...(s.format === "one_off"
      ? {
          date: s.date,
          shifts: s.shifts.map((shift) => ({
            from: berlinTime.format(new Date(shift.startsAt)),
            to: berlinTime.format(new Date(shift.endsAt)),
            capacity: String(shift.capacity),
          })),
        }
      : {}),
    ...(s.format === "project" ? { startDate: s.startDate, endDate: s.endDate } : {}),
    ...(s.format === "regular" ? { hours: String(s.hours), per: s.per, windows: s.windows } : {}),
    locationKind: place ? "place" : "remote",
    address: place?.address ?? "",
    district: place?.district ?? "",
    lat: place ? String(place.coordinates.lat) : "",
    lng: place ? String(place.coordinates.lng) : "",
    stepFree: input.accessibility.stepFree,
    accessibleToilet: input.accessibility.accessibleToilet,
    accessibilityNotes: input.accessibility.notes,
    minimumAge: String(input.minimumAge),
    involvesMinorContact: input.involvesMinorContact,
    requiredQualifications: input.requiredQualifications,
    languages: input.languages.join(", "),
    capacity: String(input.capacity),
    contactName: input.contact.name,
    contactEmail: input.contact.email,
    contactPhone: input.contact.phone ?? "",
  };
}

/** A date that cannot be built is sent as text, so the API names the field instead of failing. */
function moment(date: string, time: string): Date | string {
  const value = new Date(`${date}T${time}`);
  return Number.isNaN(value.getTime()) ? `${date}T${time}` : value;
}

const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

function inputOf(d: Draft): Input {
  const schedule =
    d.format === "one_off"
      ? {
          format: "one_off" as const,
          date: d.date,
          shifts: d.shifts.map((s) => ({
            startsAt: moment(d.date, s.from) as Date,
            endsAt: moment(d.date, s.to) as Date,
            capacity: numberOf(s.capacity),
          })),
        }
      : d.format === "project"
        ? { format: "project" as const, startDate: d.startDate, endDate: d.endDate }
        : { format: "regular" as const, hours: numberOf(d.hours), per: d.per, windows: d.windows };
  return {
    organisationId: d.organisationId,
    title: d.title,
    summary: d.summary,
    description: d.description,
    categories: d.categories,
    schedule,
    location:
      d.locationKind === "remote"
        ? { kind: "remote" }
        : {
            kind: "place",
            address: d.address,
            district: d.district,
            coordinates: { lat: numberOf(d.lat), lng: numberOf(d.lng) },
          },
    accessibility: {
      stepFree: d.stepFree,
      accessibleToilet: d.accessibleToilet,
      notes: d.accessibilityNotes,
    },
    minimumAge: numberOf(d.minimumAge),
    involvesMinorContact: d.involvesMinorContact,
    requiredQualifications: d.requiredQualifications,
    languages: d.languages
      .split(",")
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
    capacity: numberOf(d.capacity),
    contact: {
      name: d.contactName,
      email: d.contactEmail,
      ...(d.contactPhone.trim() ? { phone: d.contactPhone } : {}),
    },
  };
}

const toggle = (list: string[], value: string, on: boolean) =>
  on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

function Preview(props: { draft: Draft }) {
  const t = useQualificationT();
  const [language] = useLanguage();
  const city = useCityConfig().data;
  const qualificationName = useQualificationName();
  const d = props.draft;
  const district = city?.districts.find((x) => x.slug === d.district)?.name;
  return (
    <section aria-labelledby="preview-heading" className="engagiert-section engagiert-preview">
      <h2 id="preview-heading" className="kern-heading-medium">
        {t("editor.preview")}
      </h2>
      <p className="kern-body kern-body--small">{t("editor.previewHint")}</p>
      <article className="kern-card">
        <div className="kern-card__container">
          <header className="kern-card__header">
            <p className="kern-preline">
              {d.categories
                .map((slug) => city?.categories.find((c) => c.slug === slug)?.label[language])
                .filter(Boolean)
                .join(" · ")}
            </p>
            <h3 className="kern-title">{d.title}</h3>
          </header>
          <div className="kern-card__body">
            <p className="kern-body">{d.summary}</p>
            <p className="kern-body engagiert-address">{d.description}</p>
            <ul className="kern-list">
              <li>{t(`format.${d.format}`)}</li>
              <li>
                {d.locationKind === "remote"
                  ? t("editor.previewRemote")
                  : [d.address, district].filter(Boolean).join(", ")}
              </li>
              <li>{t("editor.previewAge", { age: d.minimumAge })}</li>
              <li>{t("editor.previewPlaces", { count: d.capacity })}</li>
              {d.requiredQualifications.map((q) => (
                <li key={q}>{qualificationName(q)}</li>
              ))}
              <li>
                {t("editor.contact")}: {d.contactName} {d.contactEmail}
              </li>
            </ul>
          </div>
        </div>
      </article>
    </section>
  );
}

function Editor(props: { view: View | null }) {
  const t = useQualificationT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { user } = useSession();
  const city = useCityConfig().data;
  const seesWholeCity = useSeesWholeCity();
  const qualificationTypes = useQualificationTypes().data;
  const organisations = useQuery(trpc.dashboard.organisations.queryOptions());
  const districts = useQuery({
    ...trpc.opportunityAdmin.districts.queryOptions(),
    staleTime: Infinity,
  });
  const [draft, setDraft] = useState<Draft>(() =>
    props.view ? draftOf(props.view.input) : emptyDraft(user?.organisationId ?? ""),
  );
  const [showPreview, setShowPreview] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const invalidate = () =>
    queryClient.invalidateQueries({ queryKey: trpc.opportunityAdmin.pathKey() });
  const create = useMutation(
    trpc.opportunityAdmin.create.mutationOptions({
      onSuccess: async (created) => {
        await invalidate();
        await navigate({ to: "/angebote/$opportunityId", params: { opportunityId: created.id } });
      },
    }),
  );
  const update = useMutation(
    trpc.opportunityAdmin.update.mutationOptions({ onSuccess: invalidate }),
  );
  const move = useMutation(trpc.opportunityAdmin.move.mutationOptions({ onSuccess: invalidate }));
  const duplicate = useMutation(
    trpc.opportunityAdmin.duplicate.mutationOptions({
      onSuccess: async (copy) => {
        await invalidate();
        await navigate({ to: "/angebote/$opportunityId", params: { opportunityId: copy.id } });
      },
    }),
  );
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
    if (props.view) update.mutate({ ...input, id: props.view.id });
    else create.mutate(input);
  }

  const status = props.view?.status;
  const title = props.view
    ? t("editor.editTitle", { title: props.view.input.title })
    : t("editor.newTitle");

  return (
    <Page title={title}>
      {props.view && status ? (
        <section aria-labelledby="status-heading" className="engagiert-section">
          <h2 id="status-heading" className="kern-heading-medium">
            {t("editor.status", { status: t(`oppStatus.${status}`) })}
          </h2>
          <div className="engagiert-actions">
            {props.view.nextStatuses.map((to) => (
              <Button
                key={to}
                variant={to === "published" ? "primary" : "secondary"}
                disabled={move.isPending}
                onClick={() => move.mutate({ id: props.view!.id, to })}
              >
                {status === "paused" && to === "published"
                  ? t("oppMove.resume")
                  : t(`oppMove.${to as "published"}`)}
              </Button>
            ))}
            <Button
              variant="tertiary"
              disabled={duplicate.isPending}
              onClick={() => duplicate.mutate({ id: props.view!.id })}
            >
              {t("editor.duplicate")}
            </Button>
          </div>
          {move.error || duplicate.error ? (
            <Alert tone="danger" title={t("common.refused")} isLive>
              <p className="kern-body">
                {readError(move.error ?? duplicate.error).message ?? t("common.networkError")}
              </p>
            </Alert>
          ) : null}
        </section>
      ) : null}

      <form className="engagiert-form engagiert-form--wide" noValidate onSubmit={submit}>
        {failure ? (
          <Alert tone="danger" title={t("common.errorSummary")} isLive>
            <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
          </Alert>
        ) : null}
        {save.isSuccess ? <Alert tone="success" title={t("common.saved")} isLive /> : null}

        <Fieldset legend={t("editor.basics")}>
          {seesWholeCity && organisations.data ? (
            <SelectField
              label={t("common.organisation")}
              value={draft.organisationId}
              onChange={(e) => set({ organisationId: e.target.value })}
              error={err("organisationId")}
              options={[
                { value: "", label: "–" },
                ...organisations.data.map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
          ) : null}
          <TextField
            label={t("editor.title")}
            value={draft.title}
            maxLength={120}
            onChange={(e) => set({ title: e.target.value })}
            error={err("title")}
          />
          <TextField
            label={t("editor.summary")}
            value={draft.summary}
            maxLength={300}
            onChange={(e) => set({ summary: e.target.value })}
            error={err("summary")}
          />
          <TextareaField
            label={t("editor.description")}
            value={draft.description}
            rows={8}
            onChange={(e) => set({ description: e.target.value })}
            error={err("description")}
          />
          <Fieldset legend={t("editor.categories")} error={err("categories", true)}>
            {city?.categories.map((c) => (
              <CheckboxField
                key={c.slug}
                label={c.label[language]}
                checked={draft.categories.includes(c.slug)}
                onChange={(e) =>
                  set({ categories: toggle(draft.categories, c.slug, e.target.checked) })
                }
              />
            ))}
          </Fieldset>
        </Fieldset>

        <RadioGroup
          legend={t("editor.format")}
          value={draft.format}
          onChange={(value) => set({ format: value as Format })}
          error={err("schedule.format")}
          isHorizontal
          options={(["one_off", "project", "regular"] as const).map((f) => ({
            value: f,
            label: t(`format.${f}`),
          }))}
        />
        {draft.format === "one_off" ? (
          <Fieldset legend={t("editor.shifts")} error={err("schedule.shifts")}>
            <DateField
              label={t("editor.date")}
              value={draft.date}
              onChange={(e) => set({ date: e.target.value })}
              error={err("schedule.date")}
            />
            {draft.shifts.map((shift, i) => {
              const change = (patch: Partial<typeof shift>) =>
                set({ shifts: draft.shifts.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
              return (
                <Fieldset key={i} legend={t("editor.shift", { number: i + 1 })} isHorizontal>
                  <TimeField
                    label={t("editor.shiftFrom")}
                    value={shift.from}
                    onChange={(e) => change({ from: e.target.value })}
                    error={err(`schedule.shifts.${i}.startsAt`)}
                  />
                  <TimeField
                    label={t("editor.shiftTo")}
                    value={shift.to}
                    onChange={(e) => change({ to: e.target.value })}
                    error={err(`schedule.shifts.${i}.endsAt`)}
                  />
                  <NumberField
                    label={t("editor.shiftCapacity")}
                    value={shift.capacity}
                    min={1}
                    onChange={(e) => change({ capacity: e.target.value })}
                    error={err(`schedule.shifts.${i}.capacity`)}
                  />
                  {draft.shifts.length > 1 ? (
                    <Button
                      variant="tertiary"
                      onClick={() => set({ shifts: draft.shifts.filter((_, j) => j !== i) })}
                    >
                      {t("common.remove")}
                    </Button>
                  ) : null}
                </Fieldset>
              );
            })}
            <Button
              variant="secondary"
              onClick={() =>
                set({ shifts: [...draft.shifts, { from: "", to: "", capacity: "1" }] })
              }
            >
              {t("editor.addShift")}
            </Button>
          </Fieldset>
        ) : null}
        {draft.format === "project" ? (
          <Fieldset legend={t("format.project")} isHorizontal>
            <DateField
              label={t("editor.startDate")}
              value={draft.startDate}
              onChange={(e) => set({ startDate: e.target.value })}
              error={err("schedule.startDate")}
            />
            <DateField
              label={t("editor.endDate")}
              value={draft.endDate}
              onChange={(e) => set({ endDate: e.target.value })}
              error={err("schedule.endDate")}
            />
          </Fieldset>
        ) : null}
        {draft.format === "regular" ? (
          <Fieldset legend={t("format.regular")}>
            <NumberField
              label={t("editor.hours")}
              value={draft.hours}
              min={0}
              step="0.5"
              onChange={(e) => set({ hours: e.target.value })}
              error={err("schedule.hours")}
            />
            <RadioGroup
              legend={t("editor.per")}
              value={draft.per}
              onChange={(value) => set({ per: value as "week" | "month" })}
              isHorizontal
              options={[
                { value: "week", label: t("editor.perWeek") },
                { value: "month", label: t("editor.perMonth") },
              ]}
            />
            <Fieldset legend={t("editor.windows")} error={err("schedule.windows")}>
              {draft.windows.map((w, i) => {
                const change = (patch: Partial<typeof w>) =>
                  set({ windows: draft.windows.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                return (
                  <Fieldset key={i} legend={t("editor.window", { number: i + 1 })} isHorizontal>
                    <SelectField
                      label={t("editor.weekday")}
                      value={w.weekday}
                      onChange={(e) => change({ weekday: e.target.value as Weekday })}
                      options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
                    />
                    <TimeField
                      label={t("editor.from")}
                      value={w.from}
                      onChange={(e) => change({ from: e.target.value })}
                      error={err(`schedule.windows.${i}.from`)}
                    />
                    <TimeField
                      label={t("editor.to")}
                      value={w.to}
                      onChange={(e) => change({ to: e.target.value })}
                      error={err(`schedule.windows.${i}.to`)}
                    />
                    <Button
                      variant="tertiary"
                      onClick={() => set({ windows: draft.windows.filter((_, j) => j !== i) })}
                    >
                      {t("common.remove")}
                    </Button>
                  </Fieldset>
                );
              })}
              <Button
                variant="secondary"
                onClick={() =>
                  set({
                    windows: [...draft.windows, { weekday: "mon", from: "09:00", to: "12:00" }],
                  })
                }
              >
                {t("editor.addWindow")}
              </Button>
            </Fieldset>
          </Fieldset>
        ) : null}

        <Fieldset legend={t("editor.location")}>
          <RadioGroup
            legend={t("editor.locationKind")}
            value={draft.locationKind}
            onChange={(value) => set({ locationKind: value as "place" | "remote" })}
            isHorizontal
            options={[
              { value: "place", label: t("editor.place") },
              { value: "remote", label: t("editor.remote") },
            ]}
          />
          {draft.locationKind === "place" ? (
            <>
              <TextField
                label={t("editor.address")}
                value={draft.address}
                onChange={(e) => set({ address: e.target.value })}
                error={err("location.address")}
              />
              <SelectField
                label={t("editor.district")}
                value={draft.district}
                error={err("location.district")}
                onChange={(e) => {
                  const centre = districts.data?.find((d) => d.slug === e.target.value)?.center;
                  set({
                    district: e.target.value,
                    ...(centre ? { lat: String(centre.lat), lng: String(centre.lng) } : {}),
                  });
                }}
                options={[
                  { value: "", label: "–" },
                  ...(city?.districts.map((d) => ({ value: d.slug, label: d.name })) ?? []),
                ]}
              />
              <div className="engagiert-filters">
                <NumberField
                  label={t("editor.latitude")}
                  hint={t("editor.coordinatesHint")}
                  value={draft.lat}
                  step="any"
                  onChange={(e) => set({ lat: e.target.value })}
                  error={err("location.coordinates.lat")}
                />
                <NumberField
                  label={t("editor.longitude")}
                  value={draft.lng}
                  step="any"
                  onChange={(e) => set({ lng: e.target.value })}
                  error={err("location.coordinates.lng")}
                />
              </div>
            </>
          ) : null}
        </Fieldset>

        <Fieldset legend={t("editor.accessibility")}>
          <CheckboxField
            label={t("editor.stepFree")}
            checked={draft.stepFree}
            onChange={(e) => set({ stepFree: e.target.checked })}
          />
          <CheckboxField
            label={t("editor.accessibleToilet")}
            checked={draft.accessibleToilet}
            onChange={(e) => set({ accessibleToilet: e.target.checked })}
          />
          <TextareaField
            label={t("editor.accessibilityNotes")}
            value={draft.accessibilityNotes}
            maxLength={500}
            onChange={(e) => set({ accessibilityNotes: e.target.value })}
            error={err("accessibility.notes")}
          />
        </Fieldset>

        <Fieldset legend={t("editor.requirements")}>
          <NumberField
            label={t("editor.minimumAge")}
            value={draft.minimumAge}
            min={0}
            max={99}
            onChange={(e) => set({ minimumAge: e.target.value })}
            error={err("minimumAge")}
          />
          <CheckboxField
            label={t("editor.minorContact")}
            hint={t("editor.minorContactHint")}
            checked={draft.involvesMinorContact}
            onChange={(e) => set({ involvesMinorContact: e.target.checked })}
          />
          <Fieldset legend={t("editor.qualifications")} error={err("requiredQualifications", true)}>
            {[
              // The city's types in use, and what the opportunity still asks for but the city
              // archived or no longer has, so it can be unticked.
              ...(qualificationTypes ?? [])
                .filter((q) => !q.isArchived || draft.requiredQualifications.includes(q.slug))
                .map((q) => ({
                  slug: q.slug,
                  label: `${language === "de" ? q.nameDe : q.nameEn}${q.isArchived ? ` (${t("qualifications.types.archived")})` : ""}`,
                })),
              ...(qualificationTypes
                ? draft.requiredQualifications
                    .filter((slug) => !qualificationTypes.some((q) => q.slug === slug))
                    .map((slug) => ({ slug, label: t("qualifications.unknownType", { slug }) }))
                : []),
            ].map((q) => (
              <CheckboxField
                key={q.slug}
                label={q.label}
                checked={draft.requiredQualifications.includes(q.slug)}
                onChange={(e) =>
                  set({
                    requiredQualifications: toggle(
                      draft.requiredQualifications,
                      q.slug,
                      e.target.checked,
                    ),
                  })
                }
              />
            ))}
          </Fieldset>
          <TextField
            label={t("editor.languages")}
            hint={t("editor.languagesHint")}
            value={draft.languages}
            onChange={(e) => set({ languages: e.target.value })}
            error={err("languages", true)}
          />
          <NumberField
            label={t("editor.capacity")}
            value={draft.capacity}
            min={1}
            onChange={(e) => set({ capacity: e.target.value })}
            error={err("capacity")}
          />
        </Fieldset>

        <Fieldset legend={t("editor.contact")}>
          <TextField
            label={t("editor.contactName")}
            value={draft.contactName}
            autoComplete="name"
            onChange={(e) => set({ contactName: e.target.value })}
            error={err("contact.name")}
          />
          <TextField
            label={t("editor.contactEmail")}
            type="email"
            value={draft.contactEmail}
            autoComplete="email"
            onChange={(e) => set({ contactEmail: e.target.value })}
            error={err("contact.email")}
          />
          <TextField
            label={t("editor.contactPhone")}
            type="tel"
            value={draft.contactPhone}
            autoComplete="tel"
            onChange={(e) => set({ contactPhone: e.target.value })}
            error={err("contact.phone")}
          />
        </Fieldset>

        <div className="engagiert-actions">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t("common.saving") : t("editor.save")}
          </Button>
          <Button
            variant="secondary"
            aria-expanded={showPreview}
            onClick={() => setShowPreview((v) => !v)}
          >
            {showPreview ? t("editor.hidePreview") : t("editor.showPreview")}
          </Button>
        </div>
      </form>
      {showPreview ? <Preview draft={draft} /> : null}
    </Page>
  );
}

export function NewOpportunityPage() {
  return <Editor view={null} />;
}

const editRoute = getRouteApi("/staff/angebote/$opportunityId");

export function EditOpportunityPage() {
  const t = useQualificationT();
  const { opportunityId } = editRoute.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.opportunityAdmin.get.queryOptions({ id: opportunityId }));
  if (query.isPending || query.isError) {
    return (
      <Page title={t("opportunities.title")}>
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
