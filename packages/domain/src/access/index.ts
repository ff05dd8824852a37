export * from "./roles.ts";
export * from "./policy.ts";
export * from "./sign-in.schema.ts";
export * from "./second-factor.schema.ts";
export * from "./dashboard.schema.ts";
export * from "./staff-admin.schema.ts";
export * from "./staff-admin.ts";
export * from "./audit-log.ts";
