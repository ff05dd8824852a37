import { LinkButton } from "@engagiert/ui/button";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useSession } from "@engagiert/ui/session";
import { Link } from "@tanstack/react-router";
import { MyEngagements } from "./my-engagements.tsx";
import { useQualificationT } from "./qualification-messages.ts";

export function MyEngagementPage() {
  const t = useQualificationT();
  const { user } = useSession();

  return (
    <Page title={t("mine.title")}>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <>
          <p className="kern-body">{t("mine.signedOut")}</p>
          <p>
            <LinkButton to="/anmelden">{t("mine.signInLink")}</LinkButton>
          </p>
        </>
      ) : (
        <>
          <section aria-labelledby="you-heading">
            <h2 id="you-heading" className="kern-heading-medium">
              {t("mine.you")}
            </h2>
            <dl className="kern-description-list">
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t("mine.name")}</dt>
                <dd className="kern-description-list-item__value">{user.displayName}</dd>
              </div>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t("mine.email")}</dt>
                <dd className="kern-description-list-item__value">{user.email}</dd>
              </div>
            </dl>
          </section>
          {user.role === "volunteer" ? <MyEngagements /> : null}
          {user.role === "volunteer" ? (
            <p className="kern-body">
              <Link to="/meine-qualifikationen" className="kern-link">
                {t("myQualifications.link")}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </Page>
  );
}
