/**
 * Where to go after signing in by link: only a path inside this app. Anything else — another
 * site, a protocol-relative "//host" or a backslash trick — leads to the volunteer's overview.
 */
export function safeNextPath(value: unknown, fallback = "/mein-engagement"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters and whitespace have no place in our own paths.
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return fallback;
  return value;
}
