import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const url = z.url({ protocol: /^https?$/ });

/** Every setting of the server, read from the environment and validated in this one place. */
const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  /** PostgreSQL 15+; without it the embedded database in DATA_DIR is used. */
  DATABASE_URL: z.string().startsWith("postgres").optional(),
  /** The embedded database's folder; by default `data/pglite` at the repository root. */
  DATA_DIR: z.string().default(fileURLToPath(new URL("../../../data/pglite", import.meta.url))),
  /** The city served when a request names none (header `x-engagiert-city`). */
  CITY: z.string().default("goeppingen"),
  PUBLIC_APP_URL: url.default("http://localhost:5173"),
  DEPARTMENTS_APP_URL: url.default("http://localhost:5174"),
  NETWORK_APP_URL: url.default("http://localhost:5175"),
  /**
   * Further origins whose apps may call the API from the browser (CORS, CSRF), comma-separated:
   * e.g. a partner city's own build of one app (`https://mitmachen.rheinfelden.example`).
   */
  ALLOWED_ORIGINS: z
    .string()
    .transform((list) =>
      list
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        url.refine((u) => URL.canParse(u) && new URL(u).origin === u.replace(/\/$/, ""), {
          message: "List origins only (https://host[:port]), without a path.",
        }),
      ),
    )
    .default([]),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SIGN_IN_LINK_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(20),
  COOKIE_SECURE: flag.default(true),
  /** Read the client address from X-Forwarded-For (only behind a proxy you run). */
  TRUST_PROXY: flag.default(false),
  SMTP_URL: z.string().startsWith("smtp").optional(),
  MAIL_FROM: z.string().default("Engagiert <noreply@engagiert.example>"),
  /**
   * How long a mail the worker took stays its own: if the worker dies before recording the
   * delivery, the mail goes out again after this long. Keep it well above the time one batch
   * of mail takes to send when several API instances share a database. 5 minutes by default.
   */
  MAIL_LEASE_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60 * 60)
    .default(5 * 60),
  /** Seed the demo city into an empty database at start. */
  SEED_DEMO: flag.default(false),
  LOG_LEVEL: z.enum(["info", "warn", "error", "silent"]).default("info"),
});

export type Config = ReturnType<typeof readConfig>;

export function readConfig(env: Record<string, string | undefined> = process.env) {
  // An empty variable means "not set", as in most deployment tools.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = Env.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? ({ kind: "postgres", url: e.DATABASE_URL } as const)
      : ({ kind: "pglite", dataDir: resolve(e.DATA_DIR) } as const),
    defaultCity: e.CITY,
    appOrigins: [
      ...new Set(
        [e.PUBLIC_APP_URL, e.DEPARTMENTS_APP_URL, e.NETWORK_APP_URL, ...e.ALLOWED_ORIGINS].map(
          (u) => new URL(u).origin,
        ),
      ),
    ],
    api: {
      publicAppUrl: e.PUBLIC_APP_URL,
      networkAppUrl: e.NETWORK_APP_URL,
      departmentsAppUrl: e.DEPARTMENTS_APP_URL,
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
      signInLinkMinutes: e.SIGN_IN_LINK_MINUTES,
      cookieSecure: e.COOKIE_SECURE,
    },
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    mailLeaseMs: e.MAIL_LEASE_SECONDS * 1000,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
  };
}
