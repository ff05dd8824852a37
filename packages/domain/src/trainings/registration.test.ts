import { describe, expect, it } from "vitest";
import {
  calendarFeedSince,
  calendarSpan,
  canCancel,
  canRegister,
  registrationClosedReason,
  registrationStatusFor,
  startOfBerlinDay,
  TrainingCalendarInput,
  TrainingRef,
  waitingToPromote,
} from "./registration.ts";
import { TRAINING_TOPICS } from "./training.schema.ts";

const at = (iso: string) => new Date(iso);
const training = {
  status: "published",
  registrationDeadline: at("2026-12-01T23:00:00Z"),
  startsAt: at("2026-12-05T08:00:00Z"),
};

describe("canRegister", () => {
  it.each([
    ["a published training before its deadline", training, null, "2026-11-24T09:00:00Z", null],
    [
      "after a cancelled registration",
      training,
      { status: "cancelled" as const },
      "2026-11-24T09:00:00Z",
      null,
    ],
    ["a draft", { ...training, status: "draft" }, null, "2026-11-24T09:00:00Z", "not_published"],
    [
      "a cancelled training",
      { ...training, status: "cancelled" },
      null,
      "2026-11-24T09:00:00Z",
      "not_published",
    ],
    [
      "a training without sessions",
      { ...training, startsAt: null },
      null,
      "2026-11-24T09:00:00Z",
      "no_sessions",
    ],
    [
      "a second time",
      training,
      { status: "waiting" as const },
      "2026-11-24T09:00:00Z",
      "already_registered",
    ],
    ["at the deadline", training, null, "2026-12-01T23:00:00Z", "deadline_passed"],
    ["once it has begun", training, null, "2026-12-05T08:00:00Z", "training_started"],
    [
      "when the deadline lies after the start",
      { ...training, registrationDeadline: at("2026-12-06T00:00:00Z") },
      null,
      "2026-12-05T09:00:00Z",
      "training_started",
    ],
  ])("%s", (_, subject, open, now, reason) => {
    expect(canRegister(subject, open, at(now))).toEqual(
      reason === null ? { ok: true } : { ok: false, reason },
    );
  });
});

describe("canCancel", () => {
  it("allows cancelling until the first session begins", () => {
    expect(canCancel(training, at("2026-12-05T07:59:59Z"))).toEqual({ ok: true });
    expect(canCancel(training, at("2026-12-05T08:00:00Z"))).toEqual({
      ok: false,
      reason: "training_started",
    });
    expect(canCancel({ startsAt: null }, at("2026-12-05T08:00:00Z"))).toEqual({ ok: true });
  });
});

describe("places and the waiting list", () => {
  it("confirms while places are free, then puts people on the waiting list", () => {
    expect(registrationStatusFor(5, 0)).toBe("confirmed");
    expect(registrationStatusFor(5, 4)).toBe("confirmed");
    expect(registrationStatusFor(5, 5)).toBe("waiting");
    expect(registrationStatusFor(0, 0)).toBe("waiting");
  });

  const waiting = [
    { id: "d", createdAt: at("2026-11-20T10:00:03Z") },
    { id: "c", createdAt: at("2026-11-20T10:00:02Z") },
    { id: "b", createdAt: at("2026-11-20T10:00:01Z") },
    { id: "a", createdAt: at("2026-11-20T10:00:01Z") },
  ];

  it.each([
    [5, 4, ["a"]],
    [8, 5, ["a", "b", "c"]],
    [10, 2, ["a", "b", "c", "d"]],
    [5, 5, []],
    [3, 5, []],
  ])("capacity %i with %i confirmed moves up %j", (capacity, confirmed, expected) => {
    expect(waitingToPromote(capacity, confirmed, waiting).map((w) => w.id)).toEqual(expected);
  });
});

describe("the calendar's dates", () => {
  it("starts a Berlin day at local midnight, in winter and in summer", () => {
    expect(startOfBerlinDay("2026-11-24").toISOString()).toBe("2026-11-23T23:00:00.000Z");
    expect(startOfBerlinDay("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    // The days the clocks change.
    expect(startOfBerlinDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfBerlinDay("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });

  it("reads from today on without dates, and includes the whole last day", () => {
    expect(calendarSpan({}, "2026-11-24")).toEqual({
      from: at("2026-11-23T23:00:00Z"),
      until: null,
    });
    expect(calendarSpan({ from: "2026-12-01", to: "2026-12-31" }, "2026-11-24")).toEqual({
      from: at("2026-11-30T23:00:00Z"),
      until: at("2026-12-31T23:00:00Z"),
    });
  });

  it("keeps the feed's last 30 days", () => {
    expect(calendarFeedSince(at("2026-11-24T09:00:00Z")).toISOString()).toBe(
      "2026-10-25T09:00:00.000Z",
    );
  });
});

describe("TrainingCalendarInput", () => {
  it("takes filters and defaults", () => {
    expect(TrainingCalendarInput.parse({})).toEqual({ onlyWithPlaces: false, limit: 20 });
    const topic = TRAINING_TOPICS[0];
    expect(
      TrainingCalendarInput.parse({ topic, from: "2026-12-01", onlyWithPlaces: true }),
    ).toMatchObject({ topic, from: "2026-12-01", onlyWithPlaces: true });
  });

  it.each([
    [{ topic: "kochen" }, "topic"],
    [{ from: "1.12.2026" }, "from"],
    [{ from: "2026-12-10", to: "2026-12-01" }, "to"],
    [{ limit: 500 }, "limit"],
    [{ onlyWithPlaces: "ja" }, "onlyWithPlaces"],
  ])("refuses %j at the field %s", (input, field) => {
    const result = TrainingCalendarInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it("names a training by its id", () => {
    expect(TrainingRef.safeParse({ trainingId: "nope" }).success).toBe(false);
    expect(
      TrainingRef.safeParse({ trainingId: "00000000-0000-4000-8000-000000000001" }).success,
    ).toBe(true);
  });
});

describe("registrationClosedReason", () => {
  it("is null while anyone may register, else says why not", () => {
    expect(registrationClosedReason(training, at("2026-11-24T09:00:00Z"))).toBeNull();
    expect(registrationClosedReason(training, at("2026-12-02T09:00:00Z"))).toBe("deadline_passed");
    expect(registrationClosedReason({ ...training, status: "closed" }, at("2026-11-24"))).toBe(
      "not_published",
    );
  });
});
