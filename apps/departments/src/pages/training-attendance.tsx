import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { QueryError } from "@engagiert/ui/error-page";
import { Fieldset } from "@engagiert/ui/fieldset";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { LoadMore } from "@engagiert/ui/pagination";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { personName } from "@engagiert/ui/person-name";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { TrainingView } from "./training-detail-page.tsx";
import { sessionShortText, sessionText, useTrainingErrorText } from "./training-format.ts";
import { useTrainingT } from "../training-messages.ts";

type Participant = RouterOutputs["trainingAdmin"]["attendance"]["items"][number];

/** Entries go to the API in batches of this size (its limit per call). */
const BATCH = 100;

/** Ticks for one session: a checkbox per confirmed participant, saved together. */
function SessionForm(props: {
  trainingId: string;
  sessionId: string;
  sessionLabel: string;
  participants: Participant[];
}) {
  const t = useTrainingT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const failureText = useTrainingErrorText();
  const [changed, setChanged] = useState<Record<string, boolean>>({});
  const record = useMutation(trpc.trainingAdmin.recordAttendance.mutationOptions());
  const [saved, setSaved] = useState(false);
  const isPresent = (p: Participant) => changed[p.personId] ?? p.present[props.sessionId] ?? false;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const entries = props.participants.map((p) => ({
      personId: p.personId,
      isPresent: isPresent(p),
    }));
    for (let i = 0; i < entries.length; i += BATCH) {
      await record.mutateAsync({
        trainingId: props.trainingId,
        sessionId: props.sessionId,
        entries: entries.slice(i, i + BATCH),
      });
    }
    setSaved(true);
    setChanged({});
    await queryClient.invalidateQueries({ queryKey: trpc.trainingAdmin.pathKey() });
  }

  return (
    <form className="engagiert-form" noValidate onSubmit={(e) => void save(e).catch(() => {})}>
      <Fieldset legend={t("training.presentAt", { session: props.sessionLabel })}>
        {props.participants.map((p) => (
          <CheckboxField
            key={p.personId}
            label={personName(t, p)}
            hint={
              p.present[props.sessionId] === null && !(p.personId in changed)
                ? t("training.notRecorded")
                : undefined
            }
            checked={isPresent(p)}
            onChange={(e) => {
              setSaved(false);
              setChanged((c) => ({ ...c, [p.personId]: e.target.checked }));
            }}
          />
        ))}
      </Fieldset>
      <div className="engagiert-actions">
        <Button type="submit" disabled={record.isPending}>
          {record.isPending ? t("common.saving") : t("training.saveAttendance")}
        </Button>
      </div>
      {saved ? <Alert tone="success" title={t("training.attendanceSaved")} isLive /> : null}
      {record.error ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{failureText(record.error)}</p>
        </Alert>
      ) : null}
    </form>
  );
}

/** Attendance at each session: taken once a session has begun, read-only once closed. */
export function TrainingAttendance(props: { view: TrainingView }) {
  const t = useTrainingT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const { view } = props;
  const started = view.sessions.filter((s) => s.hasStarted);
  const [sessionId, setSessionId] = useState(started.at(-1)?.id ?? view.sessions[0]?.id ?? "");
  const grid = useInfiniteQuery(
    trpc.trainingAdmin.attendance.infiniteQueryOptions(
      { trainingId: view.id, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  const session = view.sessions.find((s) => s.id === sessionId);
  const participants = grid.data?.pages.flatMap((p) => p.items) ?? [];
  const isClosed = view.status === "closed";

  return (
    <section aria-labelledby="attendance-heading" className="engagiert-section">
      <h2 id="attendance-heading" className="kern-heading-medium">
        {t("training.attendance")}
      </h2>
      <p className="kern-body">
        {isClosed ? t("training.attendanceClosed") : t("training.attendanceIntro")}
      </p>
      {grid.isPending ? (
        <Loading />
      ) : grid.isError ? (
        <QueryError error={grid.error} onRetry={() => void grid.refetch()} />
      ) : participants.length === 0 ? (
        <p className="kern-body">{t("training.noParticipants")}</p>
      ) : isClosed ? (
        <Table caption={t("training.attendance")} isCaptionHidden>
          <TableHead>
            <HeaderCell>{t("training.person")}</HeaderCell>
            {view.sessions.map((s) => (
              <HeaderCell key={s.id}>{sessionShortText(s, language)}</HeaderCell>
            ))}
          </TableHead>
          <TableBody>
            {participants.map((p) => (
              <Row key={p.personId}>
                <RowHeader>{personName(t, p)}</RowHeader>
                {view.sessions.map((s) => (
                  <Cell key={s.id}>
                    {p.present[s.id] ? t("training.present") : t("training.absent")}
                  </Cell>
                ))}
              </Row>
            ))}
          </TableBody>
        </Table>
      ) : (
        <>
          <SelectField
            label={t("training.attendanceSession")}
            value={sessionId}
            onChange={(e) => setSessionId(e.target.value)}
            options={view.sessions.map((s, i) => ({
              value: s.id,
              label: `${t("training.session", { number: i + 1 })}: ${sessionShortText(s, language)}${
                s.hasStarted ? "" : ` (${t("training.notStarted")})`
              }`,
            }))}
          />
          {session && !session.hasStarted ? (
            <p className="kern-body">
              {t("training.attendanceLater", { session: sessionText(session, language) })}
            </p>
          ) : session ? (
            <SessionForm
              key={session.id}
              trainingId={view.id}
              sessionId={session.id}
              sessionLabel={sessionText(session, language)}
              participants={participants}
            />
          ) : null}
        </>
      )}
      {participants.length > 0 ? (
        <LoadMore
          shown={participants.length}
          total={grid.data?.pages[0]?.total ?? 0}
          hasMore={grid.hasNextPage}
          isLoading={grid.isFetchingNextPage}
          onLoadMore={() => void grid.fetchNextPage()}
        />
      ) : null}
    </section>
  );
}
