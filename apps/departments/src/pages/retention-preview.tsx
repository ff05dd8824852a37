import { useTRPC, type RouterInputs, type RouterOutputs } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { LoadMore } from "@engagiert/ui/pagination";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useRetentionT } from "../retention-messages.ts";

export type RetentionCounts = RouterOutputs["retention"]["dryRun"]["counts"];
type Kind = RouterInputs["retention"]["preview"]["kind"];
type Item = RouterOutputs["retention"]["preview"]["items"][number];

const KINDS: Kind[] = ["applications", "inactive_accounts", "fuehrungszeugnis", "mail_bodies"];

/** How many of a list's kind the dry run counted, for "20 of 134". */
const totalOf = (kind: Kind, counts: RetentionCounts) =>
  kind === "applications"
    ? counts.applications
    : kind === "inactive_accounts"
      ? counts.inactivityNotices + counts.inactiveErased
      : kind === "fuehrungszeugnis"
        ? counts.fuehrungszeugnis
        : counts.mailBodies;

/** The record of an item, as a link where staff can open it; ids shortened, no names. */
function RecordLink(props: { item: Item }) {
  const t = useRetentionT();
  const { subject } = props.item;
  const short = subject.id.slice(0, 8);
  if (subject.type === "engagement") {
    return (
      <Link
        to="/bewerbungen/$engagementId"
        params={{ engagementId: subject.id }}
        className="kern-link"
      >
        {t("retention.list.application", { id: short })}
      </Link>
    );
  }
  if (subject.type === "person") {
    return (
      <Link
        to="/personen/$personId/datenschutz"
        params={{ personId: subject.id }}
        className="kern-link"
      >
        {t("retention.list.person", { id: short })}
      </Link>
    );
  }
  return <>{t("retention.list.mail", { id: short })}</>;
}

function reasonText(t: ReturnType<typeof useRetentionT>, item: Item): string {
  if (item.kind === "mail_bodies") return t("retention.reason.mail", { kind: item.reason });
  const known = [
    "declined",
    "withdrawn",
    "never_confirmed",
    "inactive",
    "not_taken_up",
    "activity_ended",
  ] as const;
  const reason = known.find((r) => r === item.reason);
  return reason ? t(`retention.reason.${reason}`) : item.reason;
}

/** What a run would delete now, one kind at a time, page by page (the dry run's list). */
export function RetentionPreview(props: { counts: RetentionCounts }) {
  const t = useRetentionT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>("applications");
  const list = useInfiniteQuery({
    ...trpc.retention.preview.infiniteQueryOptions(
      { kind, limit: 25 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="retention-list-heading" className="engagiert-section">
      <h3 id="retention-list-heading" className="kern-heading-small">
        {t("retention.list.title", { kind: t(`retention.list.kind.${kind}`) })}
      </h3>
      <SelectField
        label={t("retention.list.kind")}
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
        options={KINDS.map((k) => ({ value: k, label: t(`retention.list.kind.${k}`) }))}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("retention.list.empty")}</p>
      ) : (
        <div aria-busy={list.isFetching}>
          <Table caption={t("retention.list.caption")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("retention.list.record")}</HeaderCell>
              <HeaderCell>{t("retention.list.action")}</HeaderCell>
              <HeaderCell>{t("retention.list.reason")}</HeaderCell>
              <HeaderCell>{t("retention.list.since")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <Row key={`${item.action}-${item.id}`}>
                  <RowHeader>
                    <RecordLink item={item} />
                  </RowHeader>
                  <Cell>{t(`retention.action.${item.action}`)}</Cell>
                  <Cell>{reasonText(t, item)}</Cell>
                  <Cell>{formatDate(item.since, language)}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          <LoadMore
            shown={items.length}
            total={Math.max(items.length, totalOf(kind, props.counts))}
            hasMore={list.hasNextPage}
            isLoading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </div>
      )}
    </section>
  );
}
