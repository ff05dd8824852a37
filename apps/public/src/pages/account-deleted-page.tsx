import { LinkButton } from "@engagiert/ui/button";
import { Page } from "@engagiert/ui/page";
import { useMyDataT } from "../my-data-messages.ts";

/** Shown once the account is deleted and the volunteer signed out. */
export function AccountDeletedPage() {
  const t = useMyDataT();
  return (
    <Page title={t("myData.deleted.title")}>
      <p className="kern-body">{t("myData.deleted.text")}</p>
      <p className="kern-body">{t("myData.deleted.again")}</p>
      <p>
        <LinkButton to="/">{t("myData.deleted.home")}</LinkButton>
      </p>
    </Page>
  );
}
