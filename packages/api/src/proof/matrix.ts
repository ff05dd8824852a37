import { matrixAkquise } from "./matrix-akquise.ts";
import { matrixHours } from "./matrix-hours.ts";
import { matrixNetwork } from "./matrix-network.ts";
import { matrixQualifizierung } from "./matrix-qualifizierung.ts";
import { matrixQuality } from "./matrix-quality.ts";
import { matrixTrust } from "./matrix-trust.ts";
import type { Entry } from "./matrix-types.ts";

/**
 * The authorisation matrix, written once: for every procedure of the app's router, who may call
 * it on what, and the input that is valid for the allowed case. Each area keeps its part.
 */
export const MATRIX: Readonly<Record<string, Entry>> = {
  ...matrixAkquise,
  ...matrixHours,
  ...matrixQualifizierung,
  ...matrixQuality,
  ...matrixNetwork,
  ...matrixTrust,
};
