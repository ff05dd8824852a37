import { SESSION_COOKIE, type ApiSettings } from "../context.ts";

/** The session cookie: HttpOnly, SameSite=Lax, Secure unless explicitly turned off for plain-HTTP tests. */
export function sessionCookie(
  token: string,
  maxAgeSeconds: number,
  settings: Pick<ApiSettings, "cookieSecure">,
): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (settings.cookieSecure) parts.push("Secure");
  return parts.join("; ");
}

export function clearedSessionCookie(settings: Pick<ApiSettings, "cookieSecure">): string {
  return sessionCookie("", 0, settings);
}

export function readCookie(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=") || null;
  }
  return null;
}
