import { useTRPC } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { personName } from "@engagiert/ui/person-name";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useAppT } from "../messages.ts";
import { ValidityText } from "./engagement-page.tsx";
import { QualificationsSection } from "./qualification-person-section.tsx";
import { PrivacyPageLink } from "./privacy-page-link.tsx";
import { RecognitionGroupsSection } from "./recognition-groups-section.tsx";

const route = getRouteApi("/staff/engagierte/$personId");

export function VolunteerPage() {
  const t = useAppT();
  const [language] = useLanguage();
  const { personId } = route.useParams();
  const trpc = useTRPC();
  // Every read is audited: the record is asked for once per visit, not in the background.
  const query = useQuery({
    ...trpc.volunteers.record.queryOptions({ personId }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  if (query.isPending || query.isError) {
    return (
      <Page title={t("volunteer.person")}>
        {query.isPending ? (
          <Loading />
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Page>
    );
  }
  const { person, engagements, consents, fuehrungszeugnis } = query.data;
  return (
    <Page title={t("volunteer.title", { name: personName(t, person) })}>
      <p className="kern-body kern-body--small">{t("volunteer.auditNotice")}</p>
      <PrivacyPageLink personId={person.id} />
      <section aria-labelledby="person-heading" className="engagiert-section">
        <h2 id="person-heading" className="kern-heading-medium">
          {t("volunteer.person")}
        </h2>
        <dl className="engagiert-facts">
          <dt>{t("volunteer.email")}</dt>
          <dd>{person.email}</dd>
          <dt>{t("volunteer.phone")}</dt>
          <dd>{person.phone ?? t("common.none")}</dd>
          <dt>{t("volunteer.birthYear")}</dt>
          <dd>{person.birthYear}</dd>
          <dt>{t("volunteer.district")}</dt>
          <dd>{person.district ?? t("common.none")}</dd>
          <dt>{t("volunteer.accessibilityNeeds")}</dt>
          <dd>{person.accessibilityNeeds ?? t("common.none")}</dd>
          <dt>{t("checklist.fuehrungszeugnis")}</dt>
          <dd>
            <ValidityText validity={fuehrungszeugnis.validity} />
          </dd>
        </dl>
      </section>
      <section aria-labelledby="engagements-heading" className="engagiert-section">
        <h2 id="engagements-heading" className="kern-heading-medium">
          {t("volunteer.engagements")}
        </h2>
        <Table caption={t("volunteer.engagements")} isCaptionHidden>
          <TableHead>
            <HeaderCell>{t("engagement.opportunity")}</HeaderCell>
            <HeaderCell>{t("common.organisation")}</HeaderCell>
            <HeaderCell>{t("common.status")}</HeaderCell>
            <HeaderCell>{t("volunteer.checklist")}</HeaderCell>
            <HeaderCell>{t("engagement.applied")}</HeaderCell>
          </TableHead>
          <TableBody>
            {engagements.map((e) => {
              const c = e.checklist;
              const done = [
                c.firstConversationHeld,
                c.agreementSigned,
                c.dataProtectionNoticeAcknowledged,
                c.insuranceInformationGiven,
              ].filter(Boolean).length;
              return (
                <Row key={e.id}>
                  <RowHeader>
                    <Link
                      to="/bewerbungen/$engagementId"
                      params={{ engagementId: e.id }}
                      className="kern-link"
                    >
                      {e.opportunityTitle}
                    </Link>
                  </RowHeader>
                  <Cell>{e.organisationName}</Cell>
                  <Cell>{t(`status.${e.status}`)}</Cell>
                  <Cell>{t("volunteer.checklistDone", { done })}</Cell>
                  <Cell>{formatDate(e.appliedAt, language)}</Cell>
                </Row>
              );
            })}
          </TableBody>
        </Table>
      </section>
      <QualificationsSection personId={person.id} />
      <RecognitionGroupsSection personId={person.id} />
      <section aria-labelledby="consents-heading" className="engagiert-section">
        <h2 id="consents-heading" className="kern-heading-medium">
          {t("volunteer.consents")}
        </h2>
        {consents.length === 0 ? (
          <p className="kern-body">{t("volunteer.noConsents")}</p>
        ) : (
          <Table caption={t("volunteer.consents")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("volunteer.purpose")}</HeaderCell>
              <HeaderCell>{t("volunteer.version")}</HeaderCell>
              <HeaderCell>{t("volunteer.givenAt")}</HeaderCell>
              <HeaderCell>{t("volunteer.withdrawnAt")}</HeaderCell>
            </TableHead>
            <TableBody>
              {consents.map((c) => (
                <Row key={c.id}>
                  <RowHeader>{c.purpose}</RowHeader>
                  <Cell>{c.version}</Cell>
                  <Cell>{formatDate(c.givenAt, language)}</Cell>
                  <Cell>
                    {c.withdrawnAt ? formatDate(c.withdrawnAt, language) : t("common.none")}
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </Page>
  );
}
