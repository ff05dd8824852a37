import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { BarChart } from "@engagiert/ui/chart";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { downloadText } from "./survey-parts.tsx";
import { useSurveyT } from "../survey-messages.ts";

const route = getRouteApi("/survey-area/umfragen/$surveyId/ergebnisse");

type Results = RouterOutputs["surveys"]["results"];
type GroupResult = Results["groups"][number]["result"];
type Question = Results["survey"]["questions"][number];

const decimal = (value: number, language: "de" | "en") =>
  new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
  }).format(value);

/** The state that protects anonymity: nothing of the group, not even how many answered. */
function Protected() {
  const t = useSurveyT();
  return (
    <Alert tone="info" title={t("surveys.protectedTitle")}>
      <p className="kern-body">{t("surveys.protectedText")}</p>
    </Alert>
  );
}

function QuestionResult(props: {
  question: Question;
  result: Extract<GroupResult, { isShown: true }>["questions"][number];
  headingId: string;
}) {
  const t = useSurveyT();
  const [language] = useLanguage();
  const { question, result } = props;
  return (
    <section aria-labelledby={props.headingId} className="engagiert-section">
      <h3 id={props.headingId} className="kern-heading-small">
        {question.text}
      </h3>
      {!result.isShown ? (
        <p className="kern-body">{t("surveys.questionProtected")}</p>
      ) : result.kind === "scale" ? (
        <>
          <p className="kern-body">
            {t("surveys.average", {
              average: decimal(result.average, language),
              count: result.answered,
              number: formatNumber(result.answered, language),
            })}
          </p>
          <BarChart
            title={t("surveys.distribution")}
            description={t("surveys.chartDescription", {
              question: question.text,
              counts: result.distribution
                .map((n, i) => t("surveys.chartValue", { value: i + 1, count: n }))
                .join(", "),
            })}
            categories={["1", "2", "3", "4", "5"]}
            series={[{ name: t("surveys.answers"), values: result.distribution }]}
            xAxisLabel={t("surveys.scaleAxis")}
            yAxisLabel={t("surveys.answers")}
            tableLabel={t("surveys.distributionTable", { question: question.text })}
            categoryHeader={t("surveys.rating")}
            formatValue={(v) => formatNumber(v, language)}
            isTableOpen
          />
        </>
      ) : result.comments.length === 0 ? (
        <p className="kern-body">{t("surveys.noComments")}</p>
      ) : (
        <ul className="kern-list">
          {result.comments.map((comment, i) => (
            <li key={i} className="engagiert-address">
              {comment}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function GroupDetail(props: {
  name: string;
  idPrefix: string;
  result: GroupResult;
  questions: Question[];
}) {
  const t = useSurveyT();
  const [language] = useLanguage();
  const { result } = props;
  return (
    <section aria-labelledby={`${props.idPrefix}-heading`} className="engagiert-section">
      <h2 id={`${props.idPrefix}-heading`} className="kern-heading-medium">
        {props.name}
      </h2>
      {!result.isShown ? (
        <Protected />
      ) : (
        <>
          <p className="kern-body">
            {t("surveys.answerCount", {
              count: result.answers,
              number: formatNumber(result.answers, language),
            })}
          </p>
          {result.questions.map((q, i) => {
            const question = props.questions.find((x) => x.id === q.questionId);
            return question ? (
              <QuestionResult
                key={q.questionId}
                question={question}
                result={q}
                headingId={`${props.idPrefix}-q${i}`}
              />
            ) : null;
          })}
        </>
      )}
    </section>
  );
}

/** Per organisation: how many answered, or the protected state; no figure below the threshold. */
function GroupOverview(props: { groups: Results["groups"] }) {
  const t = useSurveyT();
  const [language] = useLanguage();
  return (
    <Table caption={t("surveys.groupsCaption")}>
      <TableHead>
        <HeaderCell>{t("common.organisation")}</HeaderCell>
        <HeaderCell>{t("surveys.answers")}</HeaderCell>
      </TableHead>
      <TableBody>
        {props.groups.map((g) => (
          <Row key={g.organisationId}>
            <RowHeader>{g.organisationName}</RowHeader>
            <Cell>
              {g.result.isShown
                ? formatNumber(g.result.answers, language)
                : t("surveys.fewerThanFive")}
            </Cell>
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}

function CsvDownload(props: { surveyId: string; organisationId: string | null }) {
  const t = useSurveyT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(false);
  async function download() {
    setIsLoading(true);
    setError(null);
    try {
      const file = await queryClient.fetchQuery(
        trpc.surveys.resultsCsv.queryOptions({
          surveyId: props.surveyId,
          organisationId: props.organisationId,
        }),
      );
      downloadText(file.filename, file.content, "text/csv;charset=utf-8");
    } catch (e) {
      setError(e);
    } finally {
      setIsLoading(false);
    }
  }
  return (
    <div className="engagiert-actions">
      <Button variant="secondary" disabled={isLoading} onClick={() => void download()}>
        {t("surveys.downloadCsv")}
      </Button>
      {error ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{errorText(readError(error), t)}</p>
        </Alert>
      ) : null}
    </div>
  );
}

/**
 * A survey's results: per organisation group and per question the average and the distribution,
 * as a chart and a table, and the comments. A group with fewer than 5 answers shows only that
 * nothing is shown, to protect anonymity.
 */
export function SurveyResultsPage() {
  const t = useSurveyT();
  const trpc = useTRPC();
  const { surveyId } = route.useParams();
  const [selected, setSelected] = useState("");
  const results = useQuery(trpc.surveys.results.queryOptions({ surveyId }));
  if (results.isPending) return <Loading />;
  if (results.isError) {
    return (
      <Page title={t("surveys.resultsPageTitle")}>
        <QueryError error={results.error} onRetry={() => void results.refetch()} />
      </Page>
    );
  }
  const { survey, groups, combined } = results.data;
  const chosen = groups.find((g) => g.organisationId === selected) ?? null;
  return (
    <Page title={t("surveys.resultsTitle", { title: survey.title })}>
      <p className="kern-body">
        <Link to="/umfragen/$surveyId" params={{ surveyId }} className="kern-link">
          {t("surveys.backToSurvey")}
        </Link>
      </p>
      <p className="kern-body">{t("surveys.resultsIntro")}</p>
      {survey.status === "draft" ? (
        <p className="kern-body">{t("surveys.notOpenYet")}</p>
      ) : (
        <>
          {combined && groups.length > 0 ? (
            <div className="engagiert-filters">
              <SelectField
                label={t("surveys.group")}
                value={selected}
                onChange={(e) => setSelected(e.target.value)}
                options={[
                  { value: "", label: t("surveys.allOrganisations") },
                  ...groups.map((g) => ({ value: g.organisationId, label: g.organisationName })),
                ]}
              />
            </div>
          ) : null}
          <CsvDownload surveyId={surveyId} organisationId={chosen?.organisationId ?? null} />
          {chosen ? (
            <GroupDetail
              key={chosen.organisationId}
              name={chosen.organisationName}
              idPrefix="group"
              result={chosen.result}
              questions={survey.questions}
            />
          ) : combined ? (
            <>
              <GroupDetail
                name={t("surveys.allOrganisations")}
                idPrefix="all"
                result={combined}
                questions={survey.questions}
              />
              <section aria-labelledby="groups-heading" className="engagiert-section">
                <h2 id="groups-heading" className="kern-heading-medium">
                  {t("surveys.perOrganisation")}
                </h2>
                <GroupOverview groups={groups} />
              </section>
            </>
          ) : groups.length === 0 ? (
            <Protected />
          ) : (
            groups.map((g, i) => (
              <GroupDetail
                key={g.organisationId}
                name={g.organisationName}
                idPrefix={`group-${i}`}
                result={g.result}
                questions={survey.questions}
              />
            ))
          )}
        </>
      )}
    </Page>
  );
}
