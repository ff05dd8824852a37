import { useT } from "../i18n/i18n.tsx";

/** A spinner with a spoken "loading" in a live region. */
export function Loading(props: { label?: string }) {
  const t = useT();
  return (
    <div className="engagiert-loading" role="status" aria-live="polite">
      <span
        className="kern-loader kern-loader--visible engagiert-loading__spinner"
        aria-hidden="true"
      />
      <span className="kern-body">{props.label ?? t("common.loading")}</span>
    </div>
  );
}
