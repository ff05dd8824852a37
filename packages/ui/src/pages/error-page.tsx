import { useQueryErrorResetBoundary } from "@tanstack/react-query";
import { useRouter, type ErrorComponentProps } from "@tanstack/react-router";
import { Alert } from "../components/alert.tsx";
import { Button } from "../components/button.tsx";
import { errorText, readError } from "../errors.ts";
import { useT } from "../i18n/i18n.tsx";
import { Page } from "../shell/page.tsx";

export function ErrorPage(props: ErrorComponentProps) {
  const t = useT();
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  const message = errorText(readError(props.error), t);

  function retry() {
    queryReset.reset();
    props.reset();
    void router.invalidate();
  }

  return (
    <Page title={t("errorPage.title")}>
      <Alert tone="danger" title={t("errorPage.text")}>
        <p className="kern-body">{message}</p>
      </Alert>
      <p className="engagiert-actions">
        <Button onClick={retry}>{t("common.retry")}</Button>
      </p>
    </Page>
  );
}

/** An inline error for a failed query, with a retry, for use inside a page. */
export function QueryError(props: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const message = errorText(readError(props.error), t);
  return (
    <div className="engagiert-query-error">
      <Alert tone="danger" title={t("common.errorTitle")} isLive>
        <p className="kern-body">{message}</p>
      </Alert>
      <p className="engagiert-actions">
        <Button variant="secondary" onClick={props.onRetry}>
          {t("common.retry")}
        </Button>
      </p>
    </div>
  );
}
