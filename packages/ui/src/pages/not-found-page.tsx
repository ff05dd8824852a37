import { Link } from "@tanstack/react-router";
import { useT } from "../i18n/i18n.tsx";
import { Page } from "../shell/page.tsx";

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t("notFound.title")}>
      <p className="kern-body">{t("notFound.text")}</p>
      <p className="kern-body">
        <Link to="/" className="kern-link">
          {t("notFound.home")}
        </Link>
      </p>
    </Page>
  );
}
