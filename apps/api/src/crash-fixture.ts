import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { insertCity, insertUser, opportunityRow } from "@engagiert/api/testing";
import { createDatabase, type DatabaseHandle } from "@engagiert/db/client";
import { engagements, opportunities } from "@engagiert/db/schema";
import { SMTPServer } from "smtp-server";

/** The folder of this package: the API process starts here, as `pnpm start` starts it. */
const API_DIR = fileURLToPath(new URL("..", import.meta.url));

/** One message the loopback server accepted, with the Message-ID the mailer gave it. */
export type Delivery = { messageId: string | null; to: string[]; body: string; at: number };

/**
 * What the server does with the message it has just received completely, before it answers:
 * accept it (250, recorded as delivered) or not (the sender hears an error, nothing recorded);
 * `afterAnswer` runs once the answer is written.
 */
export type Verdict = { accept: boolean; afterAnswer?: () => Promise<void> };

/** A real SMTP server on loopback that records every message it accepts. */
export async function loopbackSmtp() {
  const deliveries: Delivery[] = [];
  const state: { judge: ((body: string) => Promise<Verdict>) | null } = { judge: null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("latin1")));
      stream.on("end", () => {
        void (async () => {
          const verdict = state.judge ? await state.judge(raw) : { accept: true };
          if (!verdict.accept) return callback(new Error("451 not accepted"));
          deliveries.push({
            messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? null,
            to: session.envelope.rcptTo.map((r) => r.address),
            body: decodeBody(raw),
            at: Date.now(),
          });
          callback();
          if (verdict.afterAnswer) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            await verdict.afterAnswer();
          }
        })();
      });
    },
  });
  // A sender killed mid-conversation resets its connection; that is expected here.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    deliveries,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type LoopbackSmtp = Awaited<ReturnType<typeof loopbackSmtp>>;

/** The text of a single-part mail, decoded from quoted-printable or base64 as the mailer sent it. */
function decodeBody(raw: string): string {
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body, "base64").toString("utf8");
  if (encoding !== "quoted-printable") return Buffer.from(body, "latin1").toString("utf8");
  const joined = body.replace(/=\r?\n/g, "");
  const bytes = Buffer.from(
    joined.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  );
  return bytes.toString("utf8");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The API as its own operating-system process (`node --import tsx src/main.ts`, no wrapper
 * process in between), so a signal reaches the server itself.
 */
export async function startApiProcess(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: API_DIR,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${env.PORT}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited at start:\n${output}`);
    }
    const ready = await fetch(`${url}/api/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() - started > 90_000) throw new Error(`The API did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    output: () => output,
    exited,
    /** Kills the process at once: no handler runs, nothing is flushed or closed. */
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
    /** Stops the process where it is (every thread), without letting it run another step. */
    async freeze() {
      child.kill("SIGSTOP");
      await waitUntilStopped(pid);
    },
    /** A normal shutdown (SIGTERM): the server finishes what it is doing and closes. */
    async stop() {
      child.kill("SIGTERM");
      const code = await exited;
      if (code !== 0) throw new Error(`The API stopped with ${code}:\n${output}`);
    },
  };
}
export type ApiProcess = Awaited<ReturnType<typeof startApiProcess>>;

/**
 * Waits until the kernel reports every thread of the process as stopped. Without /proc (not
 * Linux) it waits a generous moment instead.
 */
async function waitUntilStopped(pid: number) {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return new Promise((resolve) => setTimeout(resolve, 1000));
  for (let i = 0; i < 500; i++) {
    const states = readdirSync(tasks).map((task) => {
      const stat = readFileSync(join(tasks, task, "stat"), "utf8");
      return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    });
    if (states.every((state) => state === "T" || state === "t")) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Process ${pid} did not stop.`);
}

export const CRASH_CITY = "crashstadt";

/**
 * A database the API process and the test open in turn: an embedded one in a fresh folder, or
 * a fresh PostgreSQL database beside TEST_DATABASE_URL.
 */
export async function crashDatabase(kind: "pglite" | "postgres") {
  if (kind === "pglite") {
    const dataDir = mkdtempSync(join(tmpdir(), "engagiert-crash-"));
    return {
      env: { DATA_DIR: dataDir, DATABASE_URL: "" } as Record<string, string>,
      open: (): DatabaseHandle => createDatabase({ kind: "pglite", dataDir }),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set.");
  const name = `engagiert_crash_${randomBytes(6).toString("hex")}`;
  const admin = createDatabase({ kind: "postgres", url: adminUrl, max: 1 });
  await admin.db.execute(`create database ${name}`);
  if (process.env.PG_RUN_MARKER) appendFileSync(process.env.PG_RUN_MARKER, `${name}\n`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() } as Record<string, string>,
    open: (): DatabaseHandle => createDatabase({ kind: "postgres", url: url.toString(), max: 2 }),
    drop: async () => {
      // A left-over test database is harmless; the server's owner may clear it.
      await admin.db.execute(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.close();
    },
  };
}

/**
 * A small city: one published opportunity that takes applications, and volunteers with an
 * engagement active for two years, who log hours.
 */
export async function seedCrashCity(handle: DatabaseHandle, volunteerCount: number) {
  await handle.migrate();
  const { db } = handle;
  const { city, orgA } = await insertCity(db, CRASH_CITY);
  const since = new Date(Date.now() - 2 * 365 * 86_400_000);
  const [opportunity] = await db
    .insert(opportunities)
    .values(
      opportunityRow(city.id, orgA.id, { title: "Tafel: Lebensmittel ausgeben", capacity: 500 }),
    )
    .returning();
  const volunteers: { email: string; engagementId: string }[] = [];
  for (let i = 1; i <= volunteerCount; i++) {
    const email = `ehrenamt${i}@crash.example`;
    const user = await insertUser(db, city.id, { email, role: "volunteer" });
    const [engagement] = await db
      .insert(engagements)
      .values({
        cityId: city.id,
        opportunityId: opportunity!.id,
        organisationId: orgA.id,
        personId: user.personId!,
        status: "active",
        confirmedAt: since,
        startedAt: since,
        statusChangedAt: since,
      })
      .returning();
    volunteers.push({ email, engagementId: engagement!.id });
  }
  return { cityId: city.id, opportunityId: opportunity!.id, volunteers };
}
