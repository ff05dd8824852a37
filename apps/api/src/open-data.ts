import type { Database } from "@engagiert/db/client";
import { getCityBySlug } from "@engagiert/db/queries/cities";
import { cityScope } from "@engagiert/db/queries/scope";
import { listOpenData, type OpenDataOpportunity } from "@engagiert/db/queries/search";
import { Hono } from "hono";
import { stream } from "hono/streaming";

const PAGE = { default: 100, max: 500 } as const;
const CSV_CHUNK = 500;

/** Written by staff as free text, title and summary could hold an address: it never leaves. */
const EMAIL = /[^\s@<>"',;:]+@[^\s@<>"',;:]+\.[a-z]{2,}/gi;
const scrub = (text: string) => text.replace(EMAIL, "[E-Mail entfernt]");

function publicRecord(item: OpenDataOpportunity) {
  return {
    ...item,
    title: scrub(item.title),
    summary: scrub(item.summary),
    publishedAt: item.publishedAt.toISOString(),
  };
}

const COLUMNS = [
  "id",
  "title",
  "summary",
  "organisation",
  "organisationKind",
  "categories",
  "format",
  "isRemote",
  "address",
  "district",
  "latitude",
  "longitude",
  "isStepFree",
  "minimumAge",
  "involvesMinorContact",
  "languages",
  "capacity",
  "startsOn",
  "endsOn",
  "publishedAt",
] as const satisfies readonly (keyof OpenDataOpportunity)[];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text that a
 * spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return csvField(value.join(";"));
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (fields: unknown[]) => `${fields.map(csvField).join(",")}\r\n`;

/**
 * Open data for the city's portal: the published opportunities without any person's data (no
 * contact name, e-mail or phone; the organisation's name only). JSON page by page, CSV streamed.
 */
export function openDataRoutes(options: { db: Database; defaultCity: string }) {
  const { db } = options;
  const app = new Hono<{ Variables: { cityId: string; citySlug: string } }>();

  app.use(async (c, next) => {
    const slug = c.req.header("x-engagiert-city") ?? options.defaultCity;
    const city = await getCityBySlug(db, slug);
    if (!city?.config) {
      return c.json(
        { error: { message: "Diese Stadt nutzt die Plattform nicht.", code: "NOT_FOUND" } },
        404,
      );
    }
    c.set("cityId", city.id);
    c.set("citySlug", city.slug);
    // Open data may be read by any portal or script.
    c.header("access-control-allow-origin", "*");
    await next();
  });

  app.get("/opportunities.json", async (c) => {
    const limitParam = Number(c.req.query("limit") ?? PAGE.default);
    const limit = Number.isInteger(limitParam)
      ? Math.min(Math.max(limitParam, 1), PAGE.max)
      : PAGE.default;
    const cursor = c.req.query("cursor")?.slice(0, 300) ?? null;
    const page = await listOpenData(db, cityScope(c.get("cityId")), { limit, cursor });
    const next = page.nextCursor
      ? `${new URL(c.req.url).pathname}?${new URLSearchParams({ limit: String(limit), cursor: page.nextCursor })}`
      : null;
    c.header("cache-control", "public, max-age=300");
    return c.json({
      city: c.get("citySlug"),
      items: page.items.map(publicRecord),
      next,
    });
  });

  app.get("/opportunities.csv", (c) => {
    const scope = cityScope(c.get("cityId"));
    c.header("content-type", "text/csv; charset=utf-8");
    c.header(
      "content-disposition",
      `attachment; filename="engagement-${c.get("citySlug")}-angebote.csv"`,
    );
    c.header("cache-control", "public, max-age=300");
    return stream(c, async (out) => {
      // A byte order mark, so spreadsheet programs read the umlauts right.
      await out.write(`\uFEFF${csvLine([...COLUMNS])}`);
      let cursor: string | null = null;
      do {
        const page = await listOpenData(db, scope, { limit: CSV_CHUNK, cursor });
        const records = page.items.map(publicRecord);
        await out.write(records.map((r) => csvLine(COLUMNS.map((k) => r[k]))).join(""));
        cursor = page.nextCursor;
      } while (cursor);
    });
  });

  return app;
}
