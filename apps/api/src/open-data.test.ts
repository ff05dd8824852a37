import { insertCity, opportunityRow, SILENT, TEST_SETTINGS } from "@engagiert/api/testing";
import { opportunities } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { csvField } from "./open-data.ts";

/** A strict RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): {
  records: { fields: string[] }[];
  unterminatedQuoteAt: number | null;
} {
  const records: { fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (inQuotes) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      inQuotes = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\r" && source[i + 1] === "\n") {
      fields.push(field);
      records.push({ fields });
      fields = [];
      field = "";
      i++;
    } else {
      field += char;
    }
  }
  return { records, unterminatedQuoteAt: inQuotes ? source.length : null };
}

const EMAIL = /[^\s@"]+@[^\s@"]+\.[a-z]{2,}/i;

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['sagt "hallo"', '"sagt ""hallo"""'],
    ["zwei\nZeilen", '"zwei\nZeilen"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    [["de", "en"], '"de;en"'],
    [null, ""],
    [48.7, "48.7"],
  ])("writes %j as %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe.each(testDatabaseKinds())("open data on %s", (kind) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const a = await insertCity(database.db, "stadt-a");
    const b = await insertCity(database.db, "stadt-b");
    await database.db.insert(opportunities).values([
      ...Array.from({ length: 7 }, (_, i) =>
        opportunityRow(a.city.id, a.orgA.id, {
          title: `Angebot ${i}, mit "Anführungszeichen"`,
          summary: i === 0 ? "Fragen an info@amt.example, gern auch telefonisch." : "Kurz gesagt.",
          contact: { name: "Frau Geheim", email: "geheim@amt.example", phone: "0711 555" },
          publishedAt: new Date(Date.UTC(2026, 9, 1 + (i % 3), 10)),
        }),
      ),
      opportunityRow(a.city.id, a.orgA.id, {
        title: "Entwurf",
        status: "draft",
        publishedAt: null,
      }),
      opportunityRow(b.city.id, b.orgA.id, { title: "Andere Stadt" }),
    ]);
    app = createApp({
      db: database.db,
      settings: TEST_SETTINGS,
      log: SILENT,
      defaultCity: "stadt-a",
      appOrigins: [],
    });
  });
  afterAll(() => database.drop());

  type Page = { items: { title: string; organisation: string }[]; next: string | null };

  it("lists the city's published opportunities as JSON, page by page, without personal data", async () => {
    const titles: string[] = [];
    let url: string | null = "/api/open-data/opportunities.json?limit=3";
    let pages = 0;
    while (url) {
      const response = await app.request(url);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/json");
      const text = await response.text();
      expect(text).not.toMatch(EMAIL);
      expect(text).not.toContain("Frau Geheim");
      expect(text).not.toContain("0711 555");
      const page = JSON.parse(text) as Page;
      titles.push(...page.items.map((i) => i.title));
      expect(page.items.every((i) => i.organisation === "Amt A")).toBe(true);
      url = page.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(titles).toHaveLength(7);
    expect(new Set(titles).size).toBe(7);
    expect(titles).not.toContain("Entwurf");
    expect(titles).not.toContain("Andere Stadt");
  });

  it("serves the city named in the header", async () => {
    const response = await app.request("/api/open-data/opportunities.json", {
      headers: { "x-engagiert-city": "stadt-b" },
    });
    expect(((await response.json()) as Page).items.map((i) => i.title)).toEqual(["Andere Stadt"]);
    const unknown = await app.request("/api/open-data/opportunities.json", {
      headers: { "x-engagiert-city": "nirgendwo" },
    });
    expect(unknown.status).toBe(404);
  });

  it.each(["limit=-1", "limit=abc", "limit=100000", "cursor=%27%3B--", "cursor=eyJ4IjoxfQ"])(
    "answers odd parameters (%s) without an error",
    async (query) => {
      const response = await app.request(`/api/open-data/opportunities.json?${query}`);
      expect(response.status).toBe(200);
    },
  );

  it("offers a CSV download with a header row and correct quoting", async () => {
    const response = await app.request("/api/open-data/opportunities.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="engagement-stadt-a-angebote.csv"',
    );
    const text = await response.text();
    expect(text).not.toMatch(EMAIL);
    expect(text).not.toContain("Frau Geheim");
    const { records, unterminatedQuoteAt } = parseCsv(text);
    expect(unterminatedQuoteAt).toBeNull();
    const [header, ...rows] = records.map((r) => r.fields);
    expect(header?.slice(0, 4)).toEqual(["id", "title", "summary", "organisation"]);
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(rows.map((row) => row[1]).sort()[0]).toBe('Angebot 0, mit "Anführungszeichen"');
    expect(rows.find((row) => row[2]!.startsWith("Fragen"))?.[2]).toBe(
      "Fragen an [E-Mail entfernt], gern auch telefonisch.",
    );
  });
});
