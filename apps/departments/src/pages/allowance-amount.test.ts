import { describe, expect, it } from "vitest";
import { euroToCents, formatEuro } from "./allowance-amount.ts";

describe("amounts in euro", () => {
  it.each([
    ["120", 12_000],
    ["120,5", 12_050],
    ["120,50", 12_050],
    ["120.50", 12_050],
    ["1.234,56", 123_456],
    ["1,234.56", 123_456],
    ["1.234", 123_400],
    ["12,345", 1_234_500],
    ["3300", 330_000],
    [" 960 € ", 96_000],
    ["0,01", 1],
  ])("%s → %i cents", (text, cents) => {
    expect(euroToCents(text)).toBe(cents);
  });

  it.each(["", "abc", "1,2,3", "-5", "12.5.2026", "1e3"])("refuses %j", (text) => {
    expect(euroToCents(text)).toBeNull();
  });

  it("writes euro in the reader's language", () => {
    expect(formatEuro(96_000, "de").replace(/\s/g, " ")).toBe("960,00 €");
    expect(formatEuro(96_000, "en")).toBe("€960.00");
  });
});
