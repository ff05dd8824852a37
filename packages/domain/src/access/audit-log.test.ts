import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTION_LABELS,
  AuditLogInput,
  auditActionLabel,
  auditCsv,
  berlinTimestamp,
  type AuditLogRow,
} from "./audit-log.ts";

describe("the audit log's action labels", () => {
  it("name every action in both languages", () => {
    expect(Object.keys(AUDIT_ACTION_LABELS.en).sort()).toEqual(
      Object.keys(AUDIT_ACTION_LABELS.de).sort(),
    );
  });

  it("show an unknown action by its code", () => {
    expect(auditActionLabel("person.read", "en")).toBe("Person record read");
    expect(auditActionLabel("something.new", "de")).toBe("something.new");
  });
});

describe("the audit log's filters", () => {
  it.each([
    [{ action: "person.read" }, true],
    [{ action: "person.read'; drop table audit_log;--" }, false],
    [{ action: "" }, false],
    [{ from: "2026-11-01", to: "2026-11-30" }, true],
    [{ from: "2026-11-30", to: "2026-11-01" }, false],
    [{ from: "2026-11-31" }, false],
    [{ personId: "not-an-id" }, false],
    [{ limit: 101 }, false],
  ])("%j is valid: %s", (input, isValid) => {
    expect(AuditLogInput.safeParse(input).success).toBe(isValid);
  });
});

describe("the audit log as CSV", () => {
  const row = (overrides: Partial<AuditLogRow>): AuditLogRow => ({
    at: new Date("2026-07-01T08:05:09Z"),
    actorName: "Sabine Krämer",
    action: "person.read",
    personName: "Lena Wagner",
    isPersonErased: false,
    accountName: null,
    ...overrides,
  });

  it("writes times in Europe/Berlin", () => {
    expect(berlinTimestamp(new Date("2026-07-01T08:05:09Z"))).toBe("2026-07-01 10:05:09");
    expect(berlinTimestamp(new Date("2026-01-01T23:30:00Z"))).toBe("2026-01-02 00:30:00");
  });

  it("has a heading, a line per entry, and no formula", () => {
    const csv = auditCsv(
      [
        row({}),
        row({ actorName: null, action: "guardian_consent.given" }),
        row({ personName: null, isPersonErased: true }),
        row({
          actorName: "=HYPERLINK(1)",
          personName: null,
          accountName: "Jo",
          action: "staff.deactivated",
        }),
      ],
      "de",
    );
    expect(csv.split("\r\n")).toEqual([
      "Zeitpunkt,Mitarbeiterin oder Mitarbeiter,Aktion,Aktion (Code),Betrifft",
      "2026-07-01 10:05:09,Sabine Krämer,Personenakte gelesen,person.read,Lena Wagner",
      "2026-07-01 10:05:09,ohne Anmeldung (System oder E-Mail-Link),Einwilligung der Sorgeberechtigten erteilt,guardian_consent.given,Lena Wagner",
      "2026-07-01 10:05:09,Sabine Krämer,Personenakte gelesen,person.read,gelöschte Person",
      "2026-07-01 10:05:09,'=HYPERLINK(1),Zugang deaktiviert,staff.deactivated,Zugang: Jo",
      "",
    ]);
  });

  it("speaks English when asked", () => {
    expect(auditCsv([row({})], "en").split("\r\n")[1]).toBe(
      "2026-07-01 10:05:09,Sabine Krämer,Person record read,person.read,Lena Wagner",
    );
  });
});
