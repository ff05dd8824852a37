export * from "./opportunity.schema.ts";
export * from "./status.ts";
export * from "./facets.ts";
export * from "./search.schema.ts";
export * from "./insurance.ts";
export * from "./editor.schema.ts";
export * from "./shifts.ts";
export * from "./matching.ts";
