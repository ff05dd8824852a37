import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterInputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { NumberField } from "@engagiert/ui/date-time-fields";
import { readError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { useLanguage } from "@engagiert/ui/i18n";
import { SelectField } from "@engagiert/ui/select-field";
import { TextField } from "@engagiert/ui/text-field";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { QualificationType } from "./qualification-texts.ts";
import { useQualificationT } from "../qualification-messages.ts";

type Input = RouterInputs["qualifications"]["createType"];
const MAX_REQUIRED = 10;

/** The form's state: numbers stay text until sent; an empty number means "none". */
type Draft = {
  slug: string;
  nameDe: string;
  nameEn: string;
  description: string;
  validityMonths: string;
  minimumAge: string;
  minimumAgeJustified: string;
  requiredUnits: string;
  requires: { typeSlug: string; maxAgeMonths: string }[];
  renewalHours: string;
  reminderDays: string;
};

const text = (n: number | null) => (n === null ? "" : String(n));
const numberOrNull = (value: string) => (value.trim() === "" ? null : Number(value));

function draftOf(type: QualificationType | null): Draft {
  const r = type?.rules;
  return {
    slug: type?.slug ?? "",
    nameDe: type?.nameDe ?? "",
    nameEn: type?.nameEn ?? "",
    description: type?.description ?? "",
    validityMonths: text(r?.validityMonths ?? null),
    minimumAge: text(r?.minimumAge ?? null),
    minimumAgeJustified: text(r?.minimumAgeJustified ?? null),
    requiredUnits: text(r?.requiredUnits ?? 0),
    requires: (r?.requires ?? []).map((q) => ({
      typeSlug: q.typeSlug,
      maxAgeMonths: text(q.maxAgeMonths),
    })),
    renewalHours: text(r?.renewalHours ?? null),
    reminderDays: text(r?.reminderDays ?? 60),
  };
}

function inputOf(d: Draft): Input {
  return {
    slug: d.slug.trim(),
    nameDe: d.nameDe,
    nameEn: d.nameEn,
    description: d.description,
    rules: {
      validityMonths: numberOrNull(d.validityMonths),
      minimumAge: numberOrNull(d.minimumAge),
      minimumAgeJustified: numberOrNull(d.minimumAgeJustified),
      requiredUnits: numberOrNull(d.requiredUnits) ?? 0,
      requires: d.requires.map((q) => ({
        typeSlug: q.typeSlug,
        maxAgeMonths: numberOrNull(q.maxAgeMonths),
      })),
      renewalHours: numberOrNull(d.renewalHours),
      reminderDays: numberOrNull(d.reminderDays) ?? 0,
    },
  };
}

/** Creates a type (`type` null) or edits one; every rule is a field with its own error. */
export function QualificationTypeForm(props: {
  type: QualificationType | null;
  types: readonly QualificationType[];
  onDone: () => void;
}) {
  const t = useQualificationT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.type));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setRequired = (index: number, patch: Partial<Draft["requires"][number]>) =>
    set({ requires: draft.requires.map((q, i) => (i === index ? { ...q, ...patch } : q)) });
  const options = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.qualifications.types.queryKey() });
      props.onDone();
    },
  };
  const create = useMutation(trpc.qualifications.createType.mutationOptions(options));
  const update = useMutation(trpc.qualifications.updateType.mutationOptions(options));
  const save = props.type ? update : create;
  const failure = save.error ? readError(save.error) : null;
  const err = (path: string) => failure?.fieldErrors[path]?.[0] ?? null;

  // The form opens where the button was pressed: the focus moves to its heading.
  useEffect(() => heading.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(inputOf(draft));
  }

  const others = props.types.filter((x) => x.slug !== props.type?.slug && !x.isArchived);
  const title = props.type
    ? t("qualifications.types.editTitle", {
        name: language === "de" ? props.type.nameDe : props.type.nameEn,
      })
    : t("qualifications.types.newTitle");

  return (
    <section aria-labelledby="type-form-heading" className="engagiert-section">
      <h2 id="type-form-heading" className="kern-heading-medium" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <form className="engagiert-form" noValidate onSubmit={submit}>
        {failure ? (
          <Alert tone="danger" title={t("common.errorSummary")} isLive>
            <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
          </Alert>
        ) : null}
        {props.type ? null : (
          <TextField
            label={t("qualifications.types.slug")}
            hint={t("qualifications.types.slugHint")}
            value={draft.slug}
            maxLength={60}
            onChange={(e) => set({ slug: e.target.value })}
            error={err("slug")}
          />
        )}
        <TextField
          label={t("qualifications.types.nameDe")}
          value={draft.nameDe}
          maxLength={120}
          onChange={(e) => set({ nameDe: e.target.value })}
          error={err("nameDe")}
        />
        <TextField
          label={t("qualifications.types.nameEn")}
          value={draft.nameEn}
          maxLength={120}
          onChange={(e) => set({ nameEn: e.target.value })}
          error={err("nameEn")}
        />
        <TextareaField
          label={t("qualifications.types.description")}
          value={draft.description}
          rows={3}
          maxLength={2000}
          onChange={(e) => set({ description: e.target.value })}
          error={err("description")}
        />
        <Fieldset legend={t("qualifications.types.validity")}>
          <NumberField
            label={t("qualifications.types.validityMonths")}
            hint={t("qualifications.types.validityMonthsHint")}
            value={draft.validityMonths}
            min={1}
            onChange={(e) => set({ validityMonths: e.target.value })}
            error={err("rules.validityMonths")}
          />
          <NumberField
            label={t("qualifications.types.reminderDays")}
            hint={t("qualifications.types.reminderDaysHint")}
            value={draft.reminderDays}
            min={1}
            max={365}
            onChange={(e) => set({ reminderDays: e.target.value })}
            error={err("rules.reminderDays")}
          />
          <NumberField
            label={t("qualifications.types.renewalHours")}
            hint={t("qualifications.types.renewalHoursHint")}
            value={draft.renewalHours}
            min={1}
            onChange={(e) => set({ renewalHours: e.target.value })}
            error={err("rules.renewalHours")}
          />
        </Fieldset>
        <Fieldset legend={t("qualifications.types.prerequisites")}>
          <NumberField
            label={t("qualifications.types.minimumAge")}
            hint={t("qualifications.types.optionalHint")}
            value={draft.minimumAge}
            min={0}
            max={99}
            onChange={(e) => set({ minimumAge: e.target.value })}
            error={err("rules.minimumAge")}
          />
          <NumberField
            label={t("qualifications.types.minimumAgeJustified")}
            hint={t("qualifications.types.minimumAgeJustifiedHint")}
            value={draft.minimumAgeJustified}
            min={0}
            max={99}
            onChange={(e) => set({ minimumAgeJustified: e.target.value })}
            error={err("rules.minimumAgeJustified")}
          />
          <NumberField
            label={t("qualifications.types.requiredUnits")}
            hint={t("qualifications.types.requiredUnitsHint")}
            value={draft.requiredUnits}
            min={0}
            onChange={(e) => set({ requiredUnits: e.target.value })}
            error={err("rules.requiredUnits")}
          />
        </Fieldset>
        <Fieldset legend={t("qualifications.types.requires")} error={err("rules.requires")}>
          {draft.requires.length === 0 ? (
            <p className="kern-body">{t("qualifications.types.requiresNone")}</p>
          ) : null}
          {draft.requires.map((q, index) => (
            <Fieldset
              key={index}
              legend={t("qualifications.types.requiredNumber", { number: index + 1 })}
              isHorizontal
            >
              <SelectField
                label={t("qualifications.type")}
                value={q.typeSlug}
                onChange={(e) => setRequired(index, { typeSlug: e.target.value })}
                error={err(`rules.requires.${index}.typeSlug`)}
                options={[
                  { value: "", label: "–" },
                  ...others.map((o) => ({
                    value: o.slug,
                    label: language === "de" ? o.nameDe : o.nameEn,
                  })),
                ]}
              />
              <NumberField
                label={t("qualifications.types.maxAgeMonths")}
                hint={t("qualifications.types.maxAgeMonthsHint")}
                value={q.maxAgeMonths}
                min={1}
                onChange={(e) => setRequired(index, { maxAgeMonths: e.target.value })}
                error={err(`rules.requires.${index}.maxAgeMonths`)}
              />
              <Button
                variant="tertiary"
                onClick={() => set({ requires: draft.requires.filter((_, i) => i !== index) })}
              >
                {t("qualifications.types.removeRequired", { number: index + 1 })}
              </Button>
            </Fieldset>
          ))}
          {draft.requires.length < MAX_REQUIRED ? (
            <Button
              variant="secondary"
              onClick={() =>
                set({ requires: [...draft.requires, { typeSlug: "", maxAgeMonths: "" }] })
              }
            >
              {t("qualifications.types.addRequired")}
            </Button>
          ) : null}
        </Fieldset>
        <div className="engagiert-actions">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t("common.saving") : t("common.save")}
          </Button>
          <Button variant="secondary" onClick={props.onDone}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </section>
  );
}
