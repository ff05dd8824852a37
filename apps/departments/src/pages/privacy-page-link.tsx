import { Link } from "@tanstack/react-router";
import { usePrivacyT } from "../privacy-messages.ts";
import { useSeesWholeCity } from "./use-staff.ts";

/** From a person's record to their privacy page, for those who may open it. */
export function PrivacyPageLink(props: { personId: string }) {
  const t = usePrivacyT();
  if (!useSeesWholeCity()) return null;
  return (
    <p className="kern-body">
      <Link
        to="/personen/$personId/datenschutz"
        params={{ personId: props.personId }}
        className="kern-link"
      >
        {t("privacy.pageLink")}
      </Link>
    </p>
  );
}
