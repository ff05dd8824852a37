import { useRecognitionT } from "./recognition-t.ts";
import { certificateUrl } from "./recognition-parts.tsx";

/** Engagements that have begun have a certificate; staff download it signed in their name. */
export function CertificateLink(props: { engagementId: string; status: string }) {
  const t = useRecognitionT();
  if (!["active", "paused", "ended"].includes(props.status)) return null;
  return (
    <p className="kern-body">
      <a
        className="kern-link"
        href={certificateUrl(props.engagementId)}
        download
        type="application/pdf"
      >
        {t("recognition.certificate.download")}
      </a>
    </p>
  );
}
