import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const START_ALL = fileURLToPath(new URL("../../../apps/api/src/start-all.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../../apps/api/node_modules/.bin/tsx", import.meta.url));

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
      DATABASE_URL: "",
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
