export * from "./engagement.schema.ts";
export * from "./lifecycle.ts";
export * from "./fuehrungszeugnis.ts";
export * from "./checklist.ts";
export * from "./pipeline.schema.ts";
export * from "./apply.schema.ts";
