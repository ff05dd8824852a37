import { defineConfig } from "vitest/config";

export default defineConfig({
  // Vite's tsconfig loader does not follow the `extends` of @engagiert/tsconfig through the
  // workspace symlink, so it is pointed at the shared React options by path.
  tsconfig: "../../tooling/typescript/react.json",
  test: { include: ["src/**/*.test.{ts,tsx}"], environment: "node" },
});
