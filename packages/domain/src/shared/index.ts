export * from "./primitives.ts";
export * from "./waitlist.ts";
