import { summarize } from "./stats.ts";

/**
 * Sends requests from `connections` concurrent loops for `seconds`, each loop waiting for its
 * answer before the next (a closed loop, like browsers behind a proxy). Returns the latency
 * percentiles and the throughput. Only loopback addresses are ever targeted.
 */
export async function load(options: {
  connections: number;
  seconds: number;
  request: (i: number) => { url: string; headers?: Record<string, string> };
}) {
  const host = new URL(options.request(0).url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error("Load only loopback.");
  const durations: number[] = [];
  let errors = 0;
  let counter = 0;
  const until = performance.now() + options.seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const { url, headers } = options.request(counter++);
      const started = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (response.status !== 200) errors++;
      durations.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarize(durations), rps: durations.length / elapsed, errors };
}
