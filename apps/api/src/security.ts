import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** The policy of the apps' pages: only our own scripts, styles, fonts and API; no framing. */
export const APP_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The API answers data, never pages: nothing may load from it or frame it. */
export const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };

export function securityHeaders(csp: Record<string, string[]>): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: csp,
    strictTransportSecurity: "max-age=31536000; includeSubDomains",
    xFrameOptions: "DENY",
    referrerPolicy: "strict-origin-when-cross-origin",
    crossOriginResourcePolicy: "same-origin",
    crossOriginOpenerPolicy: "same-origin",
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection for every state-changing request, JSON included (Hono's `csrf()` only looks
 * at form content types). A browser always sends `Sec-Fetch-Site` or `Origin` on such requests;
 * either must show our own site or a configured app. Clients without both (scripts, servers) carry no ambient
 * cookies of a victim and pass.
 */
export function csrfGuard(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    const ownOrigin = new URL(c.req.url).origin;
    const isListed = origin !== undefined && allowedOrigins.includes(origin);
    const originOk = !origin || origin === ownOrigin || isListed;
    // An app on a sibling host of the API (app.stadt.de → api.stadt.de) is same-site; it
    // passes only when its origin is one of the configured apps.
    const siteOk =
      !site || site === "same-origin" || site === "none" || (site === "same-site" && isListed);
    if (!originOk || !siteOk) {
      return c.json(
        { error: { message: "Anfrage von einer fremden Seite abgelehnt.", code: "FORBIDDEN" } },
        403,
      );
    }
    return next();
  };
}
