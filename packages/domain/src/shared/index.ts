export * from "./primitives.ts";
export * from "./waitlist.ts";
export * from "./csv-write.ts";
