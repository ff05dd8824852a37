import { isAppPath } from "@engagiert/domain/access";

/**
 * Where to go after signing in by link: only a path inside this app. Anything else — another
 * site, a protocol-relative "//host" or a backslash trick — leads to the volunteer's overview.
 */
export function safeNextPath(value: unknown, fallback = "/mein-engagement"): string {
  return typeof value === "string" && isAppPath(value) ? value : fallback;
}
