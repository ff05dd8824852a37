import { testDatabaseKinds } from "@engagiert/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testClient } from "../testing.ts";
import { codeOf, failureOf, hoursWorld, type HoursWorld } from "./hours-fixture.ts";

describe.each(testDatabaseKinds())("hours: who sees what, and bad input on %s", (kind) => {
  let w: HoursWorld;
  beforeAll(async () => {
    w = await hoursWorld(kind);
  });
  afterAll(() => w.database.drop());

  it("keeps each organisation to its own entries and each city to its own", async () => {
    const v = await w.volunteer();
    const other = await w.volunteer();
    const atA = await w.engagement(v.personId, "A");
    const atB = await w.engagement(v.personId, "B");
    await v.caller.hours.log({
      engagementId: atA,
      workedOn: "2026-11-02",
      minutes: 60,
      activity: "Vorlesen",
    });
    await v.caller.hours.log({
      engagementId: atB,
      workedOn: "2026-11-02",
      minutes: 90,
      activity: "Kochen",
    });
    const [ofA, ofB] = await w.entriesOf(v.personId);

    const queueB = await w.staffB.hours.queue({ personId: v.personId, limit: 10 });
    expect(queueB.items.map((i) => i.id)).toEqual([ofB!.id]);
    expect(await codeOf(w.staffB.hours.queue({ organisationId: w.a.orgA.id, limit: 10 }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(w.staffB.hours.approve({ entryId: ofA!.id }))).toBe("FORBIDDEN");
    expect(await codeOf(w.staffB.hours.return({ entryId: ofA!.id, comment: "Bitte prüfen" }))).toBe(
      "FORBIDDEN",
    );
    expect(await w.staffB.hours.approveMany({ entryIds: [ofA!.id] })).toEqual({ approved: 0 });
    expect(await codeOf(w.staffB.hours.history({ engagementId: atA, limit: 10 }))).toBe(
      "FORBIDDEN",
    );
    const personHistory = await w.staffB.hours.history({ personId: v.personId, limit: 10 });
    expect(personHistory.items.map((i) => i.id)).toEqual([ofB!.id]);
    expect(
      await codeOf(
        w.staffB.hours.logFor({
          engagementId: atA,
          workedOn: "2026-11-03",
          minutes: 5,
          activity: "Test",
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await codeOf(w.staffB.hours.history({ personId: other.personId, limit: 10 }))).toBe(
      "FORBIDDEN",
    );

    // The coordination office sees the whole city; another city never sees it.
    const cityQueue = await w.coordA.hours.queue({ personId: v.personId, limit: 10 });
    expect(cityQueue.items.map((i) => i.id).sort()).toEqual([ofA!.id, ofB!.id].sort());
    expect((await w.coordB.hours.queue({ personId: v.personId, limit: 10 })).items).toEqual([]);
    expect(await codeOf(w.coordB.hours.approve({ entryId: ofA!.id }))).toBe("NOT_FOUND");
    expect(await w.coordB.hours.approveMany({ entryIds: [ofA!.id, ofB!.id] })).toEqual({
      approved: 0,
    });
    expect(await codeOf(w.coordB.hours.history({ engagementId: atA, limit: 10 }))).toBe(
      "NOT_FOUND",
    );

    // Volunteers touch only their own hours and never the staff side.
    const edit = { entryId: ofA!.id, workedOn: "2026-11-02", minutes: 5, activity: "Fremd" };
    expect(await codeOf(other.caller.hours.update(edit))).toBe("FORBIDDEN");
    expect(await codeOf(other.caller.hours.remove({ entryId: ofA!.id }))).toBe("FORBIDDEN");
    expect(await codeOf(other.caller.hours.log({ ...edit, engagementId: atA }))).toBe("FORBIDDEN");
    expect(
      await codeOf(other.caller.hours.remaining({ engagementId: atA, workedOn: "2026-11-02" })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(v.caller.hours.queue({ limit: 10 }))).toBe("FORBIDDEN");
    expect(await codeOf(v.caller.hours.approveMany({ entryIds: [ofA!.id] }))).toBe("FORBIDDEN");
    expect(await codeOf(w.staffA.hours.log({ ...edit, engagementId: atA }))).toBe("FORBIDDEN");
    const anonymous = await testClient(w.database.db, "stadt-a").call();
    expect(await codeOf(anonymous.hours.mine({ limit: 10 }))).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.hours.queue({ limit: 10 }))).toBe("UNAUTHORIZED");

    expect((await w.entriesOf(v.personId)).map((e) => [e.status, e.minutes])).toEqual([
      ["pending", 60],
      ["pending", 90],
    ]);
  });

  it("answers bad input with 400 and a message per field, and changes nothing", async () => {
    const v = await w.volunteer();
    const atA = await w.engagement(v.personId, "A");
    await v.caller.hours.log({
      engagementId: atA,
      workedOn: "2026-11-01",
      minutes: 60,
      activity: "Vorlesen",
    });
    const [entry] = await w.entriesOf(v.personId);
    const good = { engagementId: atA, workedOn: "2026-11-02", minutes: 60, activity: "Vorlesen" };
    const cases: [string, unknown, string][] = [
      ["a huge activity", { ...good, activity: "a".repeat(100_000) }, "activity"],
      ["an empty activity", { ...good, activity: "   " }, "activity"],
      ["negative minutes", { ...good, minutes: -30 }, "minutes"],
      ["no minutes", { ...good, minutes: 0 }, "minutes"],
      ["more than a day", { ...good, minutes: 1441 }, "minutes"],
      ["minutes as text", { ...good, minutes: "60" }, "minutes"],
      ["parts of a minute", { ...good, minutes: 1.5 }, "minutes"],
      ["a date that does not exist", { ...good, workedOn: "2026-02-30" }, "workedOn"],
      ["a date in another format", { ...good, workedOn: "24.11.2026" }, "workedOn"],
      ["a huge date", { ...good, workedOn: "2".repeat(100_000) }, "workedOn"],
      ["an id that is a number", { ...good, engagementId: 42 }, "engagementId"],
      [
        "an id that is SQL",
        { ...good, engagementId: "x'; drop table hour_entries;--" },
        "engagementId",
      ],
    ];
    for (const [label, input, field] of cases) {
      const failure = await failureOf(v.caller.hours.log(input as never));
      expect(failure.code, label).toBe("BAD_REQUEST");
      expect(Object.keys(failure.fieldErrors), label).toContain(field);
      expect(failure.fieldErrors[field]![0], label).toMatch(/\w/);
      const update = { ...(input as object), entryId: entry!.id, engagementId: undefined };
      // A correction may set the minutes to 0 (nothing was done after all).
      if (field !== "engagementId" && label !== "no minutes") {
        expect(await codeOf(v.caller.hours.update(update as never)), label).toBe("BAD_REQUEST");
        expect(
          await codeOf(w.staffA.hours.correct({ ...(update as object), reason: "Grund" } as never)),
          label,
        ).toBe("BAD_REQUEST");
      }
    }
    for (const garbage of [undefined, null, 42, "x", [], { entryId: "nope" }]) {
      expect(await codeOf(v.caller.hours.remove(garbage as never))).toBe("BAD_REQUEST");
      expect(await codeOf(w.staffA.hours.approve(garbage as never))).toBe("BAD_REQUEST");
    }
    const staffCases: [Promise<unknown>, string][] = [
      [w.staffA.hours.return({ entryId: entry!.id, comment: "" }), "comment"],
      [w.staffA.hours.return({ entryId: entry!.id, comment: "x".repeat(10_000) }), "comment"],
      [w.staffA.hours.approveMany({ entryIds: [] }), "entryIds"],
      [w.staffA.hours.approveMany({ entryIds: Array(101).fill(entry!.id) }), "entryIds"],
      [w.staffA.hours.approveMany({ entryIds: "all" } as never), "entryIds"],
      [w.staffA.hours.queue({ month: "2026-13", limit: 10 }), "month"],
      [w.staffA.hours.queue({ limit: 1e9 }), "limit"],
      [w.staffA.hours.history({ limit: 10 }), "engagementId"],
      [
        w.staffA.hours.correct({
          entryId: entry!.id,
          workedOn: "2026-11-01",
          minutes: -1,
          activity: "Lesen",
          reason: "Grund",
        }),
        "minutes",
      ],
      [
        w.staffA.hours.correct({
          entryId: entry!.id,
          workedOn: "2026-11-01",
          minutes: 30,
          activity: "Lesen",
          reason: "",
        }),
        "reason",
      ],
      [w.staffA.hours.logFor({ ...good, approve: "yes" } as never), "approve"],
    ];
    for (const [call, field] of staffCases) {
      const failure = await failureOf(call);
      expect(failure.code, field).toBe("BAD_REQUEST");
      expect(Object.keys(failure.fieldErrors), field).toContain(field);
    }
    // A tampered cursor reads as the first page, never as an error.
    const tampered = await w.staffA.hours.queue({
      personId: v.personId,
      limit: 10,
      cursor: "WyIyMDI2LTEzLTQ1IiwieCJd",
    });
    expect(tampered.items.map((i) => i.id)).toEqual([entry!.id]);
    expect(await w.entriesOf(v.personId)).toEqual([entry]);
  });
});
