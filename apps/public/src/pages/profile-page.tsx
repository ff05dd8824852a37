import type { TimeWindow } from "@engagiert/domain/opportunities";
import type { Weekday } from "@engagiert/domain/shared";
import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { TimeField } from "@engagiert/ui/date-time-fields";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { useCityConfig, useSession } from "@engagiert/ui/session";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useAppT } from "../messages.ts";

const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

type Fields = {
  interests: string[];
  skills: string;
  availability: TimeWindow[];
  district: string;
  accessibilityNeeds: string;
};

export function ProfilePage() {
  const t = useAppT();
  const { user } = useSession();
  return (
    <Page title={t("profile.title")}>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <>
          <p className="kern-body">{t("profile.signedOut")}</p>
          <p>
            <LinkButton to="/anmelden">{t("mine.signInLink")}</LinkButton>
          </p>
        </>
      ) : user.role !== "volunteer" ? (
        <p className="kern-body">{t("profile.onlyVolunteers")}</p>
      ) : (
        <ProfileLoader />
      )}
    </Page>
  );
}

function ProfileLoader() {
  const trpc = useTRPC();
  const profile = useQuery(trpc.profile.get.queryOptions());
  if (profile.isPending) return <Loading />;
  if (profile.isError) {
    return <QueryError error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const p = profile.data;
  return (
    <ProfileForm
      initial={{
        interests: p.interests,
        skills: p.skills.join(", "),
        availability: p.availability,
        district: p.district ?? "",
        accessibilityNeeds: p.accessibilityNeeds ?? "",
      }}
    />
  );
}

function ProfileForm(props: { initial: Fields }) {
  const t = useAppT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const city = useCityConfig().data;
  const [fields, setFields] = useState<Fields>(props.initial);
  const save = useMutation(
    trpc.profile.update.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.profile.get.queryKey(), saved);
        void queryClient.invalidateQueries({ queryKey: trpc.profile.suggestions.pathKey() });
      },
    }),
  );
  const failure = save.error ? readError(save.error) : null;
  const errorOf = (path: string) =>
    failure
      ? (Object.entries(failure.fieldErrors).find(
          ([key]) => key === path || key.startsWith(`${path}.`),
        )?.[1][0] ?? null)
      : null;
  const set = <K extends keyof Fields>(name: K, value: Fields[K]) => {
    save.reset();
    setFields((f) => ({ ...f, [name]: value }));
  };
  const setWindow = (index: number, change: Partial<TimeWindow>) =>
    set(
      "availability",
      fields.availability.map((w, i) => (i === index ? { ...w, ...change } : w)),
    );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({
      interests: fields.interests,
      skills: fields.skills
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      availability: fields.availability,
      district: fields.district || null,
      accessibilityNeeds: fields.accessibilityNeeds,
    });
  }

  return (
    <>
      <p className="kern-body">{t("profile.intro")}</p>
      {save.isSuccess ? (
        <Alert tone="success" title={t("profile.saved")} isLive>
          <p>
            <LinkButton to="/vorschlaege" variant="secondary">
              {t("profile.toSuggestions")}
            </LinkButton>
          </p>
        </Alert>
      ) : failure && Object.keys(failure.fieldErrors).length === 0 ? (
        <Alert tone="danger" title={t("common.errorTitle")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : failure ? (
        <Alert tone="danger" title={t("common.errorSummary")} isLive />
      ) : null}
      <form className="engagiert-form" onSubmit={submit} noValidate>
        <Fieldset legend={t("profile.interests")} error={errorOf("interests")}>
          {(city?.categories ?? []).map((category) => (
            <CheckboxField
              key={category.slug}
              label={category.label[language]}
              checked={fields.interests.includes(category.slug)}
              onChange={(e) =>
                set(
                  "interests",
                  e.target.checked
                    ? [...fields.interests, category.slug]
                    : fields.interests.filter((s) => s !== category.slug),
                )
              }
            />
          ))}
        </Fieldset>
        <TextField
          label={t("profile.skills")}
          hint={t("profile.skillsHint")}
          value={fields.skills}
          onChange={(e) => set("skills", e.target.value)}
          error={errorOf("skills")}
        />
        <Fieldset
          legend={t("profile.availability")}
          hint={t("profile.availabilityHint")}
          error={failure?.fieldErrors.availability?.[0] ?? null}
        >
          {fields.availability.length === 0 ? (
            <p className="kern-body">{t("profile.noWindows")}</p>
          ) : null}
          {fields.availability.map((window, index) => (
            <Fieldset key={index} legend={t("profile.window", { number: index + 1 })} isHorizontal>
              <SelectField
                label={t("profile.weekday")}
                value={window.weekday}
                options={WEEKDAYS.map((w) => ({ value: w, label: t(`weekday.${w}`) }))}
                onChange={(e) => setWindow(index, { weekday: e.target.value as Weekday })}
                error={errorOf(`availability.${index}.weekday`)}
              />
              <TimeField
                label={t("profile.from")}
                value={window.from}
                onChange={(e) => setWindow(index, { from: e.target.value })}
                error={errorOf(`availability.${index}.from`)}
              />
              <TimeField
                label={t("profile.to")}
                value={window.to}
                onChange={(e) => setWindow(index, { to: e.target.value })}
                error={errorOf(`availability.${index}.to`)}
              />
              <Button
                variant="tertiary"
                onClick={() =>
                  set(
                    "availability",
                    fields.availability.filter((_, i) => i !== index),
                  )
                }
              >
                {t("profile.removeWindow", { number: index + 1 })}
              </Button>
            </Fieldset>
          ))}
          <p>
            <Button
              variant="secondary"
              onClick={() =>
                set("availability", [
                  ...fields.availability,
                  { weekday: "mon", from: "09:00", to: "12:00" },
                ])
              }
            >
              {t("profile.addWindow")}
            </Button>
          </p>
        </Fieldset>
        <SelectField
          label={t("profile.district")}
          hint={t("profile.districtHint")}
          value={fields.district}
          options={[
            { value: "", label: t("profile.noDistrict") },
            ...(city?.districts ?? []).map((d) => ({ value: d.slug, label: d.name })),
          ]}
          onChange={(e) => set("district", e.target.value)}
          error={errorOf("district")}
        />
        <TextareaField
          label={t("profile.accessibilityNeeds")}
          hint={t("profile.accessibilityNeedsHint")}
          maxLength={500}
          value={fields.accessibilityNeeds}
          onChange={(e) => set("accessibilityNeeds", e.target.value)}
          error={errorOf("accessibilityNeeds")}
        />
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("profile.saving") : t("profile.save")}
        </Button>
      </form>
    </>
  );
}
