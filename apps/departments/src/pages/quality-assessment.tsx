import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { DateField } from "@engagiert/ui/date-time-fields";
import { errorText, readError } from "@engagiert/ui/errors";
import { QueryError } from "@engagiert/ui/error-page";
import { Loading } from "@engagiert/ui/loading";
import { LoadMore } from "@engagiert/ui/pagination";
import { RadioGroup } from "@engagiert/ui/radio-group";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { LevelBadge, LEVELS, NotAssessed, todayInBerlin, useDayText } from "./quality-levels.tsx";
import { useQualityT } from "../quality-messages.ts";

export type OrganisationAssessment = RouterOutputs["quality"]["organisationAssessment"];
type Standard = OrganisationAssessment["standards"][number];

function AssessForm(props: {
  organisationId: string;
  standard: Standard;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useQualityT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState(
    props.standard.current ? String(props.standard.current.level) : "",
  );
  const [note, setNote] = useState("");
  const [day, setDay] = useState(todayInBerlin);
  const [isLevelMissing, setIsLevelMissing] = useState(false);
  const assess = useMutation(
    trpc.quality.assess.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.quality.pathKey() });
        props.onSaved();
      },
    }),
  );
  const failure = assess.error ? readError(assess.error) : null;
  const err = (field: string) => failure?.fieldErrors[field]?.[0] ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (level === "") {
      setIsLevelMissing(true);
      return;
    }
    setIsLevelMissing(false);
    assess.mutate({
      organisationId: props.organisationId,
      standardId: props.standard.id,
      level: Number(level),
      evidenceNote: note,
      assessedOn: day,
    });
  }

  return (
    <form className="engagiert-form" noValidate onSubmit={submit}>
      <h4 className="kern-title">{t("quality.form.title")}</h4>
      {failure && Object.keys(failure.fieldErrors).length === 0 ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
      <RadioGroup
        legend={t("quality.form.level")}
        hint={t("quality.form.levelHint")}
        value={level}
        onChange={(value) => {
          setLevel(value);
          setIsLevelMissing(false);
        }}
        error={isLevelMissing ? t("quality.form.levelMissing") : err("level")}
        options={LEVELS.map((l) => ({ value: String(l), label: t(`quality.level.${l}`) }))}
      />
      <TextareaField
        label={t("quality.form.note")}
        hint={t("quality.form.noteHint")}
        value={note}
        maxLength={2000}
        onChange={(e) => setNote(e.target.value)}
        error={err("evidenceNote")}
      />
      <DateField
        label={t("quality.form.date")}
        value={day}
        max={todayInBerlin()}
        onChange={(e) => setDay(e.target.value)}
        error={err("assessedOn")}
      />
      <div className="engagiert-actions">
        <Button type="submit" disabled={assess.isPending}>
          {assess.isPending ? t("common.saving") : t("quality.form.submit")}
        </Button>
        <Button variant="tertiary" onClick={props.onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}

function History(props: { organisationId: string; standard: Standard }) {
  const t = useQualityT();
  const day = useDayText();
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.quality.history.infiniteQueryOptions(
      { organisationId: props.organisationId, standardId: props.standard.id, limit: 5 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="kern-body">{t("quality.history.empty")}</p>;
  return (
    <>
      <Table
        caption={t("quality.history.caption", { title: props.standard.title })}
        isCaptionHidden
      >
        <TableHead>
          <HeaderCell>{t("quality.history.date")}</HeaderCell>
          <HeaderCell>{t("quality.history.level")}</HeaderCell>
          <HeaderCell>{t("quality.history.note")}</HeaderCell>
          <HeaderCell>{t("quality.history.by")}</HeaderCell>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <Row key={item.id}>
              <RowHeader>{day(item.assessedOn)}</RowHeader>
              <Cell>
                <LevelBadge level={item.level} />
              </Cell>
              <Cell>{item.evidenceNote || t("common.none")}</Cell>
              <Cell>{item.assessedBy}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <LoadMore
        shown={items.length}
        total={list.data.pages[0]?.total ?? 0}
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
}

function StandardAssessment(props: { organisationId: string; standard: Standard }) {
  const t = useQualityT();
  const day = useDayText();
  const { standard } = props;
  const headingId = useId();
  const formId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [isFormOpen, setIsFormOpen] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const [isHistoryOpen, setIsHistoryOpen] = useState(false);
  const current = standard.current;

  const close = (saved: boolean) => {
    setIsFormOpen(false);
    setIsSaved(saved);
    // The form goes away: the focus returns to the button that opened it.
    requestAnimationFrame(() => toggle.current?.focus());
  };

  return (
    <li className="engagiert-quality-standard">
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className="kern-heading-small">
          {standard.title}
        </h3>
        <p className="kern-body">{standard.description}</p>
        <p className="kern-body">
          <strong>{t("quality.evidenceAsked")}:</strong> {standard.evidence}
        </p>
        <dl className="engagiert-facts">
          <div>
            <dt>{t("quality.current")}</dt>
            <dd>
              {current ? (
                <>
                  <LevelBadge level={current.level} />{" "}
                  {t("quality.assessedOnBy", {
                    date: day(current.assessedOn),
                    name: current.assessedBy,
                  })}
                </>
              ) : (
                <NotAssessed />
              )}
            </dd>
          </div>
          {current?.evidenceNote ? (
            <div>
              <dt>{t("quality.evidenceNote")}</dt>
              <dd>{current.evidenceNote}</dd>
            </div>
          ) : null}
        </dl>
        {isSaved ? <Alert tone="success" title={t("quality.form.saved")} isLive /> : null}
        <button
          ref={toggle}
          type="button"
          className="kern-btn kern-btn--secondary"
          aria-label={`${current ? t("quality.assessAgain") : t("quality.assessFirst")}: ${standard.title}`}
          aria-expanded={isFormOpen}
          aria-controls={isFormOpen ? formId : undefined}
          onClick={() => {
            setIsSaved(false);
            setIsFormOpen((open) => !open);
          }}
        >
          <span className="kern-label">
            {current ? t("quality.assessAgain") : t("quality.assessFirst")}
          </span>
        </button>
        {isFormOpen ? (
          <div id={formId}>
            <AssessForm
              organisationId={props.organisationId}
              standard={standard}
              onSaved={() => close(true)}
              onCancel={() => close(false)}
            />
          </div>
        ) : null}
        <details onToggle={(e) => setIsHistoryOpen(e.currentTarget.open)}>
          <summary className="kern-link">
            {t("quality.history")}
            <span className="kern-sr-only">: {standard.title}</span>
          </summary>
          {isHistoryOpen ? (
            <History organisationId={props.organisationId} standard={standard} />
          ) : null}
        </details>
      </section>
    </li>
  );
}

/** Every standard of the catalogue with the organisation's current level, a form and the history. */
export function AssessmentList(props: { assessment: OrganisationAssessment }) {
  const { organisation, standards } = props.assessment;
  return (
    <ul className="engagiert-quality-list">
      {standards.map((standard) => (
        <StandardAssessment
          key={standard.id}
          organisationId={organisation.id}
          standard={standard}
        />
      ))}
    </ul>
  );
}
