import { describe, expect, it } from "vitest";
import {
  canChangeShift,
  freePlaces,
  isReminderDue,
  nextInLine,
  ShiftRef,
  ShiftRequestInput,
  shiftSignupDecision,
} from "./shifts.ts";

describe("shift sign-ups", () => {
  it("confirms while places are free and puts the rest on the waiting list", () => {
    expect(shiftSignupDecision(5, 0)).toBe("confirmed");
    expect(shiftSignupDecision(5, 4)).toBe("confirmed");
    expect(shiftSignupDecision(5, 5)).toBe("waiting");
    expect(shiftSignupDecision(5, 7)).toBe("waiting");
  });

  it("gives a freed place to the first who waits, by time of sign-up", () => {
    const at = (iso: string) => new Date(iso);
    const waiting = [
      { id: "c", createdAt: at("2026-11-20T10:00:02Z") },
      { id: "b", createdAt: at("2026-11-20T10:00:01Z") },
      { id: "a", createdAt: at("2026-11-20T10:00:01Z") },
    ];
    expect(nextInLine(waiting)?.id).toBe("a");
    expect(nextInLine([])).toBeNull();
  });

  it("refuses changes once the shift has begun", () => {
    const shift = { startsAt: new Date("2026-11-28T08:00:00Z") };
    expect(canChangeShift(shift, new Date("2026-11-28T07:59:59Z"))).toEqual({ ok: true });
    expect(canChangeShift(shift, new Date("2026-11-28T08:00:00Z"))).toEqual({
      ok: false,
      reason: "shift_started",
    });
    expect(canChangeShift(shift, new Date("2026-11-29T08:00:00Z")).ok).toBe(false);
  });

  it("never shows negative free places", () => {
    expect(freePlaces(5, 2)).toBe(3);
    expect(freePlaces(3, 5)).toBe(0);
  });

  it("is due for a reminder from the Berlin day before the shift until it begins", () => {
    // 08:30 Berlin on 28 November (UTC+1).
    const shift = { startsAt: new Date("2026-11-28T07:30:00Z") };
    expect(isReminderDue(shift, new Date("2026-11-26T22:59:00Z"))).toBe(false); // 23:59 on the 26th
    expect(isReminderDue(shift, new Date("2026-11-26T23:00:00Z"))).toBe(true); // 00:00 on the 27th
    expect(isReminderDue(shift, new Date("2026-11-27T17:00:00Z"))).toBe(true);
    expect(isReminderDue(shift, new Date("2026-11-28T07:30:00Z"))).toBe(false);
  });

  it("follows summer time for the Berlin day", () => {
    // 00:30 Berlin on 1 July (UTC+2) is still 30 June in UTC.
    const shift = { startsAt: new Date("2026-06-30T22:30:00Z") };
    expect(isReminderDue(shift, new Date("2026-06-29T21:59:00Z"))).toBe(false);
    expect(isReminderDue(shift, new Date("2026-06-29T22:00:00Z"))).toBe(true);
  });

  it("rejects a malformed shift reference", () => {
    expect(ShiftRef.safeParse({ shiftId: "nope" }).success).toBe(false);
    expect(ShiftRef.safeParse({}).success).toBe(false);
  });
});

describe("ShiftRequestInput", () => {
  const valid = {
    shiftId: "00000000-0000-4000-8000-000000000001",
    firstName: " Alex ",
    lastName: "Muster",
    email: "alex@people.example",
    birthYear: 1990,
    hasConsented: true,
  };

  it("takes a visitor's details and trims names", () => {
    expect(ShiftRequestInput.parse(valid).firstName).toBe("Alex");
  });

  it("needs consent and sound details", () => {
    for (const change of [
      { hasConsented: false },
      { email: "kein-at" },
      { birthYear: 1800 },
      { firstName: "" },
      { shiftId: "nope" },
    ]) {
      expect(ShiftRequestInput.safeParse({ ...valid, ...change }).success).toBe(false);
    }
  });
});
