import { describe, expect, it } from "vitest";
import { DEFAULT_QUALIFICATION_TYPES } from "../qualifications/types.ts";
import { QualificationRules, type QualificationHeld } from "../qualifications/validity.ts";
import {
  attendedUnitsByPerson,
  birthDateForRules,
  closingResults,
  lastSessionDay,
  type AttendanceMark,
  type ClosingParticipant,
  type ClosingSession,
} from "./closing.ts";

const rulesOf = (slug: string) =>
  QualificationRules.parse(DEFAULT_QUALIFICATION_TYPES.find((t) => t.slug === slug)!.rules);
const JULEICA = { typeSlug: "juleica", rules: rulesOf("juleica") };
const FIRST_AID = { typeSlug: "erste-hilfe", rules: rulesOf("erste-hilfe") };

/** The Juleica basic course: five days of 8 units, the last on 11 December 2026. */
const COURSE: ClosingSession[] = [7, 8, 9, 10, 11].map((d) => ({
  id: `s${d}`,
  units: 8,
  day: `2026-12-${String(d).padStart(2, "0")}`,
}));
const LAST_DAY = "2026-12-11";

const present = (personId: string, sessionIds: string[]): AttendanceMark[] =>
  sessionIds.map((sessionId) => ({ sessionId, personId, isPresent: true }));
const firstAid = (validFrom: string): QualificationHeld => ({
  typeSlug: "erste-hilfe",
  validFrom,
  validUntil: null,
});
const person = (patch: Partial<ClosingParticipant> = {}): ClosingParticipant => ({
  personId: "p",
  birthDate: "2000-05-01",
  birthYear: 2000,
  held: [firstAid("2026-03-01")],
  ...patch,
});

function juleicaOutcome(
  participant: ClosingParticipant,
  attendance: AttendanceMark[],
  extra: { requiredUnits?: number; sessions?: ClosingSession[] } = {},
) {
  const [result] = closingResults({
    qualification: JULEICA,
    requiredUnits: extra.requiredUnits ?? 40,
    sessions: extra.sessions ?? COURSE,
    attendance,
    participants: [participant],
  });
  return result!;
}

const ALL = COURSE.map((s) => s.id);

describe("attended units", () => {
  it("adds the units of the sessions a person was ticked present at", () => {
    const units = attendedUnitsByPerson(COURSE, [
      ...present("a", ["s7", "s8"]),
      { sessionId: "s9", personId: "a", isPresent: false },
      ...present("b", ALL),
      // A tick for a session of another training does not count.
      { sessionId: "elsewhere", personId: "b", isPresent: true },
    ]);
    expect(Object.fromEntries(units)).toEqual({ a: 16, b: 40 });
    expect(lastSessionDay(COURSE)).toBe(LAST_DAY);
    expect(lastSessionDay([])).toBeNull();
  });
});

describe("closing a Juleica course", () => {
  // 39 units: one session of 7 instead of 8 units.
  const shortSessions = COURSE.map((s, i) => (i === 0 ? { ...s, units: 7 } : s));

  it.each([
    ["40 units, 26, first aid this year", person(), present("p", ALL), {}, "granted"],
    [
      "39 units",
      person(),
      present("p", ALL),
      { sessions: shortSessions, requiredUnits: 39 },
      [{ code: "units", requiredUnits: 40, attendedUnits: 39 }],
    ],
    [
      "missing the last day",
      person(),
      present("p", ALL.slice(0, 4)),
      {},
      [{ code: "units", requiredUnits: 40, attendedUnits: 32 }],
    ],
    [
      "first aid exactly 2 years before the last day",
      person({ held: [firstAid("2024-12-11")] }),
      present("p", ALL),
      {},
      "granted",
    ],
    [
      "first aid 2 years and a day before",
      person({ held: [firstAid("2024-12-10")] }),
      present("p", ALL),
      {},
      [{ code: "requires", typeSlug: "erste-hilfe", maxAgeMonths: 24 }],
    ],
    [
      "no first aid at all",
      person({ held: [] }),
      present("p", ALL),
      {},
      [{ code: "requires", typeSlug: "erste-hilfe", maxAgeMonths: 24 }],
    ],
    [
      "16 on the last day",
      person({ birthDate: "2010-12-11", birthYear: 2010 }),
      present("p", ALL),
      {},
      "granted",
    ],
    [
      "15 without a justified case",
      person({ birthDate: "2010-12-12", birthYear: 2010 }),
      present("p", ALL),
      {},
      [{ code: "age", minimumAge: 16, age: 15 }],
    ],
    [
      "15 in a justified case",
      person({ birthDate: "2010-12-12", birthYear: 2010, isJustifiedCase: true }),
      present("p", ALL),
      {},
      "granted",
    ],
    [
      "14 in a justified case",
      person({ birthDate: "2012-01-01", birthYear: 2012, isJustifiedCase: true }),
      present("p", ALL),
      {},
      [{ code: "age", minimumAge: 15, age: 14 }],
    ],
    [
      "only the birth year 2010 known: counted as born on 31 December",
      person({ birthDate: null, birthYear: 2010 }),
      present("p", ALL),
      {},
      [{ code: "age", minimumAge: 16, age: 15 }],
    ],
    [
      "only the birth year 2009 known",
      person({ birthDate: null, birthYear: 2009 }),
      present("p", ALL),
      {},
      "granted",
    ],
    [
      "absent throughout, too young and without first aid",
      person({ birthDate: "2013-01-01", birthYear: 2013, held: [] }),
      [],
      {},
      [
        { code: "age", minimumAge: 16, age: 13 },
        { code: "units", requiredUnits: 40, attendedUnits: 0 },
        { code: "requires", typeSlug: "erste-hilfe", maxAgeMonths: 24 },
      ],
    ],
  ] as const)("%s", (_, participant, attendance, extra, expected) => {
    const result = juleicaOutcome(participant, [...attendance], extra);
    if (expected === "granted") {
      expect(result.outcome).toEqual({
        status: "granted",
        isRenewal: false,
        validFrom: LAST_DAY,
        validUntil: "2029-12-11",
      });
    } else {
      expect(result.outcome).toEqual({ status: "not_granted", missing: expected });
    }
  });

  it("asks the training's units even when the type asks fewer", () => {
    const nineUnits: ClosingSession[] = [{ id: "a", units: 9, day: "2026-12-05" }];
    const [result] = closingResults({
      qualification: FIRST_AID,
      requiredUnits: 9,
      sessions: nineUnits,
      attendance: [],
      participants: [person({ held: [] })],
    });
    expect(result!.outcome).toEqual({
      status: "not_granted",
      missing: [{ code: "units", requiredUnits: 9, attendedUnits: 0 }],
    });
  });
});

