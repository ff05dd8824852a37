export * from "./standards.ts";
export * from "./maturity.ts";
export * from "./matrix-csv.ts";
