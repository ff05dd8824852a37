export * from "./validity.ts";
export * from "./types.ts";
export * from "./record.schema.ts";
