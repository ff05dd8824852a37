import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, isoDate } from "./format.ts";

describe("formatting in Europe/Berlin", () => {
  // 23:30 UTC on 15 January is already the 16th in Berlin (UTC+1).
  const lateEvening = new Date("2026-01-15T23:30:00Z");

  it("shows the Berlin date, not the UTC date", () => {
    expect(formatDate(lateEvening, "de")).toBe("16. Januar 2026");
    expect(formatDate(lateEvening, "en")).toBe("16 January 2026");
    expect(isoDate(lateEvening)).toBe("2026-01-16");
  });

  it("follows summer time", () => {
    const summer = new Date("2026-07-01T10:00:00Z");
    expect(formatDateTime(summer, "de")).toBe("01.07.2026, 12:00");
    expect(formatDateTime(summer, "en")).toBe("1 Jul 2026, 12:00");
  });

  it("groups numbers per language", () => {
    expect(formatNumber(1234567, "de")).toBe("1.234.567");
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
  });
});
