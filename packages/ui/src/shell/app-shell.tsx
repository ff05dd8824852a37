import { Link, useNavigate, useRouterState, type LinkProps } from "@tanstack/react-router";
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { useLanguage, useT } from "../i18n/i18n.tsx";
import { useCityConfig, useSession, useSignOut } from "../session.ts";
import { ShellContext } from "./shell-context.ts";

export interface NavigationItem {
  to: LinkProps["to"];
  label: string;
}

const MAIN_ID = "inhalt";

/** Moves the focus to the new page's h1 after each navigation (not on the first load), so a
 * screen reader hears where it arrived and the keyboard continues from the top of the page. */
function useFocusOnNavigation() {
  const href = useRouterState({ select: (state) => state.resolvedLocation?.href });
  const previous = useRef(href);
  useEffect(() => {
    if (previous.current === undefined || previous.current === href) {
      previous.current = href;
      return;
    }
    previous.current = href;
    const frame = requestAnimationFrame(() => {
      document.querySelector<HTMLElement>(`#${MAIN_ID} h1`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [href]);
}

function useBranding(primaryColour: string | undefined) {
  useEffect(() => {
    // Through the CSSOM, which the CSP (style-src 'self') allows, unlike style attributes.
    if (primaryColour) {
      document.documentElement.style.setProperty("--engagiert-primary", primaryColour);
    }
  }, [primaryColour]);
}

function LanguageSwitch() {
  const t = useT();
  const [language, setLanguage] = useLanguage();
  const other = language === "de" ? "en" : "de";
  return (
    <button
      type="button"
      className="kern-btn kern-btn--tertiary"
      lang={other}
      aria-label={t("shell.switchLanguageLabel")}
      onClick={() => setLanguage(other)}
    >
      <span className="kern-icon kern-icon--language" aria-hidden="true" />
      <span className="kern-label">{t("shell.switchLanguage")}</span>
    </button>
  );
}

function SessionArea() {
  const t = useT();
  const { user } = useSession();
  const navigate = useNavigate();
  const signOut = useSignOut(() => void navigate({ to: "/" }));
  if (user === undefined) return null;
  if (user === null) {
    return (
      <Link to="/anmelden" className="kern-btn kern-btn--secondary">
        <span className="kern-label">{t("shell.signIn")}</span>
      </Link>
    );
  }
  return (
    <>
      <p className="kern-body kern-body--small engagiert-header__user">
        {t("shell.signedInAs", { name: user.displayName })}
      </p>
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
      >
        <span className="kern-label">{t("shell.signOut")}</span>
      </button>
    </>
  );
}

function CityLogo(props: { svg: string | undefined }) {
  const src = useMemo(
    () => (props.svg ? `data:image/svg+xml,${encodeURIComponent(props.svg)}` : null),
    [props.svg],
  );
  return src ? <img src={src} alt="" className="engagiert-header__logo" /> : null;
}

export function AppShell(props: {
  appName: string;
  navigation: readonly NavigationItem[];
  children: ReactNode;
}) {
  const t = useT();
  const city = useCityConfig().data;
  useBranding(city?.branding.primaryColour);
  useFocusOnNavigation();
  const shell = useMemo(() => ({ appName: props.appName }), [props.appName]);

  return (
    <ShellContext.Provider value={shell}>
      <a className="engagiert-skip-link" href={`#${MAIN_ID}`}>
        {t("shell.skipLink")}
      </a>
      <header className="engagiert-header">
        <div className="kern-container engagiert-header__bar">
          <Link to="/" className="engagiert-header__brand">
            <CityLogo svg={city?.branding.logoSvg} />
            <span className="engagiert-header__city">{city?.branding.displayName}</span>
            <span className="engagiert-header__app">{props.appName}</span>
          </Link>
          <div className="engagiert-header__actions">
            <LanguageSwitch />
            <SessionArea />
          </div>
        </div>
        {props.navigation.length > 0 ? (
          <nav className="engagiert-nav" aria-label={t("shell.primaryNavigation")}>
            <ul className="kern-container engagiert-nav__list">
              {props.navigation.map((item) => (
                <li key={String(item.to)}>
                  <Link
                    to={item.to}
                    className="kern-link engagiert-nav__link"
                    activeOptions={{ exact: true }}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      {city?.isDemo ? (
        <p className="kern-container kern-body kern-body--small engagiert-demo">
          {t("shell.demoNotice")}
        </p>
      ) : null}
      <main id={MAIN_ID} className="kern-container engagiert-main" tabIndex={-1}>
        {props.children}
      </main>
      <footer className="engagiert-footer">
        <div className="kern-container">
          <nav aria-label={t("shell.footerNavigation")}>
            <ul className="engagiert-footer__links">
              <li>
                <Link to="/impressum" className="kern-link">
                  {t("footer.imprint")}
                </Link>
              </li>
              <li>
                <Link to="/datenschutz" className="kern-link">
                  {t("footer.privacy")}
                </Link>
              </li>
              <li>
                <Link to="/barrierefreiheit" className="kern-link">
                  {t("footer.accessibility")}
                </Link>
              </li>
            </ul>
          </nav>
          {city ? (
            <p className="kern-body kern-body--small">
              {t("shell.footerOffice", { office: city.coordinationOffice.name })}
            </p>
          ) : null}
        </div>
      </footer>
    </ShellContext.Provider>
  );
}
