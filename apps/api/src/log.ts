import type { Logger } from "@engagiert/api";

const LEVELS = { info: 0, warn: 1, error: 2, silent: 3 } as const;

/** Structured logs: one JSON object per line on stdout, for any log collector. */
export function createLogger(level: keyof typeof LEVELS = "info"): Logger {
  const write =
    (lvl: "info" | "warn" | "error") => (msg: string, fields?: Record<string, unknown>) => {
      if (LEVELS[lvl] < LEVELS[level]) return;
      process.stdout.write(
        `${JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields })}\n`,
      );
    };
  return { info: write("info"), warn: write("warn"), error: write("error") };
}
