import type { ReactNode } from "react";

export type AlertTone = "info" | "success" | "warning" | "danger";

/** A KERN alert. `isLive` announces it to screen readers as it appears (for results of an
 * action); a message that is there from the start does not need it. */
export function Alert(props: {
  tone: AlertTone;
  title: string;
  children?: ReactNode;
  isLive?: boolean;
}) {
  const role = props.isLive ? (props.tone === "danger" ? "alert" : "status") : undefined;
  return (
    <div className={`kern-alert kern-alert--${props.tone}`} role={role}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${props.tone}`} aria-hidden="true" />
        <span className="kern-title">{props.title}</span>
      </div>
      {props.children ? <div className="kern-alert__body">{props.children}</div> : null}
    </div>
  );
}
