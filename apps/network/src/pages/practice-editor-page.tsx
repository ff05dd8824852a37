import { PRACTICE_THEMES } from "@engagiert/domain/network";
import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterInputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useSession } from "@engagiert/ui/session";
import { TextField } from "@engagiert/ui/text-field";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { usePracticeT } from "../practice-messages.ts";
import { NoAccessPage } from "./no-access-page.tsx";
import type { PracticeView } from "./practice-detail-page.tsx";
import { linkFieldId, LinksEditor, newLinkKey, type LinkDraft } from "./practice-links-editor.tsx";
import { usePracticeLabels } from "./practice-parts.tsx";

type Input = RouterInputs["practices"]["save"];
type TextKey = Exclude<keyof Input, "id" | "publish" | "links" | "themes">;
type Draft = Record<TextKey, string> & { themes: string[]; links: LinkDraft[] };

const fieldId = (name: string) => `practice-${name}`;

function draftOf(view: PracticeView | null, user: { displayName: string; email: string } | null) {
  return {
    title: view?.title ?? "",
    summary: view?.summary ?? "",
    problem: view?.problem ?? "",
    approach: view?.approach ?? "",
    resourcesPeople: view?.resourcesPeople ?? "",
    resourcesMoney: view?.resourcesMoney ?? "",
    resourcesTime: view?.resourcesTime ?? "",
    results: view?.results ?? "",
    contactName: view?.contactName ?? user?.displayName ?? "",
    contactEmail: view?.contactEmail ?? user?.email ?? "",
    themes: view?.themes ?? [],
    links: (view?.links ?? []).map((link) => ({ ...link, key: newLinkKey() })),
  } satisfies Draft;
}

/** Writing a new practice of the member's city. */
export function NewPracticePage() {
  const trpc = useTRPC();
  const access = useQuery(trpc.practices.access.queryOptions());
  if (access.isPending) return <Loading />;
  if (!access.data?.mayContribute) return <NoAccessPage />;
  return <Editor view={null} />;
}

const route = getRouteApi("/practices/practice-writing/praxis/$practiceId/bearbeiten");

/** Changing a practice of the member's city. */
export function EditPracticePage() {
  const t = usePracticeT();
  const trpc = useTRPC();
  const { practiceId } = route.useParams();
  const practice = useQuery(trpc.practices.get.queryOptions({ id: practiceId }));
  if (practice.isPending) return <Loading />;
  if (practice.isError) {
    return (
      <Page title={t("practice.libraryTitle")}>
        <QueryError error={practice.error} onRetry={() => void practice.refetch()} />
      </Page>
    );
  }
  if (!practice.data.viewer.mayEdit) return <NoAccessPage />;
  return <Editor view={practice.data} />;
}

