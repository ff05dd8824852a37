export * from "./training.schema.ts";
export * from "./admin.schema.ts";
export * from "./closing.ts";
export * from "./registration.ts";
