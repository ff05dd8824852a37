import { fileURLToPath } from "node:url";

/**
 * The member cities of the Engaged Cities network known from public sources, with their federal
 * state and where that is stated: the directory the demo imports.
 */
export const NETWORK_CITIES_CSV_PATH = fileURLToPath(
  new URL("./engaged-cities.csv", import.meta.url),
);
