export * from "./federal-states.ts";
export * from "./city.schema.ts";
export * from "./categories.ts";
export * from "./goeppingen.ts";
export * from "./city-setup.schema.ts";
export * from "./rheinfelden.ts";
