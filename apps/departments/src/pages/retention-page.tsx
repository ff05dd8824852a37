import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRetentionT } from "../retention-messages.ts";
import { RetentionPreview, type RetentionCounts } from "./retention-preview.tsx";
import { RetentionRuns } from "./retention-runs.tsx";

const COUNT_KEYS: (keyof RetentionCounts)[] = [
  "applications",
  "applicantsErased",
  "inactivityNotices",
  "inactiveErased",
  "fuehrungszeugnis",
  "mailBodies",
];

function Periods() {
  const t = useRetentionT();
  const trpc = useTRPC();
  const settings = useQuery(trpc.retention.settings.queryOptions());
  if (settings.isPending) return <Loading />;
  if (settings.isError) {
    return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  const s = settings.data;
  return (
    <section aria-labelledby="periods-heading" className="engagiert-section">
      <h2 id="periods-heading" className="kern-heading-medium">
        {t("retention.periods.title")}
      </h2>
      <ul className="kern-list">
        <li>{t("retention.periods.applications", { months: s.applicationMonths })}</li>
        <li>
          {t("retention.periods.inactive", {
            months: s.inactivityMonths,
            days: s.inactivityNoticeDays,
          })}
        </li>
        <li>
          {t("retention.periods.fuehrungszeugnis", { months: s.fuehrungszeugnisMonthsAfterEnd })}
        </li>
        <li>{t("retention.periods.mail", { days: s.sentMailDays })}</li>
      </ul>
      <p className="kern-body kern-body--small">{t("retention.periods.note")}</p>
    </section>
  );
}

/** The counts of a run, kind by kind, as a table. */
export function CountsTable(props: { counts: RetentionCounts; caption: string }) {
  const t = useRetentionT();
  const [language] = useLanguage();
  return (
    <Table caption={props.caption}>
      <TableHead>
        <HeaderCell>{t("retention.kind")}</HeaderCell>
        <HeaderCell isNumeric>{t("retention.count")}</HeaderCell>
      </TableHead>
      <TableBody>
        {COUNT_KEYS.map((key) => (
          <Row key={key}>
            <RowHeader>{t(`retention.kind.${key}`)}</RowHeader>
            <Cell isNumeric>{formatNumber(props.counts[key], language)}</Cell>
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}

function DryRun() {
  const t = useRetentionT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dry = useMutation(
    trpc.retention.dryRun.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.retention.runs.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.retention.preview.pathKey() });
      },
    }),
  );
  const failure = dry.error ? readError(dry.error) : null;
  return (
    <section aria-labelledby="dry-heading" className="engagiert-section">
      <h2 id="dry-heading" className="kern-heading-medium">
        {t("retention.dry.title")}
      </h2>
      <p className="kern-body">{t("retention.dry.intro")}</p>
      <p>
        <Button variant="secondary" onClick={() => dry.mutate()} disabled={dry.isPending}>
          {dry.isPending ? t("retention.dry.running") : t("retention.dry.start")}
        </Button>
      </p>
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
      {dry.isSuccess ? (
        <>
          <div role="status">
            <CountsTable counts={dry.data.counts} caption={t("retention.dry.result")} />
          </div>
          <RetentionPreview counts={dry.data.counts} />
        </>
      ) : null}
    </section>
  );
}

const CONFIRM_ID = "retention-run-confirm";

/** "Jetzt löschen": a confirmation step with a box to tick, then the run and its counts. */
function RunNow() {
  const t = useRetentionT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [isConfirmed, setConfirmed] = useState(false);
  const [isMissing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (isOpen) heading.current?.focus();
  }, [isOpen]);
  const run = useMutation(
    trpc.retention.run.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        setConfirmed(false);
        await queryClient.invalidateQueries({ queryKey: trpc.retention.runs.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.retention.preview.pathKey() });
      },
    }),
  );
  const failure = run.error ? readError(run.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isConfirmed) {
      setMissing(true);
      document.getElementById(CONFIRM_ID)?.focus();
      return;
    }
    run.mutate({ confirmed: true });
  }

  return (
    <section aria-labelledby="run-heading" className="engagiert-section">
      <h2 id="run-heading" className="kern-heading-medium">
        {t("retention.run.title")}
      </h2>
      <p className="kern-body">{t("retention.run.intro")}</p>
      {run.isSuccess ? (
        <div role="status">
          <Alert tone="success" title={t("retention.run.done")} />
          <CountsTable counts={run.data.counts} caption={t("retention.runs.real")} />
        </div>
      ) : null}
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
      {isOpen ? (
        <form className="engagiert-form" onSubmit={submit} noValidate>
          <h3 className="kern-heading-small" tabIndex={-1} ref={heading}>
            {t("retention.run.confirmTitle")}
          </h3>
          <CheckboxField
            id={CONFIRM_ID}
            label={t("retention.run.confirm")}
            checked={isConfirmed}
            onChange={(e) => {
              setConfirmed(e.target.checked);
              setMissing(false);
            }}
            error={isMissing ? t("retention.run.confirmMissing") : null}
          />
          <div className="engagiert-actions">
            <Button type="submit" disabled={run.isPending}>
              {run.isPending ? t("retention.run.running") : t("retention.run.start")}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={run.isPending}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <p>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {t("retention.run.open")}
          </Button>
        </p>
      )}
    </section>
  );
}

/** Löschfristen: the periods in force, a dry run with its list, a run on demand, the runs so far. */
export function RetentionPage() {
  const t = useRetentionT();
  return (
    <Page title={t("retention.title")}>
      <p className="kern-body">{t("retention.intro")}</p>
      <Periods />
      <DryRun />
      <RunNow />
      <RetentionRuns />
    </Page>
  );
}
