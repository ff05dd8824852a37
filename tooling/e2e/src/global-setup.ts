import type { TestProject } from "vitest/node";
import { findChromium } from "./chromium.ts";
import { startPlatform } from "./platform.ts";

declare module "vitest" {
  export interface ProvidedContext {
    platform: {
      api: string;
      public: string;
      departments: string;
      network: string;
      logFile: string;
    };
    chromium: string;
  }
}

/** One running platform for all browser tests; Chromium must be there (never a silent skip). */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  const platform = await startPlatform();
  const { stop, ...urls } = platform;
  project.provide("platform", urls);
  project.provide("chromium", chromium);
  return stop;
}
