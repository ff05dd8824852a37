import { describe, expect, it } from "vitest";
import {
  canMoveTraining,
  isTrainingEditable,
  nextTrainingStatuses,
  TrainingEditorInput,
  TrainingUpdateInput,
  type TrainingStatus,
} from "./training.schema.ts";
import { RecordAttendanceInput } from "./admin.schema.ts";

const at = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`);

/** A Juleica basic course: 5 days of 8 units (6 hours of teaching each). */
function juleicaCourse() {
  return {
    organisationId: null,
    title: "Juleica-Grundkurs",
    description: "Der Grundkurs für Jugendleiterinnen und Jugendleiter.",
    audience: "Ab 16 Jahren",
    topic: "jugendleitung",
    qualificationTypeSlug: "juleica",
    requiredUnits: 40,
    trainer: "Kreisjugendring Göppingen",
    place: "Jugendhaus, Poststraße 6",
    onlineUrl: null,
    capacity: 16,
    registrationDeadline: at("2026-12-01", "12:00"),
    costCents: 4500,
    sessions: ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"].map((day) => ({
      startsAt: at(day, "09:00"),
      endsAt: at(day, "16:00"),
      units: 8,
    })),
  };
}

const pathsOf = (input: unknown) =>
  TrainingEditorInput.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];

describe("TrainingEditorInput", () => {
  it("accepts a complete course and keeps its fields", () => {
    const parsed = TrainingEditorInput.parse(juleicaCourse());
    expect(parsed.sessions).toHaveLength(5);
    expect(parsed.costCents).toBe(4500);
  });

  it.each([
    ["a place only", { place: "Rathaus", onlineUrl: null }, []],
    ["an online link only", { place: null, onlineUrl: "https://meet.example.org/raum" }, []],
    ["both (hybrid)", { onlineUrl: "https://meet.example.org/raum" }, []],
    ["neither", { place: null, onlineUrl: null }, ["place"]],
    ["an unencrypted link", { place: null, onlineUrl: "http://meet.example.org" }, ["onlineUrl"]],
    ["a link without a host", { place: null, onlineUrl: "https://" }, ["onlineUrl"]],
    ["0 places", { capacity: 0 }, ["capacity"]],
    ["1 place", { capacity: 1 }, []],
    ["500 places", { capacity: 500 }, []],
    ["501 places", { capacity: 501 }, ["capacity"]],
    ["negative cost", { costCents: -1 }, ["costCents"]],
    ["free of charge", { costCents: 0 }, []],
    ["cost with a fraction of a cent", { costCents: 10.5 }, ["costCents"]],
    ["a short title", { title: "Kurs" }, ["title"]],
    ["no trainer", { trainer: " " }, ["trainer"]],
    ["an unknown topic", { topic: "segeln" }, ["topic"]],
  ])("%s", (_, patch, expected) => {
    expect(pathsOf({ ...juleicaCourse(), ...patch })).toEqual(expected);
  });

  it.each([
    ["a minute before the first session", "08:59", []],
    ["at the start of the first session", "09:00", ["registrationDeadline"]],
    ["after it", "10:00", ["registrationDeadline"]],
  ])("a registration deadline %s", (_, time, expected) => {
    const course = juleicaCourse();
    expect(pathsOf({ ...course, registrationDeadline: at("2026-12-07", time) })).toEqual(expected);
  });

  it("compares the deadline with the earliest session, whatever their order", () => {
    const course = juleicaCourse();
    const sessions = [...course.sessions].reverse();
    expect(
      pathsOf({ ...course, sessions, registrationDeadline: at("2026-12-08", "08:00") }),
    ).toEqual(["registrationDeadline"]);
  });

  it.each([
    ["none", 0, ["sessions"]],
    ["one", 1, []],
    ["twenty", 20, []],
    ["twenty-one", 21, ["sessions"]],
  ])("%s sessions", (_, count, expected) => {
    const sessions = Array.from({ length: count }, (_, i) => ({
      startsAt: at(`2026-12-${String(10 + (i % 18)).padStart(2, "0")}`, "09:00"),
      endsAt: at(`2026-12-${String(10 + (i % 18)).padStart(2, "0")}`, "10:00"),
      units: 1,
    }));
    expect(
      pathsOf({ ...juleicaCourse(), qualificationTypeSlug: null, requiredUnits: 0, sessions }),
    ).toEqual(expected);
  });

  it.each([
    [
      "ends before it starts",
      { startsAt: at("2026-12-07", "10:00"), endsAt: at("2026-12-07", "09:00"), units: 1 },
      ["sessions.0.endsAt"],
    ],
    [
      "ends as it starts",
      { startsAt: at("2026-12-07", "10:00"), endsAt: at("2026-12-07", "10:00"), units: 1 },
      ["sessions.0.endsAt"],
    ],
    [
      "0 units",
      { startsAt: at("2026-12-07", "09:00"), endsAt: at("2026-12-07", "10:00"), units: 0 },
      ["sessions.0.units"],
    ],
    [
      "21 units",
      { startsAt: at("2026-12-07", "00:00"), endsAt: at("2026-12-07", "23:59"), units: 21 },
      ["sessions.0.units"],
    ],
    [
      "2 units in 90 minutes",
      { startsAt: at("2026-12-07", "09:00"), endsAt: at("2026-12-07", "10:30"), units: 2 },
      [],
    ],
    [
      "3 units in 90 minutes",
      { startsAt: at("2026-12-07", "09:00"), endsAt: at("2026-12-07", "10:30"), units: 3 },
      ["sessions.0.units"],
    ],
    [
      "1 unit in 30 minutes",
      { startsAt: at("2026-12-07", "09:00"), endsAt: at("2026-12-07", "09:30"), units: 1 },
      ["sessions.0.units"],
    ],
  ])("a session that %s", (_, session, expected) => {
    expect(
      pathsOf({
        ...juleicaCourse(),
        qualificationTypeSlug: null,
        requiredUnits: 0,
        sessions: [session],
      }),
    ).toEqual(expected);
  });

  it.each([
    ["39 of 40 units needed", 39, []],
    ["all 40 units needed", 40, []],
    ["41 units needed, 40 offered", 41, ["requiredUnits"]],
    ["no units needed for a qualification", 0, ["requiredUnits"]],
  ])("a qualification with %s", (_, requiredUnits, expected) => {
    expect(pathsOf({ ...juleicaCourse(), requiredUnits })).toEqual(expected);
  });

  it("says in German what is wrong", () => {
    const result = TrainingEditorInput.safeParse({
      ...juleicaCourse(),
      place: null,
      requiredUnits: 41,
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Bitte einen Ort oder einen Online-Link angeben.",
      "Die Termine ergeben zusammen nur 40 Unterrichtseinheiten; nötig wären 41.",
    ]);
  });

  it("refuses the same session twice in an update", () => {
    const id = "5f0c7a52-3b1e-4c8f-9a0d-2f5e8b6c1d40";
    const course = juleicaCourse();
    const result = TrainingUpdateInput.safeParse({
      ...course,
      trainingId: "0b7f3a4c-9d2e-4f1a-8b6c-5e3d2a1f0c9b",
      sessions: course.sessions.map((s) => ({ ...s, id })),
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["sessions"]);
  });
});

describe("training status", () => {
  it.each([
    ["draft", ["published", "cancelled"], true],
    ["published", ["cancelled", "closed"], true],
    ["cancelled", [], false],
    ["closed", [], false],
  ] as const)("from %s", (from: TrainingStatus, next, editable) => {
    expect(nextTrainingStatuses(from)).toEqual(next);
    expect(isTrainingEditable(from)).toBe(editable);
  });

  it("never closes a draft or reopens a closed training", () => {
    expect(canMoveTraining("draft", "closed")).toBe(false);
    expect(canMoveTraining("closed", "published")).toBe(false);
    expect(canMoveTraining("published", "closed")).toBe(true);
  });
});

describe("RecordAttendanceInput", () => {
  const person = "5f0c7a52-3b1e-4c8f-9a0d-2f5e8b6c1d40";
  const ids = { trainingId: person, sessionId: person };
  it("takes each person once", () => {
    expect(
      RecordAttendanceInput.safeParse({
        ...ids,
        entries: [
          { personId: person, isPresent: true },
          { personId: person, isPresent: false },
        ],
      }).success,
    ).toBe(false);
    expect(
      RecordAttendanceInput.safeParse({ ...ids, entries: [{ personId: person, isPresent: true }] })
        .success,
    ).toBe(true);
  });
});
