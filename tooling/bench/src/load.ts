import { Worker } from "node:worker_threads";
import { summarize } from "./stats.ts";

export type LoadRequest = { url: string; headers?: Record<string, string> };

/**
 * Sends `requests` in turn from `connections` concurrent loops for `seconds`, each loop waiting
 * for its answer before the next (a closed loop, like browsers behind a proxy). The client runs
 * in a worker thread, so the server under test keeps its event loop to itself. Returns the
 * latency percentiles and the throughput. Only loopback addresses are ever targeted.
 */
export async function load(options: {
  connections: number;
  seconds: number;
  requests: LoadRequest[];
}) {
  for (const { url } of options.requests) {
    const host = new URL(url).hostname;
    if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error("Load only loopback.");
  }
  const worker = new Worker(new URL("./load-worker.mjs", import.meta.url), {
    workerData: {
      requests: options.requests,
      connections: options.connections,
      seconds: options.seconds,
    },
  });
  const result = await new Promise<{ durations: number[]; errors: number; elapsed: number }>(
    (resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    },
  );
  await worker.terminate();
  return {
    ...summarize(result.durations),
    rps: result.durations.length / result.elapsed,
    errors: result.errors,
  };
}
