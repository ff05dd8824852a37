import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["src/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // Mail goes out through the outbox every 2 s, and a loaded machine answers slower: polls wait
    // up to 15 s (they end as soon as the expectation holds).
    expect: { poll: { timeout: 15_000 } },
  },
});
