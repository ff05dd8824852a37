import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError, type ReadableError } from "@engagiert/ui/errors";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { TextField } from "@engagiert/ui/text-field";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useId, useState, type FormEvent } from "react";
import "./quality.css";
import { useQualityT } from "../quality-messages.ts";

type Standard = RouterOutputs["quality"]["standards"][number];
type Texts = { title: string; description: string; evidence: string };

function StandardForm(props: {
  initial: Texts;
  submitLabel: string;
  isPending: boolean;
  failure: ReadableError | null;
  onSubmit: (texts: Texts) => void;
  onCancel?: () => void;
}) {
  const t = useQualityT();
  const [texts, setTexts] = useState(props.initial);
  const err = (field: keyof Texts) => props.failure?.fieldErrors[field]?.[0] ?? null;
  const set = (field: keyof Texts) => (e: { target: { value: string } }) =>
    setTexts((current) => ({ ...current, [field]: e.target.value }));
  return (
    <form
      className="engagiert-form engagiert-form--wide"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        props.onSubmit(texts);
      }}
    >
      {props.failure && Object.keys(props.failure.fieldErrors).length === 0 ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{errorText(props.failure, t)}</p>
        </Alert>
      ) : null}
      <TextField
        label={t("quality.catalogue.fieldTitle")}
        value={texts.title}
        maxLength={120}
        onChange={set("title")}
        error={err("title")}
      />
      <TextareaField
        label={t("quality.catalogue.fieldDescription")}
        value={texts.description}
        maxLength={2000}
        onChange={set("description")}
        error={err("description")}
      />
      <TextareaField
        label={t("quality.catalogue.fieldEvidence")}
        hint={t("quality.catalogue.evidenceHint")}
        value={texts.evidence}
        maxLength={1000}
        rows={2}
        onChange={set("evidence")}
        error={err("evidence")}
      />
      <div className="engagiert-actions">
        <Button type="submit" disabled={props.isPending}>
          {props.isPending ? t("common.saving") : props.submitLabel}
        </Button>
        {props.onCancel ? (
          <Button variant="tertiary" onClick={props.onCancel}>
            {t("common.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** Announces what the last action did, for everyone and for screen readers. */
function useAnnouncement() {
  const [message, setMessage] = useState<string | null>(null);
  const view = message ? <Alert tone="success" title={message} isLive /> : null;
  return { announce: setMessage, view };
}

function StandardItem(props: {
  standard: Standard;
  position: number;
  isFirst: boolean;
  isLast: boolean;
  announce: (message: string) => void;
}) {
  const t = useQualityT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { standard } = props;
  const baseId = useId();
  const buttonId = (direction: "up" | "down") => `${baseId}-${direction}`;
  const [isEditing, setIsEditing] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.quality.pathKey() });

  const move = useMutation(
    trpc.quality.moveStandard.mutationOptions({
      onSuccess: async (result, input) => {
        await refresh();
        props.announce(
          t("quality.catalogue.moved", {
            title: standard.title,
            position: result.order.indexOf(standard.id) + 1,
          }),
        );
        // The item moved in the list: the focus stays on the button just pressed.
        requestAnimationFrame(() => document.getElementById(buttonId(input.direction))?.focus());
      },
    }),
  );
  const update = useMutation(
    trpc.quality.updateStandard.mutationOptions({
      onSuccess: async (row) => {
        setIsEditing(false);
        await refresh();
        props.announce(t("quality.catalogue.updated", { title: row.title }));
      },
    }),
  );
  const archive = useMutation(
    trpc.quality.archiveStandard.mutationOptions({
      onSuccess: async (row) => {
        await refresh();
        props.announce(t("quality.catalogue.archivedDone", { title: row.title }));
      },
    }),
  );
  const failure = [move, archive].map((m) => (m.error ? readError(m.error) : null)).find(Boolean);

  const moveButton = (direction: "up" | "down", isAtEnd: boolean) => (
    <Button
      id={buttonId(direction)}
      variant="tertiary"
      aria-disabled={isAtEnd || undefined}
      onClick={() => {
        if (!isAtEnd && !move.isPending) move.mutate({ standardId: standard.id, direction });
      }}
      aria-label={`${t(`quality.catalogue.${direction}`)}: ${standard.title}`}
    >
      {t(`quality.catalogue.${direction}`)}
    </Button>
  );

  return (
    <li className="engagiert-quality-standard">
      <h3 className="kern-heading-small">{standard.title}</h3>
      <p className="kern-body kern-body--small">
        {t("quality.catalogue.position", { position: props.position })}
      </p>
      <p className="kern-body">{standard.description}</p>
      <p className="kern-body">
        <strong>{t("quality.evidenceAsked")}:</strong> {standard.evidence}
      </p>
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
      <div className="engagiert-actions">
        {moveButton("up", props.isFirst)}
        {moveButton("down", props.isLast)}
        <Button
          variant="secondary"
          aria-expanded={isEditing}
          onClick={() => setIsEditing((e) => !e)}
          aria-label={`${t("quality.catalogue.edit")}: ${standard.title}`}
        >
          {t("quality.catalogue.edit")}
        </Button>
        <Button
          variant="secondary"
          disabled={archive.isPending}
          onClick={() => archive.mutate({ standardId: standard.id, isArchived: true })}
          aria-label={`${t("quality.catalogue.archive")}: ${standard.title}`}
        >
          {t("quality.catalogue.archive")}
        </Button>
      </div>
      {isEditing ? (
        <StandardForm
          initial={standard}
          submitLabel={t("common.save")}
          isPending={update.isPending}
          failure={update.error ? readError(update.error) : null}
          onSubmit={(texts) => update.mutate({ standardId: standard.id, ...texts })}
          onCancel={() => setIsEditing(false)}
        />
      ) : null}
    </li>
  );
}

function NewStandard(props: { announce: (message: string) => void }) {
  const t = useQualityT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formKey, setFormKey] = useState(0);
  const create = useMutation(
    trpc.quality.createStandard.mutationOptions({
      onSuccess: async (row) => {
        await queryClient.invalidateQueries({ queryKey: trpc.quality.pathKey() });
        setFormKey((k) => k + 1);
        props.announce(t("quality.catalogue.created", { title: row.title }));
      },
    }),
  );
  return (
    <section aria-labelledby="quality-new-standard" className="engagiert-section">
      <h2 id="quality-new-standard" className="kern-heading-medium">
        {t("quality.catalogue.new")}
      </h2>
      <StandardForm
        key={formKey}
        initial={{ title: "", description: "", evidence: "" }}
        submitLabel={t("quality.catalogue.create")}
        isPending={create.isPending}
        failure={create.error ? readError(create.error) : null}
        onSubmit={(texts) => create.mutate(texts)}
      />
    </section>
  );
}

function Archived(props: { standards: Standard[]; announce: (message: string) => void }) {
  const t = useQualityT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const restore = useMutation(
    trpc.quality.archiveStandard.mutationOptions({
      onSuccess: async (row) => {
        await queryClient.invalidateQueries({ queryKey: trpc.quality.pathKey() });
        props.announce(t("quality.catalogue.restoredDone", { title: row.title }));
      },
    }),
  );
  return (
    <section aria-labelledby="quality-archived" className="engagiert-section">
      <h2 id="quality-archived" className="kern-heading-medium">
        {t("quality.catalogue.archived")}
      </h2>
      {props.standards.length === 0 ? (
        <p className="kern-body">{t("quality.catalogue.archivedNone")}</p>
      ) : (
        <ul className="engagiert-quality-list">
          {props.standards.map((standard) => (
            <li key={standard.id} className="engagiert-actions">
              <span className="kern-body">{standard.title}</span>
              <Button
                variant="tertiary"
                disabled={restore.isPending}
                onClick={() => restore.mutate({ standardId: standard.id, isArchived: false })}
                aria-label={`${t("quality.catalogue.restore")}: ${standard.title}`}
              >
                {t("quality.catalogue.restore")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The coordination office edits the city's catalogue of quality standards. */
export function QualityCataloguePage() {
  const t = useQualityT();
  const trpc = useTRPC();
  const { announce, view } = useAnnouncement();
  const standards = useQuery(trpc.quality.standards.queryOptions({ includeArchived: true }));
  const active = standards.data?.filter((s) => !s.isArchived) ?? [];
  const archived = standards.data?.filter((s) => s.isArchived) ?? [];
  return (
    <Page title={t("quality.catalogue.title")}>
      <p className="kern-body">
        <Link to="/qualitaet" className="kern-link">
          {t("quality.org.back")}
        </Link>
      </p>
      <p className="kern-body">{t("quality.catalogue.intro")}</p>
      {view}
      {standards.isPending ? <Loading /> : null}
      {standards.isError ? (
        <QueryError error={standards.error} onRetry={() => void standards.refetch()} />
      ) : null}
      {standards.data ? (
        <>
          <section aria-labelledby="quality-catalogue" className="engagiert-section">
            <h2 id="quality-catalogue" className="kern-heading-medium">
              {t("quality.catalogue.list")}
            </h2>
            <ol className="engagiert-quality-list">
              {active.map((standard, i) => (
                <StandardItem
                  key={standard.id}
                  standard={standard}
                  position={i + 1}
                  isFirst={i === 0}
                  isLast={i === active.length - 1}
                  announce={announce}
                />
              ))}
            </ol>
          </section>
          <NewStandard announce={announce} />
          <Archived standards={archived} announce={announce} />
        </>
      ) : null}
    </Page>
  );
}
