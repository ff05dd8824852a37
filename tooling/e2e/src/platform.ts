import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

const START_ALL = fileURLToPath(new URL("../../../apps/api/src/start-all.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../../apps/api/node_modules/.bin/tsx", import.meta.url));

async function createPostgresDatabase() {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("E2E_DATABASE=postgres needs TEST_DATABASE_URL.");
  const name = `engagiert_e2e_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  if (process.env.PG_RUN_MARKER) appendFileSync(process.env.PG_RUN_MARKER, `${name}\n`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      // The stopped API's connections may still be closing; a left-over test database is
      // harmless, so after a few tries it stays.
      for (let attempt = 1; attempt <= 5; attempt++) {
        try {
          await admin.unsafe(`drop database if exists ${name} with (force)`);
          break;
        } catch (error) {
          if (attempt === 5) console.warn(`Could not drop ${name}: ${String(error)}`);
          else await new Promise((r) => setTimeout(r, 500 * attempt));
        }
      }
      await admin.end({ timeout: 5 });
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type Platform = {
  api: string;
  public: string;
  departments: string;
  network: string;
  /** Where the API's structured log (one JSON object per line) is written. */
  logFile: string;
  stop: () => Promise<void>;
};

/**
 * Starts the whole platform as `pnpm start` does (API with the demo city on a fresh embedded
 * database, and the three built apps), on free ports.
 */
export async function startPlatform(): Promise<Platform> {
  const dataDir = mkdtempSync(join(tmpdir(), "engagiert-e2e-"));
  // On PostgreSQL (E2E_DATABASE=postgres) the platform gets a fresh database of its own.
  const postgresDb =
    process.env.E2E_DATABASE === "postgres" ? await createPostgresDatabase() : null;
  const [apiPort, publicPort, departmentsPort, networkPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const urls = {
    api: `http://127.0.0.1:${apiPort}`,
    public: `http://localhost:${publicPort}`,
    departments: `http://localhost:${departmentsPort}`,
    network: `http://localhost:${networkPort}`,
  };
  const child: ChildProcess = spawn(TSX, [START_ALL], {
    env: {
      ...process.env,
      PORT: String(apiPort),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: postgresDb?.url ?? "",
      PUBLIC_APP_URL: urls.public,
      DEPARTMENTS_APP_URL: urls.departments,
      NETWORK_APP_URL: urls.network,
      SEED_DEMO: "true",
      SMTP_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The API's structured log goes to a file, so every test worker can read it (sign-in links).
  const logFile = join(dataDir, "api.log");
  child.stdout!.pipe(createWriteStream(logFile));
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));

  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`The platform exited (${code}):\n${stderr}`))),
  );
  const started = Date.now();
  const ready = (async () => {
    while (Date.now() - started < 150_000) {
      if (stderr.includes("Engagiert is running")) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`The platform did not start within 150 s:\n${stderr}`);
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => {});

  return {
    ...urls,
    logFile,
    async stop() {
      child.removeAllListeners("exit");
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      });
      rmSync(dataDir, { recursive: true, force: true });
      await postgresDb?.drop();
    },
  };
}

/** Every structured line the API has logged so far. */
export function readLog(logFile: string): Record<string, unknown>[] {
  return readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
