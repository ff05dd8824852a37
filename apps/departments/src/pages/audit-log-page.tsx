import { useTRPC, useTRPCClient } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { DateField } from "@engagiert/ui/date-time-fields";
import { useLanguage } from "@engagiert/ui/i18n";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useEffect, useState, type FormEvent } from "react";
import { usePrivacyT } from "../privacy-messages.ts";
import type { AuditSearch } from "../routes-privacy.tsx";
import { AuditTrail, type AuditFilter } from "./audit-trail.tsx";

const route = getRouteApi("/privacy/datenschutz/protokoll");

function filterOf(search: AuditSearch): AuditFilter {
  return {
    personId: search.person ?? null,
    actorUserId: search.mitarbeiter ?? null,
    action: search.aktion ?? null,
    from: search.von ?? null,
    to: search.bis && (!search.von || search.bis >= search.von) ? search.bis : null,
  };
}

/** The filters without the empty ones, so the address stays short. */
function clean(search: AuditSearch): AuditSearch {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v)) as AuditSearch;
}

/** Hands a text to the browser as a file to save, without leaving the page. */
function saveFile(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function CsvDownload(props: { filter: AuditFilter }) {
  const t = usePrivacyT();
  const [language] = useLanguage();
  const client = useTRPCClient();
  const [state, setState] = useState<"idle" | "busy" | "failed" | { truncatedAt: number }>("idle");
  async function download() {
    setState("busy");
    try {
      const file = await client.audit.csv.query({ ...props.filter, language });
      saveFile(file.fileName, file.content);
      setState(file.isTruncated ? { truncatedAt: file.rows } : "idle");
    } catch {
      setState("failed");
    }
  }
  return (
    <div className="engagiert-actions">
      <Button variant="secondary" onClick={() => void download()} disabled={state === "busy"}>
        {state === "busy" ? t("audit.csvPreparing") : t("audit.csv")}
      </Button>
      <p className="kern-body kern-body--small" role="status">
        {state === "failed"
          ? t("audit.csvFailed")
          : typeof state === "object"
            ? t("audit.csvTruncated", { count: state.truncatedAt })
            : t("audit.csvNotice")}
      </p>
    </div>
  );
}

function PersonFilter(props: { personId: string; onRemove: () => void }) {
  const t = usePrivacyT();
  const trpc = useTRPC();
  const person = useQuery(trpc.audit.person.queryOptions({ personId: props.personId }));
  const full = person.data ? `${person.data.firstName} ${person.data.lastName}`.trim() : "…";
  const name = full || t("audit.erased");
  return (
    <p className="kern-body">
      <Link
        to="/personen/$personId/datenschutz"
        params={{ personId: props.personId }}
        className="kern-link"
      >
        {t("audit.personFilter", { name })}
      </Link>{" "}
      <Button variant="tertiary" onClick={props.onRemove}>
        {t("audit.personFilterRemove")}
      </Button>
    </p>
  );
}

/**
 * The audit log for the coordination office and city admins: who read or changed which
 * person's data, and when. The filters live in the address.
 */
export function AuditLogPage() {
  const t = usePrivacyT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = useNavigate();
  const show = (next: AuditSearch) =>
    void navigate({ to: "/datenschutz/protokoll", search: clean(next) });
  const actors = useQuery(trpc.audit.actors.queryOptions());
  const actions = useQuery({ ...trpc.audit.actions.queryOptions(), staleTime: Infinity });
  const [draft, setDraft] = useState<AuditSearch>(search);
  useEffect(() => setDraft(search), [search]);
  const filter = filterOf(search);
  const set = (patch: Partial<AuditSearch>) => setDraft((d) => ({ ...d, ...patch }));

  function apply(event: FormEvent) {
    event.preventDefault();
    show(draft);
  }

  return (
    <Page title={t("audit.title")}>
      <p className="kern-body">{t("audit.intro")}</p>
      <form className="engagiert-form" noValidate onSubmit={apply} aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="kern-heading-medium">
          {t("audit.filters")}
        </h2>
        {search.person ? (
          <PersonFilter
            personId={search.person}
            onRemove={() => show({ ...search, person: undefined })}
          />
        ) : null}
        <div className="engagiert-filters">
          <SelectField
            label={t("audit.actor")}
            value={draft.mitarbeiter ?? ""}
            onChange={(e) => set({ mitarbeiter: e.target.value || undefined })}
            options={[
              { value: "", label: t("audit.all") },
              ...(actors.data ?? []).map((a) => ({ value: a.id, label: a.displayName })),
            ]}
          />
          <SelectField
            label={t("audit.action")}
            value={draft.aktion ?? ""}
            onChange={(e) => set({ aktion: e.target.value || undefined })}
            options={[
              { value: "", label: t("audit.all") },
              ...(actions.data ?? []).map((a) => ({ value: a.action, label: a[language] })),
            ]}
          />
          <DateField
            label={t("audit.from")}
            value={draft.von ?? ""}
            onChange={(e) => set({ von: e.target.value || undefined })}
          />
          <DateField
            label={t("audit.to")}
            value={draft.bis ?? ""}
            min={draft.von}
            onChange={(e) => set({ bis: e.target.value || undefined })}
          />
        </div>
        <p className="engagiert-actions">
          <Button type="submit">{t("audit.apply")}</Button>
          {Object.keys(search).length > 0 ? (
            <Button variant="secondary" onClick={() => show({})}>
              {t("audit.reset")}
            </Button>
          ) : null}
        </p>
      </form>
      <CsvDownload filter={filter} />
      <AuditTrail filter={filter} caption={t("audit.caption")} />
    </Page>
  );
}
