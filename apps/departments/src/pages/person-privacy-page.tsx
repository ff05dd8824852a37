import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useSession } from "@engagiert/ui/session";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { usePrivacyT } from "../privacy-messages.ts";
import { AuditTrail } from "./audit-trail.tsx";

type Overview = RouterOutputs["personPrivacy"]["overview"];

const route = getRouteApi("/privacy/personen/$personId/datenschutz");

function Consents(props: { consents: Overview["consents"] }) {
  const t = usePrivacyT();
  const [language] = useLanguage();
  return (
    <section aria-labelledby="consents-heading" className="engagiert-section">
      <h2 id="consents-heading" className="kern-heading-medium">
        {t("privacy.consents")}
      </h2>
      {props.consents.length === 0 ? (
        <p className="kern-body">{t("privacy.consents.none")}</p>
      ) : (
        <Table caption={t("privacy.consents.caption")} isCaptionHidden>
          <TableHead>
            <HeaderCell>{t("privacy.purpose")}</HeaderCell>
            <HeaderCell>{t("privacy.version")}</HeaderCell>
            <HeaderCell>{t("privacy.givenAt")}</HeaderCell>
            <HeaderCell>{t("privacy.withdrawnAt")}</HeaderCell>
            <HeaderCell>{t("privacy.deleteBy")}</HeaderCell>
          </TableHead>
          <TableBody>
            {props.consents.map((c) => (
              <Row key={c.id}>
                <RowHeader>{c.purpose}</RowHeader>
                <Cell>{c.version}</Cell>
                <Cell>{formatDate(c.givenAt, language)}</Cell>
                <Cell>
                  {c.withdrawnAt ? formatDate(c.withdrawnAt, language) : t("privacy.notWithdrawn")}
                </Cell>
                <Cell>
                  {c.deleteBy ? formatDate(c.deleteBy, language) : t("privacy.noDeleteBy")}
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

type RetentionRow = { key: string; kind: string; rule: string; due: string };

function useRetentionRows(data: Overview): RetentionRow[] {
  const t = usePrivacyT();
  const [language] = useLanguage();
  const day = (date: Date) => formatDate(date, language);
  const due = (isDue: boolean, date: Date | null) =>
    isDue ? t("privacy.retention.dueNow") : date ? day(date) : t("privacy.retention.noDate");
  const rows: RetentionRow[] = data.applications.map((a) => ({
    key: a.engagementId,
    kind: t("privacy.retention.application", {
      title: a.opportunityTitle,
      organisation: a.organisationName,
    }),
    rule: t(`privacy.retention.application.${a.reason}`, {
      date: day(a.closedAt),
      months: data.settings.applicationMonths,
    }),
    due: due(a.isDue, a.dueOn),
  }));
  const inactivity = data.inactivity;
  if (inactivity) {
    rows.push({
      key: "account",
      kind: t("privacy.retention.account"),
      rule: t(`privacy.retention.account.${inactivity.state}`, {
        months: data.settings.inactivityMonths,
        date: day(inactivity.lastActivityAt),
        noticeOn:
          "noticeOn" in inactivity
            ? day(inactivity.noticeOn)
            : inactivity.noticeAt
              ? day(inactivity.noticeAt)
              : "",
      }),
      due:
        inactivity.state === "running"
          ? t("privacy.retention.noDate")
          : due(inactivity.state === "due", inactivity.erasesOn),
    });
  }
  const fz = data.fuehrungszeugnis;
  if (fz) {
    rows.push({
      key: "fuehrungszeugnis",
      kind: t("privacy.retention.fz"),
      rule:
        fz.kind === "kept"
          ? t("privacy.retention.fz.kept")
          : t(`privacy.retention.fz.${fz.reason}`),
      due: fz.kind === "kept" ? t("privacy.retention.noDate") : due(fz.isDue, fz.dueOn),
    });
  }
  return rows;
}

function Retention(props: { data: Overview }) {
  const t = usePrivacyT();
  const rows = useRetentionRows(props.data);
  return (
    <section aria-labelledby="retention-heading" className="engagiert-section">
      <h2 id="retention-heading" className="kern-heading-medium">
        {t("privacy.retention")}
      </h2>
      {rows.length === 0 ? (
        <p className="kern-body">{t("privacy.retention.none")}</p>
      ) : (
        <Table caption={t("privacy.retention.caption")} isCaptionHidden>
          <TableHead>
            <HeaderCell>{t("privacy.retention.kind")}</HeaderCell>
            <HeaderCell>{t("privacy.retention.rule")}</HeaderCell>
            <HeaderCell>{t("privacy.retention.dueOn")}</HeaderCell>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <Row key={row.key}>
                <RowHeader>{row.kind}</RowHeader>
                <Cell>{row.rule}</Cell>
                <Cell>{row.due}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/**
 * A person's privacy page for the coordination office and city admins: consents, deletion
 * dates per kind of data, and the person's audit trail. Each visit is itself audited.
 */
export function PersonPrivacyPage() {
  const t = usePrivacyT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const { personId } = route.useParams();
  const { user } = useSession();
  // Every read is audited: the page is asked for once per visit, not in the background.
  const query = useQuery({
    ...trpc.personPrivacy.overview.queryOptions({ personId }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  if (query.isPending || query.isError) {
    return (
      <Page title={t("privacy.titleLoading")}>
        {query.isPending ? (
          <Loading />
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Page>
    );
  }
  const { person } = query.data;
  const name = person.erasedAt ? t("audit.erased") : `${person.firstName} ${person.lastName}`;
  return (
    <Page title={t("privacy.title", { name })}>
      <p className="kern-body">{t("privacy.intro")}</p>
      {person.erasedAt ? (
        <Alert
          tone="info"
          title={t("privacy.erased", { date: formatDate(person.erasedAt, language) })}
        />
      ) : user?.role === "coordinator" ? (
        <p>
          <Link to="/engagierte/$personId" params={{ personId }} className="kern-link">
            {t("privacy.openRecord")}
          </Link>
        </p>
      ) : null}
      {person.erasedAt ? null : (
        <>
          <Consents consents={query.data.consents} />
          <Retention data={query.data} />
        </>
      )}
      <section aria-labelledby="trail-heading" className="engagiert-section">
        <h2 id="trail-heading" className="kern-heading-medium">
          {t("privacy.trail")}
        </h2>
        <p>
          <Link to="/datenschutz/protokoll" search={{ person: personId }} className="kern-link">
            {t("privacy.trail.all")}
          </Link>
        </p>
        <AuditTrail filter={{ personId }} caption={t("privacy.trail.caption")} />
      </section>
    </Page>
  );
}
