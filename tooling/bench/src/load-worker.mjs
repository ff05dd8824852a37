// The client side of a load run, in its own thread so that it does not share an event loop
// with the server it measures. Plain JavaScript: worker threads start without a TypeScript loader.
import { parentPort, workerData } from "node:worker_threads";

const { requests, connections, seconds } = workerData;
const durations = [];
let errors = 0;
let counter = 0;
const until = performance.now() + seconds * 1000;

async function loop() {
  while (performance.now() < until) {
    const { url, headers } = requests[counter++ % requests.length];
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) errors++;
    durations.push(performance.now() - started);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: connections }, loop));
parentPort.postMessage({ durations, errors, elapsed: (performance.now() - started) / 1000 });
