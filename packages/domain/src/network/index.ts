export * from "./directory.schema.ts";
export * from "./city-csv.ts";
