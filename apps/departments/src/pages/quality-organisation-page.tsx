import { useTRPC } from "@engagiert/ui/api";
import { LineChart } from "@engagiert/ui/chart";
import { QueryError } from "@engagiert/ui/error-page";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { AssessmentList } from "./quality-assessment.tsx";
import { useScoreText } from "./quality-levels.tsx";
import { useQualityT } from "../quality-messages.ts";

const route = getRouteApi("/qualitaet/quality-city/organisationen/$organisationId");
const QUARTERS = 8;

function Trend(props: { organisationId: string }) {
  const t = useQualityT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const trend = useQuery(
    trpc.quality.trend.queryOptions({ organisationId: props.organisationId, quarters: QUARTERS }),
  );
  if (trend.isPending) return <Loading />;
  if (trend.isError) return <QueryError error={trend.error} onRetry={() => void trend.refetch()} />;
  const { points, organisation } = trend.data;
  const scored = points.filter((p) => p.score !== null);
  if (scored.length === 0) return <p className="kern-body">{t("quality.trend.none")}</p>;
  const percent = (value: number) => `${formatNumber(value, language)} %`;
  return (
    <LineChart
      title={t("quality.trend.title")}
      description={t("quality.trend.description", {
        name: organisation.name,
        count: scored.length,
        first: formatNumber(scored[0]!.score!, language),
        last: formatNumber(scored.at(-1)!.score!, language),
      })}
      categories={points.map((p) => p.label)}
      series={[{ name: t("quality.score"), values: points.map((p) => p.score) }]}
      xAxisLabel={t("quality.trend.x")}
      yAxisLabel={t("quality.trend.y")}
      yMax={100}
      formatValue={percent}
      tableLabel={t("quality.trend.table")}
      categoryHeader={t("quality.trend.x")}
    />
  );
}

/** One organisation for the coordination office: its maturity over time and each standard. */
export function QualityOrganisationPage() {
  const t = useQualityT();
  const trpc = useTRPC();
  const score = useScoreText();
  const { organisationId } = route.useParams();
  const assessment = useQuery(trpc.quality.organisationAssessment.queryOptions({ organisationId }));
  const name = assessment.data?.organisation.name ?? "";
  return (
    <Page title={t("quality.org.title", { name })}>
      <p className="kern-body">
        <Link to="/qualitaet" className="kern-link">
          {t("quality.org.back")}
        </Link>
      </p>
      {assessment.isPending ? <Loading /> : null}
      {assessment.isError ? (
        <QueryError error={assessment.error} onRetry={() => void assessment.refetch()} />
      ) : null}
      {assessment.data ? (
        <>
          <dl className="engagiert-facts">
            <div>
              <dt>{t("quality.score")}</dt>
              <dd>{score(assessment.data.score)}</dd>
            </div>
          </dl>
          <p className="kern-body kern-body--small">{t("quality.scoreRule")}</p>
          <Trend organisationId={organisationId} />
          <section aria-labelledby="quality-standards" className="engagiert-section">
            <h2 id="quality-standards" className="kern-heading-medium">
              {t("quality.standards")}
            </h2>
            <AssessmentList assessment={assessment.data} />
          </section>
        </>
      ) : null}
    </Page>
  );
}
