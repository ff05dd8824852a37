export * from "./hours.ts";
export * from "./ehrenamtskarte.ts";
export * from "./allowances.ts";
export * from "./milestones.ts";
