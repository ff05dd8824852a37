export * from "./person.schema.ts";
export * from "./age.ts";
export * from "./profile.schema.ts";
