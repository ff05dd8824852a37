export * from "./retention.ts";
export * from "./retention-requests.ts";
export * from "./erased.ts";
export * from "./consent.ts";
export * from "./export.schema.ts";
