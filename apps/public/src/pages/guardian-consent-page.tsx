import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { Button } from "@engagiert/ui/button";
import { errorText, readError } from "@engagiert/ui/errors";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useMutation, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useAppT } from "../messages.ts";

const route = getRouteApi("/einwilligung");

/** A parent or guardian sees what the minor applied for and consents (RULES.md, Minors). */
export function GuardianConsentPage() {
  const t = useAppT();
  const trpc = useTRPC();
  const { token } = route.useSearch();
  const view = useQuery({
    ...trpc.applications.guardianView.queryOptions({ token: token ?? "" }),
    enabled: Boolean(token),
  });
  const consent = useMutation(trpc.applications.guardianConsent.mutationOptions());
  const failure = view.error
    ? readError(view.error)
    : consent.error
      ? readError(consent.error)
      : null;

  return (
    <Page title={t("guardian.title")}>
      {!token ? (
        <Alert tone="danger" title={t("guardian.failed")}>
          <p className="kern-body">{t("confirm.missing")}</p>
        </Alert>
      ) : consent.isSuccess ? (
        <Alert tone="success" title={t("guardian.doneTitle")} isLive>
          <p className="kern-body">
            {t("guardian.doneText", { child: consent.data.childFirstName })}
          </p>
        </Alert>
      ) : failure ? (
        <Alert tone="danger" title={t("guardian.failed")} isLive>
          <p className="kern-body">
            {failure.reason === "link_used" ? t("errors.link_used") : errorText(failure, t)}
          </p>
        </Alert>
      ) : !view.data ? (
        <Loading />
      ) : (
        <>
          <p className="kern-body kern-body--large">
            {t("guardian.intro", { child: view.data.childFirstName })}
          </p>
          <section aria-labelledby="guardian-what">
            <h2 id="guardian-what" className="kern-heading-medium">
              {t("guardian.what")}
            </h2>
            <h3 className="kern-heading-small">{view.data.opportunityTitle}</h3>
            <p className="kern-body">{view.data.opportunitySummary}</p>
            <ul className="kern-list">
              <li>{t("guardian.organisation", { name: view.data.organisationName })}</li>
              {view.data.minimumAge > 0 ? (
                <li>{t("guardian.minimumAge", { age: view.data.minimumAge })}</li>
              ) : null}
              {view.data.involvesMinorContact ? <li>{t("offer.fuehrungszeugnis")}</li> : null}
            </ul>
          </section>
          <p className="kern-body">{t("guardian.consent", { child: view.data.childFirstName })}</p>
          <p>
            <Button disabled={consent.isPending} onClick={() => consent.mutate({ token })}>
              {t("guardian.submit")}
            </Button>
          </p>
          <p className="kern-body">{t("guardian.decline")}</p>
        </>
      )}
    </Page>
  );
}
