export * from "./opportunity.schema.ts";
export * from "./status.ts";
