import { describe, expect, it } from "vitest";
import {
  ADMIN_ONLY_EVENT_KINDS,
  canCancelNetworkRegistration,
  isNetworkEventOpen,
  NETWORK_EVENT_KINDS,
  NetworkEventInput,
  NetworkEventQuery,
  networkEventRegistrationRefusal,
  type NetworkEventStatus,
} from "./event.schema.ts";

const at = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`);

/** An exchange meeting in Göppingen: one afternoon, registration until the week before. */
function exchangeMeeting() {
  return {
    kind: "exchange_meeting",
    title: "Austauschtreffen Ehrenamtskoordination",
    description: "Wie gewinnen wir junge Menschen für das Engagement? Drei Städte berichten.",
    agenda: "14:00 Ankommen\n14:30 Impulse\n16:00 Austausch in Gruppen",
    federalState: null,
    startsAt: at("2026-12-10", "14:00"),
    endsAt: at("2026-12-10", "17:30"),
    place: "Rathaus Göppingen, Sitzungssaal",
    onlineUrl: null,
    capacity: 30,
    registrationDeadline: at("2026-12-03", "12:00"),
    contactEmail: "Netzwerk@Goeppingen.example",
  };
}

const pathsOf = (input: unknown) =>
  NetworkEventInput.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];

describe("NetworkEventInput", () => {
  it("accepts a complete event and normalises the contact address", () => {
    const parsed = NetworkEventInput.parse(exchangeMeeting());
    expect(parsed.contactEmail).toBe("netzwerk@goeppingen.example");
    expect(parsed.startsAt).toEqual(at("2026-12-10", "14:00"));
  });

  it.each([
    [
      "a deadline equal to the start",
      { registrationDeadline: at("2026-12-10", "14:00") },
      [] as string[],
    ],
    [
      "a deadline one minute after the start",
      { registrationDeadline: at("2026-12-10", "14:01") },
      ["registrationDeadline"],
    ],
    ["an end before the start", { endsAt: at("2026-12-10", "13:00") }, ["endsAt"]],
    ["an end equal to the start", { endsAt: at("2026-12-10", "14:00") }, ["endsAt"]],
    ["an end one minute after the start", { endsAt: at("2026-12-10", "14:01") }, []],
    ["a place only", { place: "Stadthalle", onlineUrl: null }, []],
    ["an online link only", { place: null, onlineUrl: "https://meet.example.org/netzwerk" }, []],
    ["both (hybrid)", { onlineUrl: "https://meet.example.org/netzwerk" }, []],
    ["neither place nor link", { place: null, onlineUrl: null }, ["place"]],
    ["an unencrypted link", { place: null, onlineUrl: "http://meet.example.org" }, ["onlineUrl"]],
    ["a place of two letters", { place: "Ab" }, ["place"]],
    ["a regional meeting without a state", { kind: "regional_meeting" }, ["federalState"]],
    [
      "a regional meeting with its state",
      { kind: "regional_meeting", federalState: "Baden-Württemberg" },
      [],
    ],
    ["an unknown state", { federalState: "Schwaben" }, ["federalState"]],
    ["an unknown kind", { kind: "party" }, ["kind"]],
    ["0 places", { capacity: 0 }, ["capacity"]],
    ["1 place", { capacity: 1 }, []],
    ["2000 places", { capacity: 2000 }, []],
    ["2001 places", { capacity: 2001 }, ["capacity"]],
    ["half a place", { capacity: 2.5 }, ["capacity"]],
    ["a short title", { title: "Kurz" }, ["title"]],
    ["a bad contact address", { contactEmail: "netzwerk@" }, ["contactEmail"]],
  ])("%s", (_name, change, paths) => {
    expect(pathsOf({ ...exchangeMeeting(), ...change })).toEqual(paths);
  });

  it("names every problem at once, each at its field", () => {
    expect(
      pathsOf({
        ...exchangeMeeting(),
        kind: "regional_meeting",
        place: null,
        endsAt: at("2026-12-10", "12:00"),
        registrationDeadline: at("2026-12-11", "12:00"),
      }).sort(),
    ).toEqual(["endsAt", "federalState", "place", "registrationDeadline"]);
  });

  it("says in German what is wrong", () => {
    const issues = NetworkEventInput.safeParse({ ...exchangeMeeting(), place: null }).error!.issues;
    expect(issues[0]!.message).toBe("Bitte einen Ort oder einen Online-Link angeben.");
  });
});

describe("event kinds", () => {
  it("leaves only the national meeting to the network's admins", () => {
    expect(ADMIN_ONLY_EVENT_KINDS).toEqual(["national_meeting"]);
    expect(NETWORK_EVENT_KINDS).toHaveLength(4);
  });
});

describe("NetworkEventQuery", () => {
  it("lists upcoming events unless past ones are asked for", () => {
    expect(NetworkEventQuery.parse({}).when).toBe("upcoming");
    expect(NetworkEventQuery.parse({ when: "past" }).when).toBe("past");
    expect(NetworkEventQuery.safeParse({ when: "soon" }).success).toBe(false);
  });
});

describe("registration window", () => {
  const event = {
    status: "published" as NetworkEventStatus,
    registrationDeadline: at("2026-12-03", "12:00"),
    startsAt: at("2026-12-10", "14:00"),
  };

  it.each([
    ["a week before the deadline", event, at("2026-11-26", "12:00"), null],
    ["at the deadline", event, at("2026-12-03", "12:00"), null],
    ["a minute after the deadline", event, at("2026-12-03", "12:01"), "deadline_passed"],
    ["once it has begun", event, at("2026-12-10", "14:00"), "started"],
    [
      "at the start when the deadline is the start",
      { ...event, registrationDeadline: event.startsAt },
      at("2026-12-10", "14:00"),
      "started",
    ],
    [
      "a minute before the start when the deadline is the start",
      { ...event, registrationDeadline: event.startsAt },
      at("2026-12-10", "13:59"),
      null,
    ],
    ["a draft", { ...event, status: "draft" as const }, at("2026-11-26", "12:00"), "not_published"],
    [
      "a cancelled event",
      { ...event, status: "cancelled" as const },
      at("2026-11-26", "12:00"),
      "cancelled",
    ],
  ])("%s", (_name, e, now, refusal) => {
    expect(networkEventRegistrationRefusal(e, now)).toBe(refusal);
    // The refusal and the plain "is it open" answer never disagree.
    expect(isNetworkEventOpen(e, now)).toBe(refusal === null);
  });

  it("lets a member cancel until the event begins, not after or once it is cancelled", () => {
    expect(canCancelNetworkRegistration(event, at("2026-12-10", "13:59"))).toBe(true);
    expect(canCancelNetworkRegistration(event, at("2026-12-10", "14:00"))).toBe(false);
    expect(
      canCancelNetworkRegistration({ ...event, status: "cancelled" }, at("2026-12-01", "12:00")),
    ).toBe(false);
  });
});
