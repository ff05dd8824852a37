export * from "./survey.schema.ts";
export * from "./results.ts";
export * from "./results-csv.ts";
