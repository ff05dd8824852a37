import { QualityMatrixPage } from "./quality-matrix-page.tsx";
import { QualitySelfAssessmentPage } from "./quality-self-assessment-page.tsx";
import { useSeesWholeCity } from "./use-staff.ts";

/** The area's first page: the coordination office sees the whole city, staff their organisation. */
export function QualityStartPage() {
  return useSeesWholeCity() ? <QualityMatrixPage /> : <QualitySelfAssessmentPage />;
}
