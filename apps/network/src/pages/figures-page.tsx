import { Page } from "@engagiert/ui/page";
import { useFiguresT } from "../figures-messages.ts";
import { FiguresComparison } from "./figures-comparison.tsx";
import { FigureSharing } from "./figure-sharing.tsx";

/** The shared figures: the own city's choice to share, and the comparison with similar cities. */
export function FiguresPage() {
  const t = useFiguresT();
  return (
    <Page title={t("figures.title")}>
      <p className="kern-body">{t("figures.intro")}</p>
      <FigureSharing />
      <FiguresComparison />
    </Page>
  );
}
