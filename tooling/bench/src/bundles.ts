import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/**
 * The JavaScript an app's first page loads before anything else: the entry script and every
 * module it preloads, as listed in the built index.html.
 */
export function firstPageJs(app: string): { files: string[]; gzipBytes: number } {
  const dist = fileURLToPath(new URL(`../../../apps/${app}/dist`, import.meta.url));
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    0,
  );
  return { files, gzipBytes };
}
