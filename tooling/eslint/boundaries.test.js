// Proves that the architecture's boundaries are enforced by `pnpm lint`: code that breaks one
// is reported, code that keeps it passes.
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(code, filePath) {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return result.messages
    .filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((m) => m.message);
}

describe("architecture boundaries", () => {
  it("packages/domain may import zod and its own files", async () => {
    const code = `import { z } from "zod";\nimport { Id } from "../shared/primitives.ts";\nexport const X = z.object({ id: Id });\n`;
    expect(await boundaryErrors(code, "packages/domain/src/city/example.ts")).toEqual([]);
  });

  it("packages/domain may not import anything else", async () => {
    for (const source of ["node:fs", "drizzle-orm", "@engagiert/db/client", "react"]) {
      const code = `import * as m from "${source}";\nexport const x = m;\n`;
      const errors = await boundaryErrors(code, "packages/domain/src/city/example.ts");
      expect(errors, source).toHaveLength(1);
      expect(errors[0]).toContain("packages/domain imports only zod");
    }
  });

  it("frontends may import the API router as a type", async () => {
    const code = `import type { AppRouter } from "@engagiert/api";\nexport type R = AppRouter;\n`;
    for (const app of ["apps/public", "apps/departments", "apps/network", "packages/ui"]) {
      expect(await boundaryErrors(code, `${app}/src/example.ts`), app).toEqual([]);
    }
  });

  it("frontends may not import server code", async () => {
    const cases = [
      `import { appRouter } from "@engagiert/api";\nexport const r = appRouter;\n`,
      `import { hashPassword } from "@engagiert/api/auth/password";\nexport const h = hashPassword;\n`,
      `import { createDatabase } from "@engagiert/db/client";\nexport const c = createDatabase;\n`,
      `import type { Database } from "@engagiert/db/client";\nexport type D = Database;\n`,
    ];
    for (const app of ["apps/public", "apps/departments", "apps/network", "packages/ui"]) {
      for (const code of cases) {
        expect(
          await boundaryErrors(code, `${app}/src/example.tsx`),
          `${app}: ${code}`,
        ).toHaveLength(1);
      }
    }
  });
});
