import { useTRPC } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useQuery } from "@tanstack/react-query";
import { AssessmentList } from "./quality-assessment.tsx";
import { useScoreText } from "./quality-levels.tsx";
import { useQualityT } from "../quality-messages.ts";

/** Staff assess their own organisation against each standard of the city's catalogue. */
export function QualitySelfAssessmentPage() {
  const t = useQualityT();
  const trpc = useTRPC();
  const score = useScoreText();
  const assessment = useQuery(trpc.quality.myAssessment.queryOptions());
  return (
    <Page title={t("quality.self.title")}>
      {assessment.isPending ? <Loading /> : null}
      {assessment.isError ? (
        <QueryError error={assessment.error} onRetry={() => void assessment.refetch()} />
      ) : null}
      {assessment.data ? (
        <>
          <p className="kern-body">
            {t("quality.self.intro", { organisation: assessment.data.organisation.name })}
          </p>
          <dl className="engagiert-facts">
            <div>
              <dt>{t("quality.score")}</dt>
              <dd>{score(assessment.data.score)}</dd>
            </div>
          </dl>
          <p className="kern-body kern-body--small">{t("quality.scoreRule")}</p>
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
