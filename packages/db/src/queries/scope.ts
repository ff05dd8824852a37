declare const brand: unique symbol;

/**
 * The tenant of a request. Every city-owned query takes one, and the only way to get one is
 * `cityScope()` after the city was resolved, so no query can run unscoped by accident.
 */
export type CityScope = { readonly cityId: string; readonly [brand]: "CityScope" };

export function cityScope(cityId: string): CityScope {
  return { cityId } as CityScope;
}

/** Opaque cursors for keyset pagination: the last row's sort key, base64url-encoded. */
export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(parts) ? (parts as (string | number)[]) : null;
  } catch {
    return null;
  }
}
