import { readConfig } from "./config.ts";
import { startApi } from "./server.ts";

const api = await startApi(readConfig());
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void api.stop().then(() => process.exit(0));
  });
}
