import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { RoleGate, requireSignIn, WHOLE_CITY_ROLES } from "./staff-area.tsx";

/** The audit log's filters as they stand in the address, so a filtered view can be shared. */
export type AuditSearch = {
  person?: string;
  mitarbeiter?: string;
  aktion?: string;
  von?: string;
  bis?: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z_]+(\.[a-z_]+)*$/;

/** Keeps what fits each filter and drops the rest, so a mangled link still opens the log. */
export function readAuditSearch(raw: Record<string, unknown>): AuditSearch {
  const keep = (key: keyof AuditSearch, pattern: RegExp) => {
    const value = raw[key];
    return typeof value === "string" && value.length <= 80 && pattern.test(value)
      ? { [key]: value }
      : {};
  };
  return {
    ...keep("person", UUID),
    ...keep("mitarbeiter", UUID),
    ...keep("aktion", ACTION),
    ...keep("von", DAY),
    ...keep("bis", DAY),
  };
}

const WholeCityGate = () => <RoleGate roles={WHOLE_CITY_ROLES} />;

/**
 * The audit log and a person's privacy page, for the coordination office and city admins
 * (policy action `audit.read`). Signed out goes to the sign-in page.
 */
export function privacyRoutes<TParent extends AnyRoute>(parent: TParent) {
  const area = createRoute({
    getParentRoute: () => parent,
    id: "privacy",
    beforeLoad: requireSignIn,
    component: WholeCityGate,
  });
  return area.addChildren([
    createRoute({
      getParentRoute: () => area,
      path: "/datenschutz/protokoll",
      validateSearch: readAuditSearch,
      component: lazyRouteComponent(() => import("./pages/audit-log-page.tsx"), "AuditLogPage"),
    }),
    createRoute({
      getParentRoute: () => area,
      path: "/personen/$personId/datenschutz",
      component: lazyRouteComponent(
        () => import("./pages/person-privacy-page.tsx"),
        "PersonPrivacyPage",
      ),
    }),
  ]);
}
