export * from "./engagement.schema.ts";
export * from "./lifecycle.ts";
