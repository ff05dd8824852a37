export * from "./directory.schema.ts";
export * from "./city-csv.ts";
export * from "./city-size.ts";
export * from "./practice.schema.ts";
export * from "./event.schema.ts";
export * from "./figures.ts";