function Editor(props: { view: PracticeView | null }) {
  const t = usePracticeT();
  const labels = usePracticeLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { user } = useSession();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.view, user ?? null));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const summaryRef = useRef<HTMLDivElement>(null);

  const save = useMutation(
    trpc.practices.save.mutationOptions({
      onSuccess: async (saved) => {
        await queryClient.invalidateQueries({ queryKey: trpc.practices.pathKey() });
        await navigate({ to: "/praxis/$practiceId", params: { practiceId: saved.id } });
      },
    }),
  );
  const failure = save.error ? readError(save.error) : null;
  const errors = failure?.fieldErrors ?? {};
  /** The first message at a path or below it (a group shows its members' errors). */
  const err = (path: string, isGroup = false) =>
    errors[path]?.[0] ??
    (isGroup
      ? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1]?.[0]
      : undefined) ??
    null;

  // A refused save moves the focus to the summary, which links to each field to correct.
  useEffect(() => {
    if (save.error) summaryRef.current?.focus();
  }, [save.error]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const input: Input = {
      ...(props.view ? { id: props.view.id } : {}),
      title: draft.title,
      summary: draft.summary,
      problem: draft.problem,
      approach: draft.approach,
      resourcesPeople: draft.resourcesPeople,
      resourcesMoney: draft.resourcesMoney,
      resourcesTime: draft.resourcesTime,
      results: draft.results,
      contactName: draft.contactName,
      contactEmail: draft.contactEmail,
      themes: draft.themes as Input["themes"],
      links: draft.links.map(({ label, url }) => ({ label, url })),
      publish: submitter?.getAttribute("name") === "publish",
    };
    save.mutate(input);
  }

  /** Where each field's error leads in the summary: the field's id and its label. */
  const target = (path: string): { id: string; label: string } | null => {
    const link = /^links\.(\d+)\.(label|url)$/.exec(path);
    if (link) {
      const row = draft.links[Number(link[1])];
      const number = Number(link[1]) + 1;
      return row
        ? {
            id: linkFieldId(row.key, link[2] as "label" | "url"),
            label: t(link[2] === "label" ? "practice.linkLabel" : "practice.linkUrl", { number }),
          }
        : null;
    }
    const name = path.split(".")[0]!;
    if (name === "themes")
      return { id: fieldId(`theme-${PRACTICE_THEMES[0]}`), label: t("practice.themes") };
    if (name === "links") return { id: "practice-add-link", label: t("practice.links") };
    const known: Record<string, string> = {
      title: t("practice.titleLabel"),
      summary: t("practice.summary"),
      problem: t("practice.problem"),
      approach: t("practice.approach"),
      resourcesPeople: t("practice.resourcesPeople"),
      resourcesMoney: t("practice.resourcesMoney"),
      resourcesTime: t("practice.resourcesTime"),
      results: t("practice.results"),
      contactName: t("practice.contactName"),
      contactEmail: t("practice.contactEmail"),
    };
    return known[name] ? { id: fieldId(name), label: known[name] } : null;
  };

  const text = (
    name: TextKey,
    label: string,
    options: { hint?: string; rows?: number; max: number },
  ) => {
    const common = {
      id: fieldId(name),
      label,
      hint: options.hint,
      maxLength: options.max,
      value: draft[name],
      error: err(name),
    };
    return options.rows ? (
      <TextareaField
        {...common}
        rows={options.rows}
        onChange={(event) => set({ [name]: event.target.value })}
      />
    ) : (
      <TextField {...common} onChange={(event) => set({ [name]: event.target.value })} />
    );
  };

  const isPublished = props.view?.status === "published";
  return (
    <Page
      title={
        props.view ? t("practice.editTitle", { title: props.view.title }) : t("practice.newTitle")
      }
    >
      <p className="kern-body">{t("practice.editorIntro")}</p>
      {isPublished ? <Alert tone="info" title={t("practice.publishedHint")} /> : null}
      <form className="engagiert-form engagiert-form--wide" noValidate onSubmit={submit}>
        {failure ? (
          <div ref={summaryRef} tabIndex={-1}>
            <Alert tone="danger" title={t("common.errorSummary")} isLive>
              {Object.keys(errors).length > 0 ? (
                <ul className="kern-list">
                  {Object.entries(errors).map(([path, messages]) => {
                    const field = target(path);
                    return (
                      <li key={path}>
                        {field ? (
                          <a
                            className="kern-link"
                            href={`#${field.id}`}
                            onClick={(event) => {
                              event.preventDefault();
                              document.getElementById(field.id)?.focus();
                            }}
                          >
                            {field.label}: {messages[0]}
                          </a>
                        ) : (
                          messages[0]
                        )}
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="kern-body">{errorText(failure, t)}</p>
              )}
            </Alert>
          </div>
        ) : null}
        <Fieldset legend={t("practice.basics")}>
          {text("title", t("practice.titleLabel"), { max: 150 })}
          {text("summary", t("practice.summary"), {
            hint: t("practice.summaryHint"),
            rows: 3,
            max: 500,
          })}
          {text("problem", t("practice.problem"), {
            hint: t("practice.problemHint"),
            rows: 5,
            max: 5000,
          })}
          {text("approach", t("practice.approach"), {
            hint: t("practice.approachHint"),
            rows: 8,
            max: 10000,
          })}
        </Fieldset>
        <Fieldset legend={t("practice.resources")} hint={t("practice.resourcesHint")}>
          {text("resourcesPeople", t("practice.resourcesPeople"), {
            hint: t("practice.resourcesPeopleHint"),
            rows: 2,
            max: 1000,
          })}
          {text("resourcesMoney", t("practice.resourcesMoney"), {
            hint: t("practice.resourcesMoneyHint"),
            rows: 2,
            max: 1000,
          })}
          {text("resourcesTime", t("practice.resourcesTime"), {
            hint: t("practice.resourcesTimeHint"),
            rows: 2,
            max: 1000,
          })}
        </Fieldset>
        {text("results", t("practice.results"), {
          hint: t("practice.resultsHint"),
          rows: 4,
          max: 5000,
        })}
        <Fieldset
          legend={t("practice.themes")}
          hint={t("practice.themesHint")}
          error={err("themes", true)}
        >
          {PRACTICE_THEMES.map((theme) => (
            <CheckboxField
              key={theme}
              id={fieldId(`theme-${theme}`)}
              label={labels.theme(theme)}
              checked={draft.themes.includes(theme)}
              onChange={(event) =>
                set({
                  themes: event.target.checked
                    ? [...draft.themes, theme]
                    : draft.themes.filter((x) => x !== theme),
                })
              }
            />
          ))}
        </Fieldset>
        <Fieldset legend={t("practice.contact")} hint={t("practice.contactHint")}>
          {text("contactName", t("practice.contactName"), { max: 120 })}
          <TextField
            id={fieldId("contactEmail")}
            label={t("practice.contactEmail")}
            type="email"
            autoComplete="email"
            maxLength={254}
            value={draft.contactEmail}
            onChange={(event) => set({ contactEmail: event.target.value })}
            error={err("contactEmail")}
          />
        </Fieldset>
        <LinksEditor links={draft.links} onChange={(links) => set({ links })} error={err} />
        <div className="engagiert-actions">
          {isPublished ? (
            <Button type="submit" name="save" disabled={save.isPending}>
              {save.isPending ? t("practice.saving") : t("practice.saveChanges")}
            </Button>
          ) : (
            <>
              <Button type="submit" name="save" variant="secondary" disabled={save.isPending}>
                {t("practice.saveDraft")}
              </Button>
              <Button type="submit" name="publish" disabled={save.isPending}>
                {t("practice.saveAndPublish")}
              </Button>
            </>
          )}
        </div>
      </form>
    </Page>
  );
}
