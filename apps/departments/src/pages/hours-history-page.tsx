import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { personName } from "@engagiert/ui/person-name";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { Fragment, useState } from "react";
import { CorrectionForm } from "./hours-correct-form.tsx";
import { StaffHoursForm } from "./hours-entry-form.tsx";
import { useDay, useDuration } from "./hours-fields.tsx";
import { useHoursT } from "../hours-messages.ts";

type History = RouterOutputs["hours"]["history"];
type Entry = History["items"][number];
type Filter = { engagementId: string } | { personId: string };

const engagementRoute = getRouteApi("/stunden/engagement/$engagementId");
const personRoute = getRouteApi("/stunden/person/$personId");

/** One entry, and under it each correction; the row that counts says so. */
function EntryRows(props: { entry: Entry; showsEngagement: boolean; onCorrect: () => void }) {
  const t = useHoursT();
  const [language] = useLanguage();
  const day = useDay();
  const duration = useDuration();
  const { entry } = props;
  const isCorrected = entry.corrections.length > 0;
  const who = (e: { isEnteredByStaff: boolean; enteredByName: string }) =>
    e.isEnteredByStaff ? e.enteredByName : t("hours.history.volunteer");
  const label = t("hours.entryLabel", {
    name: personName(t, entry),
    day: day(entry.workedOn),
    duration: duration(entry.minutes),
  });
  return (
    <>
      <Row>
        <RowHeader>{day(entry.workedOn)}</RowHeader>
        {props.showsEngagement ? (
          <Cell>
            <Link
              to="/stunden/engagement/$engagementId"
              params={{ engagementId: entry.engagementId }}
              className="kern-link"
            >
              {entry.opportunityTitle}
            </Link>
          </Cell>
        ) : null}
        <Cell isNumeric>{duration(entry.minutes)}</Cell>
        <Cell>{entry.activity}</Cell>
        <Cell>
          {t(`hours.status.${entry.status}`)}
          {isCorrected ? ` – ${t("hours.history.replaced")}` : null}
          {entry.status === "returned" && entry.returnComment ? (
            <>
              <br />
              <span className="kern-body--small">
                {t("hours.returnComment", { comment: entry.returnComment })}
              </span>
            </>
          ) : null}
        </Cell>
        <Cell>{who(entry)}</Cell>
        <Cell>
          {entry.status === "approved" ? (
            <Button
              variant="secondary"
              aria-label={`${t("hours.history.correct")}: ${label}`}
              onClick={props.onCorrect}
            >
              {t("hours.history.correct")}
            </Button>
          ) : null}
        </Cell>
      </Row>
      {entry.corrections.map((c) => (
        <Row key={c.id}>
          <RowHeader>
            {t("hours.history.correction", { date: formatDate(c.createdAt, language) })}:{" "}
            {day(c.workedOn)}
          </RowHeader>
          {props.showsEngagement ? <Cell>{entry.opportunityTitle}</Cell> : null}
          <Cell isNumeric>{duration(c.minutes)}</Cell>
          <Cell>{c.activity}</Cell>
          <Cell>
            {c.id === entry.current.id ? t("hours.history.counts") : t("hours.history.replaced")}
            <br />
            <span className="kern-body--small">
              {t("hours.history.correctionReason", { reason: c.correctionReason ?? "" })}
            </span>
          </Cell>
          <Cell>{who(c)}</Cell>
          <Cell>{null}</Cell>
        </Row>
      ))}
    </>
  );
}

