/** Percentiles of a list of durations in milliseconds. */
export function summarize(durations: number[]) {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { n: sorted.length, p50: at(50), p95: at(95), max: sorted.at(-1)! };
}

export function printRow(label: string, stats: ReturnType<typeof summarize>) {
  const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
  console.log(
    `${label.padEnd(44)} n=${String(stats.n).padEnd(5)} p50 ${ms(stats.p50)}  p95 ${ms(stats.p95)}  max ${ms(stats.max)}`,
  );
}
