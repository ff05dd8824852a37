import { fileURLToPath } from "node:url";
import { readConfig } from "./config.ts";
import { startApi } from "./server.ts";
import { serveApp } from "./static.ts";

/**
 * `pnpm start`: the API on the embedded database with the demo city, and the three built apps,
 * each on its own port with the API behind it.
 */
const APPS = [
  { name: "Mitmachen (public)", dir: "public", envUrl: "PUBLIC_APP_URL", port: 5173 },
  {
    name: "Verwaltung (departments)",
    dir: "departments",
    envUrl: "DEPARTMENTS_APP_URL",
    port: 5174,
  },
  { name: "Netzwerk (network)", dir: "network", envUrl: "NETWORK_APP_URL", port: 5175 },
] as const;

const env: Record<string, string | undefined> = {
  SEED_DEMO: "true",
  TRUST_PROXY: "true",
  ...process.env,
};
const config = readConfig(env);
const api = await startApi(config);

const servers = APPS.map((app) => {
  const port = Number(new URL(env[app.envUrl] ?? `http://localhost:${app.port}`).port || app.port);
  const server = serveApp({
    distDir: fileURLToPath(new URL(`../../${app.dir}/dist`, import.meta.url)),
    apiUrl: api.url,
    port,
    hostname: config.host,
  });
  return { ...app, url: `http://localhost:${port}`, server };
});

const lines = [
  "",
  "Engagiert is running:",
  `  API                        ${api.url}  (health: ${api.url}/api/health)`,
  ...servers.map((s) => `  ${s.name.padEnd(26)} ${s.url}`),
  "",
  "Demo accounts are listed in the README. Stop with Ctrl+C.",
  "",
];
process.stderr.write(lines.join("\n"));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const s of servers) s.server.close();
    void api.stop().then(() => process.exit(0));
  });
}