describe("renewing a Juleica by further training", () => {
  // A further training of 2 days: 6 + 5 units = 11 units = 495 minutes.
  const furtherTraining: ClosingSession[] = [
    { id: "f1", units: 6, day: "2026-11-20" },
    { id: "f2", units: 5, day: "2026-11-21" },
  ];
  const holder = person({
    held: [
      firstAid("2021-01-01"),
      { typeSlug: "juleica", validFrom: "2024-03-01", validUntil: "2027-03-01" },
    ],
  });

  it("renews a valid card after 8 hours, from the last day, without asking first aid again", () => {
    const result = juleicaOutcome(holder, present("p", ["f1", "f2"]), {
      sessions: furtherTraining,
      requiredUnits: 11,
    });
    expect(result).toEqual({
      personId: "p",
      attendedUnits: 11,
      outcome: {
        status: "granted",
        isRenewal: true,
        validFrom: "2026-11-21",
        validUntil: "2029-11-21",
      },
    });
  });

  it("says how much further training is missing below 8 hours", () => {
    // 10 units = 450 minutes: 30 minutes short of 8 hours.
    const result = juleicaOutcome(holder, present("p", ["f1", "f2"]), {
      sessions: [furtherTraining[0]!, { ...furtherTraining[1]!, units: 4 }],
      requiredUnits: 10,
    });
    expect(result.outcome).toEqual({
      status: "not_granted",
      missing: [{ code: "renewal_hours", neededMinutes: 30 }],
    });
  });

  it("treats an expired card as none: the prerequisites of a new card apply", () => {
    const expired = person({
      held: [{ typeSlug: "juleica", validFrom: "2023-01-01", validUntil: "2026-01-01" }],
    });
    const result = juleicaOutcome(expired, present("p", ["f1", "f2"]), {
      sessions: furtherTraining,
      requiredUnits: 11,
    });
    expect(result.outcome).toEqual({
      status: "not_granted",
      missing: [
        { code: "units", requiredUnits: 40, attendedUnits: 11 },
        { code: "requires", typeSlug: "erste-hilfe", maxAgeMonths: 24 },
      ],
    });
  });
});

describe("first aid and trainings without a qualification", () => {
  it("a first-aid course of 9 units grants first aid, valid without an expiry", () => {
    const [result] = closingResults({
      qualification: FIRST_AID,
      requiredUnits: 9,
      sessions: [{ id: "a", units: 9, day: "2026-12-05" }],
      attendance: present("p", ["a"]),
      participants: [person({ held: [firstAid("2020-01-01")] })],
    });
    expect(result!.outcome).toEqual({
      status: "granted",
      isRenewal: false,
      validFrom: "2026-12-05",
      validUntil: null,
    });
  });

  it("a training without a qualification only counts attendance", () => {
    const results = closingResults({
      qualification: null,
      requiredUnits: 0,
      sessions: [{ id: "a", units: 3, day: "2026-12-05" }],
      attendance: present("p", ["a"]),
      participants: [person(), person({ personId: "q" })],
    });
    expect(results).toEqual([
      { personId: "p", attendedUnits: 3, outcome: { status: "no_qualification" } },
      { personId: "q", attendedUnits: 0, outcome: { status: "no_qualification" } },
    ]);
  });
});

describe("birthDateForRules", () => {
  it.each([
    [{ birthDate: "2010-03-04", birthYear: 2010 }, "2010-03-04"],
    [{ birthDate: null, birthYear: 2010 }, "2010-12-31"],
  ])("%o → %s", (p, expected) => {
    expect(birthDateForRules(p)).toBe(expected);
  });
});
