import { firstPageJs } from "./bundles.ts";

/** The JavaScript a visitor downloads for an app's first page, gzipped (budget: 100 KB). */
for (const app of ["public", "departments", "network"]) {
  const { files, gzipBytes } = firstPageJs(app);
  console.log(
    `${`first page JS of apps/${app}`.padEnd(44)} ${(gzipBytes / 1024).toFixed(1).padStart(7)} KB gzip in ${files.length} files (budget 100 KB)`,
  );
}
