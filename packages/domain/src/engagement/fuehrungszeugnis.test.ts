import { describe, expect, it } from "vitest";
import {
  addMonths,
  checkNewInspection,
  currentFuehrungszeugnis,
  FuehrungszeugnisInspectionInput,
  fuehrungszeugnisValidity,
} from "./fuehrungszeugnis.ts";

const clean = (certificateIssuedOn: string, inspectedOn: string) => ({
  certificateIssuedOn,
  inspectedOn,
  hasRelevantEntry: false,
});

describe("addMonths", () => {
  it("keeps the day, or takes the month's last day", () => {
    expect(addMonths("2026-01-15", 3)).toBe("2026-04-15");
    expect(addMonths("2025-11-30", 3)).toBe("2026-02-28");
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
    expect(addMonths("2026-10-15", 60)).toBe("2031-10-15");
  });
});

describe("fuehrungszeugnisValidity (§72a SGB VIII)", () => {
  it("accepts a certificate exactly 3 months old at inspection", () => {
    expect(fuehrungszeugnisValidity(clean("2026-01-15", "2026-04-15"), "2026-05-01")).toMatchObject(
      { status: "valid", reinspectionDueOn: "2031-04-15" },
    );
  });

  it("refuses a certificate one day older than 3 months", () => {
    expect(fuehrungszeugnisValidity(clean("2026-01-15", "2026-04-16"), "2026-05-01")).toEqual({
      status: "certificate_too_old",
      latestInspectionOn: "2026-04-15",
    });
    expect(
      checkNewInspection(
        { certificateIssuedOn: "2026-01-15", inspectedOn: "2026-04-16" },
        "2026-05-01",
      ),
    ).toMatchObject({ ok: false, field: "certificateIssuedOn" });
    expect(
      checkNewInspection(
        { certificateIssuedOn: "2026-01-15", inspectedOn: "2026-04-15" },
        "2026-05-01",
      ),
    ).toEqual({ ok: true });
  });

  it("is valid for 5 years from the inspection; on the due date it needs a new one", () => {
    const inspection = clean("2026-03-01", "2026-03-10");
    expect(fuehrungszeugnisValidity(inspection, "2031-03-09")).toMatchObject({
      status: "valid",
      reinspectionDueOn: "2031-03-10",
      daysLeft: 1,
    });
    expect(fuehrungszeugnisValidity(inspection, "2031-03-10")).toEqual({
      status: "expired",
      reinspectionDueOn: "2031-03-10",
    });
  });

  it("warns within 90 days of the re-inspection", () => {
    const inspection = clean("2026-03-01", "2026-03-10");
    expect(fuehrungszeugnisValidity(inspection, "2030-12-10")).toMatchObject({
      status: "valid",
      isDueSoon: true,
      daysLeft: 90,
    });
    expect(fuehrungszeugnisValidity(inspection, "2030-12-09")).toMatchObject({
      status: "valid",
      isDueSoon: false,
      daysLeft: 91,
    });
  });

  it("is never valid for the activity with a relevant entry", () => {
    expect(
      fuehrungszeugnisValidity(
        { ...clean("2026-03-01", "2026-03-10"), hasRelevantEntry: true },
        "2026-04-01",
      ),
    ).toEqual({ status: "relevant_entry", reinspectionDueOn: "2031-03-10" });
  });

  it("does not count an inspection dated in the future", () => {
    expect(fuehrungszeugnisValidity(clean("2026-03-01", "2026-03-10"), "2026-03-09")).toEqual({
      status: "inspected_in_future",
    });
    expect(
      checkNewInspection(
        { certificateIssuedOn: "2026-03-01", inspectedOn: "2026-03-10" },
        "2026-03-09",
      ),
    ).toMatchObject({ ok: false, field: "inspectedOn" });
  });

  it("takes the newest inspection", () => {
    const older = clean("2020-01-01", "2020-01-10");
    const newer = { ...clean("2026-01-01", "2026-01-10"), hasRelevantEntry: true };
    expect(currentFuehrungszeugnis([newer, older])).toBe(newer);
    expect(currentFuehrungszeugnis([older, newer])).toBe(newer);
    expect(currentFuehrungszeugnis([])).toBeNull();
  });
});

describe("FuehrungszeugnisInspectionInput", () => {
  const base = {
    engagementId: "7d9f1d0e-8c1a-4c1e-9a53-3f0e8f3b2c11",
    certificateIssuedOn: "2026-03-01",
    inspectedOn: "2026-03-10",
    hasRelevantEntry: false,
  };

  it("records only the dates, the entry flag and an optional self-declaration", () => {
    expect(FuehrungszeugnisInspectionInput.parse({ ...base, document: "scan.pdf" })).toEqual(base);
  });

  it("refuses a certificate issued after the inspection", () => {
    const result = FuehrungszeugnisInspectionInput.safeParse({
      ...base,
      certificateIssuedOn: "2026-03-11",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["certificateIssuedOn"]);
  });
});