/** The hour history (newest day first, corrections beside what they correct) with its actions. */
function HoursHistory(props: { filter: Filter }) {
  const t = useHoursT();
  const trpc = useTRPC();
  const day = useDay();
  const duration = useDuration();
  const [correcting, setCorrecting] = useState<Entry | null>(null);
  const [isCorrected, setIsCorrected] = useState(false);
  const history = useInfiniteQuery(
    trpc.hours.history.infiniteQueryOptions(
      { ...props.filter, limit: 25 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  const first = history.data?.pages[0];
  if (history.isPending || history.isError || !first) {
    return (
      <Page title={t("hours.queue.title")}>
        {history.isError ? (
          <QueryError error={history.error} onRetry={() => void history.refetch()} />
        ) : (
          <Loading />
        )}
      </Page>
    );
  }
  const { subject } = first;
  // An erased person's name is empty: they read as "deleted person".
  const subjectName = subject.personName || t("person.deleted");
  const engagement = subject.engagement;
  const items = history.data.pages.flatMap((p) => p.items);
  const canLog = engagement !== null && engagement.startedOn !== null;
  return (
    <Page title={t("hours.history.title", { name: subjectName })}>
      {engagement ? (
        <p className="kern-body">
          {t("hours.history.engagement", {
            title: engagement.opportunityTitle,
            organisation: engagement.organisationName,
          })}{" "}
          ({t(`status.${engagement.status}`)})
        </p>
      ) : (
        <p className="kern-body">{t("hours.history.onlyOwn")}</p>
      )}
      <p className="engagiert-actions">
        <LinkButton
          to="/stunden"
          search={engagement ? { engagement: engagement.id } : { person: subject.personId }}
          variant="secondary"
        >
          {t("hours.history.toQueue")}
        </LinkButton>
        {engagement ? (
          <Link
            to="/stunden/person/$personId"
            params={{ personId: subject.personId }}
            className="kern-link"
          >
            {t("hours.history.personHistory", { name: subjectName })}
          </Link>
        ) : null}
      </p>
      {engagement ? (
        <section aria-labelledby="log-heading" className="engagiert-section">
          <h2 id="log-heading" className="kern-heading-medium">
            {t("hours.log.formTitle", { name: subjectName })}
          </h2>
          {canLog ? (
            <StaffHoursForm engagementId={engagement.id} />
          ) : (
            <p className="kern-body">{t("hours.log.notRunning")}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="entries-heading" className="engagiert-section">
        <h2 id="entries-heading" className="kern-heading-medium">
          {t("hours.history.entries")}
        </h2>
        {isCorrected ? <Alert tone="success" title={t("hours.correct.saved")} isLive /> : null}
        {correcting ? (
          <CorrectionForm
            entryId={correcting.id}
            engagementId={correcting.engagementId}
            current={correcting.current}
            label={t("hours.entryLabel", {
              name: subjectName,
              day: day(correcting.workedOn),
              duration: duration(correcting.minutes),
            })}
            onDone={(isSaved) => {
              setCorrecting(null);
              setIsCorrected(isSaved);
            }}
          />
        ) : null}
        {items.length === 0 ? (
          <p className="kern-body">{t("hours.history.none")}</p>
        ) : (
          <Table caption={t("hours.history.caption")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("hours.col.day")}</HeaderCell>
              {engagement ? null : <HeaderCell>{t("hours.col.engagement")}</HeaderCell>}
              <HeaderCell isNumeric>{t("hours.col.duration")}</HeaderCell>
              <HeaderCell>{t("hours.col.activity")}</HeaderCell>
              <HeaderCell>{t("hours.col.status")}</HeaderCell>
              <HeaderCell>{t("hours.col.enteredBy")}</HeaderCell>
              <HeaderCell>{t("hours.col.actions")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((entry) => (
                <Fragment key={entry.id}>
                  <EntryRows
                    entry={entry}
                    showsEngagement={engagement === null}
                    onCorrect={() => {
                      setIsCorrected(false);
                      setCorrecting(entry);
                    }}
                  />
                </Fragment>
              ))}
            </TableBody>
          </Table>
        )}
        {history.hasNextPage ? (
          <p>
            <Button
              variant="secondary"
              disabled={history.isFetchingNextPage}
              onClick={() => void history.fetchNextPage()}
            >
              {history.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
            </Button>
          </p>
        ) : null}
      </section>
    </Page>
  );
}

export function EngagementHoursPage() {
  const { engagementId } = engagementRoute.useParams();
  return <HoursHistory key={engagementId} filter={{ engagementId }} />;
}

export function PersonHoursPage() {
  const { personId } = personRoute.useParams();
  return <HoursHistory key={personId} filter={{ personId }} />;
}
