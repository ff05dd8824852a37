import { LinkButton } from "@engagiert/ui/button";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useSession } from "@engagiert/ui/session";
import { useRecognitionT } from "./recognition-t.ts";
import { EhrenamtskarteStatus } from "./recognition-card.tsx";
import { MyCertificates } from "./recognition-certificates.tsx";

/** "Anerkennung": the volunteer's Ehrenamtskarte status and the certificates of their engagements. */
export function RecognitionPage() {
  const t = useRecognitionT();
  const { user } = useSession();
  return (
    <Page title={t("recognition.title")}>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <>
          <p className="kern-body">{t("recognition.signedOut")}</p>
          <p>
            <LinkButton to="/anmelden">{t("recognition.signIn")}</LinkButton>
          </p>
        </>
      ) : user.role !== "volunteer" ? (
        <p className="kern-body">{t("recognition.onlyVolunteers")}</p>
      ) : (
        <>
          <p className="kern-body">{t("recognition.intro")}</p>
          <EhrenamtskarteStatus />
          <MyCertificates />
        </>
      )}
    </Page>
  );
}
