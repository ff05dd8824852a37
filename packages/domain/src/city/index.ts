export * from "./city.schema.ts";
export * from "./categories.ts";
export * from "./goeppingen.ts";
