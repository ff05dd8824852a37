// Shared lint rules, including the architecture's boundaries:
// - packages/domain imports nothing but zod (and its own files);
// - the frontends take @engagiert/api as a type only and never touch @engagiert/db.
import tseslint from "typescript-eslint";

const FRONTENDS = ["apps/public/**", "apps/departments/**", "apps/network/**", "packages/ui/**"];

export const boundaries = [
  {
    files: ["packages/domain/src/**/*.ts"],
    ignores: ["packages/domain/src/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!zod(/|$)|\\.{1,2}/)",
              message:
                "packages/domain imports only zod and its own files: it is pure rules, no I/O, no framework.",
            },
          ],
        },
      ],
    },
  },
  {
    files: FRONTENDS.map((glob) => `${glob.replace("/**", "")}/src/**/*.{ts,tsx}`),
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@engagiert/api",
              allowTypeImports: true,
              message:
                "Frontends import the API router as a type only (import type { AppRouter }).",
            },
          ],
          patterns: [
            {
              group: ["@engagiert/api/*"],
              allowTypeImports: true,
              message: "Frontends import the API as a type only.",
            },
            {
              group: ["@engagiert/db", "@engagiert/db/*"],
              message: "Frontends never import database code.",
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "**/.turbo/**",
      "data/**",
      "packages/db/drizzle/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  ...boundaries,
);
