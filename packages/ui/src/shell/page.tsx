import { useEffect, type ReactNode } from "react";
import { useCityConfig } from "../session.ts";
import { useShell } from "./shell-context.ts";

/** A page: its one h1 and the document title "page – app – city". The h1 takes the focus
 * after a navigation (see AppShell), so it can be focused by script but is not a tab stop. */
export function Page(props: { title: string; children?: ReactNode }) {
  const { appName } = useShell();
  const city = useCityConfig().data;
  const cityName = city?.branding.displayName;

  useEffect(() => {
    document.title = [props.title, appName, cityName].filter(Boolean).join(" – ");
  }, [props.title, appName, cityName]);

  return (
    <>
      <h1 className="kern-heading-large engagiert-page-title" tabIndex={-1}>
        {props.title}
      </h1>
      {props.children}
    </>
  );
}
