export * from "./validity.ts";
export * from "./types.ts";
