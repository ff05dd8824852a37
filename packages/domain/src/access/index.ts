export * from "./roles.ts";
export * from "./policy.ts";
export * from "./sign-in.schema.ts";
export * from "./dashboard.schema.ts";
