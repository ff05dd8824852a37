import { Card } from "@engagiert/ui/card";
import { Page } from "@engagiert/ui/page";
import { Link } from "@tanstack/react-router";
import { useRecognitionT } from "./recognition-t.ts";
import { useSeesWholeCity } from "./use-staff.ts";

/** The area's first page: what staff and the coordination office can do here. */
export function RecognitionStartPage() {
  const t = useRecognitionT();
  const seesWholeCity = useSeesWholeCity();
  const areas = [
    { to: "/anerkennung/meilensteine", title: "milestones", isForAll: true },
    { to: "/anerkennung/ehrenamtskarte", title: "card", isForAll: false },
    { to: "/anerkennung/feste", title: "events", isForAll: false },
  ] as const;
  return (
    <Page title={t("recognition.title")}>
      <p className="kern-body">{t("recognition.intro")}</p>
      <ul className="engagiert-card-grid">
        {areas
          .filter((area) => area.isForAll || seesWholeCity)
          .map((area) => (
            <li key={area.to}>
              <Card
                title={
                  <Link to={area.to} className="kern-link">
                    {t(`recognition.${area.title}.link`)}
                  </Link>
                }
              >
                <p className="kern-body">{t(`recognition.${area.title}.linkText`)}</p>
              </Card>
            </li>
          ))}
      </ul>
    </Page>
  );
}
