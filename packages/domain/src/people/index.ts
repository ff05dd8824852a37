export * from "./person.schema.ts";
export * from "./age.ts";
