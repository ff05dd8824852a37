import { Alert } from "@engagiert/ui/alert";
import { Page } from "@engagiert/ui/page";
import { useAppT } from "../messages.ts";

/** Shown to a signed-in user whose role has no business on a page of the network app. */
export function NoAccessPage() {
  const t = useAppT();
  return (
    <Page title={t("noAccess.title")}>
      <Alert tone="info" title={t("noAccess.title")}>
        <p className="kern-body">{t("noAccess.text")}</p>
      </Alert>
    </Page>
  );
}
