import { describe, expect, it } from "vitest";
import { consentEffect, DeleteAccountInput } from "./consent.ts";
import { displayPersonName, erasedEmail, isErasedEmail, isErasedName } from "./erased.ts";
import { MyDataExport, myDataFileName, withoutLinkSecrets } from "./export.schema.ts";
import { RetentionPreviewInput, RetentionRunInput } from "./retention-requests.ts";

describe("erasure conventions", () => {
  it("gives each erased row an address that can never receive mail", () => {
    const email = erasedEmail("0b7c6f36-2f5e-4c51-9a35-6d1f7d3c9a10");
    expect(email).toBe("geloescht-0b7c6f36-2f5e-4c51-9a35-6d1f7d3c9a10@geloescht.invalid");
    expect(isErasedEmail(email)).toBe(true);
    expect(isErasedEmail("lena@geloescht.invalid.example")).toBe(false);
    expect(isErasedEmail("lena@example.org")).toBe(false);
  });

  it.each([
    [{ firstName: "Lena", lastName: "Wagner" }, "first-last", "Lena Wagner"],
    [{ firstName: "Lena", lastName: "Wagner" }, "last-first", "Wagner, Lena"],
    [{ firstName: "", lastName: "" }, "first-last", "Gelöschte Person"],
    [{ firstName: " ", lastName: "" }, "last-first", "Gelöschte Person"],
  ] as const)("shows %o (%s) as %s", (person, order, expected) => {
    expect(displayPersonName(person, order, "Gelöschte Person")).toBe(expected);
  });

  it("knows an erased name by both names being empty", () => {
    expect(isErasedName({ firstName: "", lastName: "Wagner" })).toBe(false);
    expect(isErasedName({ firstName: "", lastName: "" })).toBe(true);
  });
});

describe("consents", () => {
  it.each([
    ["application", "withdraw_open_applications"],
    ["shift", "cancel_future_shifts"],
    ["newsletter", "none"],
    ["toString", "none"],
  ])("withdrawing %s means %s", (purpose, effect) => {
    expect(consentEffect(purpose)).toBe(effect);
  });

  it("deletes an account only when confirmed, with a message for the box", () => {
    expect(DeleteAccountInput.safeParse({ confirmed: true }).success).toBe(true);
    const refused = DeleteAccountInput.safeParse({ confirmed: false });
    expect(refused.error?.issues[0]?.path).toEqual(["confirmed"]);
    expect(refused.error?.issues[0]?.message).toContain("Bitte bestätigen Sie");
  });
});

describe("retention requests", () => {
  it("lists only known kinds and runs only when confirmed", () => {
    expect(RetentionPreviewInput.parse({ kind: "applications" })).toEqual({
      kind: "applications",
      limit: 20,
    });
    expect(RetentionPreviewInput.safeParse({ kind: "everything" }).error?.issues[0]?.message).toBe(
      "Bitte eine Art der Löschung wählen.",
    );
    expect(RetentionRunInput.safeParse({ confirmed: "yes" }).success).toBe(false);
  });
});

describe("the export", () => {
  it("removes the secret of every link", () => {
    expect(
      withoutLinkSecrets(
        "https://x.example/anmelden/link?token=abc-DEF_123&weiter=/a\nhttps://x.example/umfrage?token=xyz",
      ),
    ).toBe(
      "https://x.example/anmelden/link?token=[entfernt]&weiter=/a\nhttps://x.example/umfrage?token=[entfernt]",
    );
  });

  it("names the file by city and day", () => {
    expect(myDataFileName("goeppingen", "2026-11-24")).toBe(
      "meine-daten-goeppingen-2026-11-24.json",
    );
  });

  it("is a versioned format that refuses what it does not describe", () => {
    const empty = {
      format: "engagiert-my-data",
      version: 1,
      exportedAt: "2026-11-24T09:00:00.000Z",
      city: { slug: "goeppingen", name: "Göppingen" },
      profile: {
        firstName: "Lena",
        lastName: "Wagner",
        email: "lena@example.org",
        phone: null,
        birthYear: 1990,
        birthDate: null,
        district: null,
        interests: [],
        skills: [],
        availability: [],
        accessibilityNeeds: null,
        recognitionGroups: [],
        createdAt: "2025-01-01T10:00:00.000Z",
        lastActiveAt: null,
        inactivityNoticeAt: null,
      },
      account: null,
      consents: [],
      engagements: [],
      hours: [],
      trainings: [],
      qualifications: [],
      fuehrungszeugnis: [],
      shiftSignups: [],
      allowancePayments: [],
      recognitionInvitations: [],
      surveyInvitations: [],
      calendarFeeds: [],
      emails: [],
    };
    expect(MyDataExport.parse(empty)).toEqual(empty);
    expect(MyDataExport.safeParse({ ...empty, version: 2 }).success).toBe(false);
  });
});
