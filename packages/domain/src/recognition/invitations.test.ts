import { describe, expect, it } from "vitest";
import { EHRENAMTSKARTE_RULES } from "./ehrenamtskarte.ts";
import {
  invitationReasonDe,
  invitationReasonEn,
  readInvitationReasons,
  reasonOf,
  writeInvitationReasons,
  type InvitationReason,
} from "./invitations.ts";
import { ehrenamtskarteCsv, formatHoursDe, invitationsCsv } from "./recognition-csv.ts";
import {
  InvitationsBuildInput,
  MilestonesInput,
  RecognitionGroupsInput,
} from "./recognition.schema.ts";

const BW = EHRENAMTSKARTE_RULES["Baden-Württemberg"]!;
const ID = "0b7c6f36-2f5e-4c51-9a35-6d1f7d3c9a10";

describe("invitation reasons", () => {
  const reasons: InvitationReason[] = [
    reasonOf({ kind: "anniversary", years: 5, on: "2026-03-12" }, "2026-03"),
    reasonOf({ kind: "hours", hours: 1000 }, "2026-04"),
  ];

  it("are stored as codes and read back unchanged", () => {
    const text = writeInvitationReasons(reasons);
    expect(text).toBe("anniversary:5:2026-03-12;hours:1000:2026-04");
    expect(readInvitationReasons(text)).toEqual(reasons);
  });

  it("leave out what they do not understand", () => {
    expect(readInvitationReasons("unknown;hours:100:2026-01;anniversary:x:2026-01-01")).toEqual([
      { kind: "hours", hours: 100, month: "2026-01" },
    ]);
  });

  it.each([
    [reasons[0]!, "5 Jahre Engagement am 12.03.2026"],
    [
      { kind: "anniversary", years: 1, on: "2026-11-02" } as const,
      "1 Jahr Engagement am 02.11.2026",
    ],
    [reasons[1]!, "1.000 Stunden Engagement im April 2026"],
  ])("read in German: %o", (reason, text) => {
    expect(invitationReasonDe(reason)).toBe(text);
  });

  it("read in English", () => {
    expect(reasons.map(invitationReasonEn)).toEqual([
      "5 years of engagement on 2026-03-12",
      "1,000 hours of engagement in April 2026",
    ]);
  });
});

describe("hours in German notation", () => {
  it.each([
    [7410, "123,5"],
    [60, "1"],
    [135, "2,25"],
    [125, "2,08"],
    [0, "0"],
    [120_000, "2000"],
  ])("%i minutes are %s hours", (minutes, text) => {
    expect(formatHoursDe(minutes)).toBe(text);
  });
});

describe("CSV exports", () => {
  it("list the eligible with the basis of their claim and defuse formulas", () => {
    const csv = ehrenamtskarteCsv(BW, [
      {
        lastName: "Wagner",
        firstName: "Lena",
        email: "lena@example.org",
        birthYear: 1991,
        engagedSince: "2024-05-01",
        minutesInWindow: 12_030,
        basis: "hours",
        group: null,
      },
      {
        lastName: "=HYPERLINK(1)",
        firstName: "Ole",
        email: "ole@example.org",
        birthYear: 2001,
        engagedSince: null,
        minutesInWindow: 0,
        basis: "group",
        group: "feuerwehr",
      },
    ]);
    const lines = csv.slice(1).split("\r\n");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines[0]).toBe(
      "Nachname,Vorname,E-Mail,Geburtsjahr,Engagiert seit,Stunden in den letzten 12 Monaten,Grundlage",
    );
    expect(lines[1]).toBe(
      'Wagner,Lena,lena@example.org,1991,01.05.2024,"200,5",200 Stunden in 12 Monaten und ein Jahr Engagement',
    );
    expect(lines[2]).toBe(
      "'=HYPERLINK(1),Ole,ole@example.org,2001,,0,Mitglied: Freiwillige Feuerwehr",
    );
  });

  it("list the invited with their reasons and when they were mailed", () => {
    const csv = invitationsCsv([
      {
        lastName: "Wagner",
        firstName: "Lena",
        email: "lena@example.org",
        reasons: [
          { kind: "anniversary", years: 10, on: "2026-05-03" },
          { kind: "hours", hours: 250, month: "2026-05" },
        ],
        mailedOn: "2026-06-01",
      },
    ]);
    expect(csv.slice(1).split("\r\n")[1]).toBe(
      'Wagner,Lena,lena@example.org,"10 Jahre Engagement am 03.05.2026; 250 Stunden Engagement im Mai 2026",01.06.2026',
    );
  });
});

describe("input", () => {
  it.each([
    [{ month: "2026-13" }, ["month"]],
    [{ month: "26-01" }, ["month"]],
    [{ month: "2026-01", organisationId: "x" }, ["organisationId"]],
  ])("refuses a bad milestone query %o", (input, path) => {
    expect(MilestonesInput.safeParse(input).error?.issues[0]?.path).toEqual(path);
  });

  it("takes each recognition group once and no unknown group", () => {
    expect(RecognitionGroupsInput.safeParse({ personId: ID, groups: ["thw"] }).success).toBe(true);
    expect(RecognitionGroupsInput.safeParse({ personId: ID, groups: [] }).success).toBe(true);
    const twice = RecognitionGroupsInput.safeParse({ personId: ID, groups: ["thw", "thw"] });
    expect(twice.error?.issues[0]?.message).toBe("Jede Gruppe nur einmal wählen.");
    // Juleica is held as a qualification, never recorded by hand.
    expect(RecognitionGroupsInput.safeParse({ personId: ID, groups: ["juleica"] }).success).toBe(
      false,
    );
  });

  it("builds an invitation list from at least one month and one kind of milestone", () => {
    const base = { eventId: ID, months: ["2026-03"], kinds: ["hours"] };
    expect(InvitationsBuildInput.safeParse(base).success).toBe(true);
    expect(InvitationsBuildInput.safeParse({ ...base, months: [] }).error?.issues[0]?.message).toBe(
      "Bitte mindestens einen Monat wählen.",
    );
    expect(InvitationsBuildInput.safeParse({ ...base, kinds: [] }).error?.issues[0]?.path).toEqual([
      "kinds",
    ]);
  });
});
