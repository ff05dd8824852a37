export * from "./opportunity.schema.ts";
export * from "./status.ts";
export * from "./facets.ts";
