import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { hourEntries } from "@engagiert/db/schema";
import { testDatabaseKinds } from "@engagiert/db/testing";
import type { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../trpc.ts";
import { failureOf, hoursWorld, type HoursWorld } from "./hours-fixture.ts";

describe.each(testDatabaseKinds())("hours on %s", (kind) => {
  let w: HoursWorld;
  beforeAll(async () => {
    w = await hoursWorld(kind);
  });
  afterAll(() => w.database.drop());

  it("counts 24 hours a day across all engagements of a person", async () => {
    const v = await w.volunteer();
    const atA = await w.engagement(v.personId, "A");
    const atB = await w.engagement(v.personId, "B");
    const day = "2026-11-20";
    await v.caller.hours.log({ engagementId: atA, workedOn: day, minutes: 600, activity: "Lesen" });
    expect(await v.caller.hours.remaining({ engagementId: atB, workedOn: day })).toMatchObject({
      remainingMinutes: 840,
      isFuture: false,
      wasActive: true,
    });
    await v.caller.hours.log({
      engagementId: atB,
      workedOn: day,
      minutes: 840,
      activity: "Kochen",
    });
    const over = await failureOf(
      v.caller.hours.log({ engagementId: atA, workedOn: day, minutes: 1, activity: "Lesen" }),
    );
    expect(over).toMatchObject({ code: "CONFLICT", reason: "day_full" });
    // Staff logging for the person meet the same day.
    const forThem = await failureOf(
      w.staffA.hours.logFor({
        engagementId: atA,
        workedOn: day,
        minutes: 30,
        activity: "Nachtrag",
      }),
    );
    expect(forThem.reason).toBe("day_full");
    // Another day is free again; a returned entry frees its minutes.
    await v.caller.hours.log({
      engagementId: atA,
      workedOn: "2026-11-21",
      minutes: 1440,
      activity: "Fest",
    });
    const [, , full] = await w.entriesOf(v.personId);
    await w.staffA.hours.return({ entryId: full!.id, comment: "Bitte die Pausen abziehen." });
    expect(
      (await v.caller.hours.remaining({ engagementId: atB, workedOn: "2026-11-21" }))
        .remainingMinutes,
    ).toBe(1440);
    expect((await w.entriesOf(v.personId)).map((e) => e.minutes)).toEqual([600, 840, 1440]);
  });

  it("lets only 24 hours through when entries for one day arrive at the same time", async () => {
    const v = await w.volunteer();
    const atA = await w.engagement(v.personId, "A");
    const atB = await w.engagement(v.personId, "B");
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        v.caller.hours.log({
          engagementId: i % 2 === 0 ? atA : atB,
          workedOn: "2026-11-19",
          minutes: 180,
          activity: `Einsatz ${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(8);
    for (const r of results.filter((r) => r.status === "rejected")) {
      const reason = (r as PromiseRejectedResult).reason as TRPCError;
      expect((reason.cause as Problem).reason).toBe("day_full");
    }
    const rows = await w.entriesOf(v.personId);
    expect(rows.reduce((sum, r) => sum + r.minutes, 0)).toBe(1440);
  });

  it("refuses future days and days on which the engagement did not run", async () => {
    const v = await w.volunteer();
    const active = await w.engagement(v.personId, "A");
    const ended = await w.engagement(v.personId, "A", {
      status: "ended",
      endedAt: new Date("2026-06-30T12:00:00Z"),
      statusChangedAt: new Date("2026-06-30T12:00:00Z"),
    });
    const applied = await w.engagement(v.personId, "A", { status: "onboarding", startedAt: null });
    const entry = { minutes: 60, activity: "Vorlesen" };
    const future = await failureOf(
      v.caller.hours.log({ ...entry, engagementId: active, workedOn: "2026-11-25" }),
    );
    expect(future).toMatchObject({ code: "BAD_REQUEST", reason: "future_date" });
    for (const [engagementId, workedOn] of [
      [active, "2026-01-09"],
      [ended, "2026-07-01"],
      [applied, "2026-11-20"],
    ] as const) {
      const refused = await failureOf(v.caller.hours.log({ ...entry, engagementId, workedOn }));
      expect(refused, workedOn).toMatchObject({
        code: "PRECONDITION_FAILED",
        reason: "not_active",
      });
    }
    await v.caller.hours.log({ ...entry, engagementId: ended, workedOn: "2026-06-30" });
    await v.caller.hours.log({ ...entry, engagementId: active, workedOn: "2026-11-24" });
    expect(await w.entriesOf(v.personId)).toHaveLength(2);
    const mine = await v.caller.hours.myEngagementsForHours();
    expect(mine.map((e) => e.id).sort()).toEqual([active, ended].sort());
  });

  it("runs approval, return, editing and correction, and keeps the whole history", async () => {
    const v = await w.volunteer();
    const atA = await w.engagement(v.personId, "A");
    const atB = await w.engagement(v.personId, "B");
    await v.caller.hours.log({
      engagementId: atA,
      workedOn: "2026-11-10",
      minutes: 120,
      activity: "Vorlesen",
    });
    await v.caller.hours.log({
      engagementId: atA,
      workedOn: "2026-11-11",
      minutes: 180,
      activity: "Basteln",
    });
    await v.caller.hours.log({
      engagementId: atB,
      workedOn: "2026-11-12",
      minutes: 60,
      activity: "Kochen",
    });
    const [first, second, ofB] = await w.entriesOf(v.personId);

    const queue = await w.staffA.hours.queue({ personId: v.personId, limit: 10 });
    expect(queue.items.map((i) => i.id)).toEqual([first!.id, second!.id]);
    expect(queue.total).toBe(2);
    const firstPage = await w.staffA.hours.queue({ personId: v.personId, limit: 1 });
    const nextPage = await w.staffA.hours.queue({
      personId: v.personId,
      limit: 1,
      cursor: firstPage.nextCursor,
    });
    expect([...firstPage.items, ...nextPage.items].map((i) => i.id)).toEqual([
      first!.id,
      second!.id,
    ]);
    expect(nextPage.nextCursor).toBeNull();
    expect(
      (await w.staffA.hours.queue({ personId: v.personId, month: "2026-10", limit: 10 })).total,
    ).toBe(0);

    await w.staffA.hours.return({ entryId: second!.id, comment: "War das nicht nur eine Stunde?" });
    const [mail] = await mailsTo(w.database.db, cityScope(w.a.city.id), v.email);
    expect(mail).toMatchObject({ kind: "hours_returned" });
    expect(mail!.bodyText).toContain("War das nicht nur eine Stunde?");
    expect(mail!.bodyText).toContain("http://localhost:5173/stunden");
    let mine = await v.caller.hours.mine({ limit: 10 });
    expect(mine.items.find((i) => i.id === second!.id)).toMatchObject({
      status: "returned",
      returnComment: "War das nicht nur eine Stunde?",
    });
    expect(mine.items[0]).not.toHaveProperty("reviewedByName");

    await v.caller.hours.update({
      entryId: second!.id,
      workedOn: "2026-11-11",
      minutes: 60,
      activity: "Basteln",
    });
    const approved = await w.staffA.hours.approveMany({
      entryIds: [first!.id, second!.id, ofB!.id],
    });
    expect(approved).toEqual({ approved: 2 });
    expect((await w.entriesOf(v.personId)).map((e) => e.status)).toEqual([
      "approved",
      "approved",
      "pending",
    ]);

    const edit = { entryId: first!.id, workedOn: "2026-11-10", minutes: 30, activity: "Vorlesen" };
    expect(await failureOf(v.caller.hours.update(edit))).toMatchObject({
      code: "CONFLICT",
      reason: "already_approved",
    });
    expect((await failureOf(v.caller.hours.remove({ entryId: first!.id }))).reason).toBe(
      "already_approved",
    );
    expect((await failureOf(w.staffA.hours.approve({ entryId: first!.id }))).reason).toBe(
      "already_approved",
    );
    expect((await failureOf(w.staffB.hours.correct({ ...edit, reason: "Tippfehler" }))).code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await failureOf(w.staffB.hours.correct({ ...edit, entryId: ofB!.id, reason: "Tippfehler" })))
        .reason,
    ).toBe("not_approved");

    const one = await w.staffA.hours.correct({
      ...edit,
      minutes: 90,
      reason: "Eine halbe Stunde zu viel",
    });
    expect(one.correctsEntryId).toBe(first!.id);
    // A correction of the correction still names the original entry; the latest one counts.
    w.clockA.advance(5);
    const two = await w.staffA.hours.correct({
      ...edit,
      entryId: one.id,
      minutes: 100,
      reason: "Doch etwas länger",
    });
    expect(two.correctsEntryId).toBe(first!.id);
    const rows = await w.entriesOf(v.personId);
    expect(rows.find((r) => r.id === first!.id)).toMatchObject({
      minutes: 120,
      status: "approved",
    });

    const history = await w.staffA.hours.history({ engagementId: atA, limit: 10 });
    expect(history.subject.engagement?.id).toBe(atA);
    expect(history.items.map((i) => i.id)).toEqual([second!.id, first!.id]);
    const corrected = history.items[1]!;
    expect(corrected.corrections.map((c) => [c.minutes, c.correctionReason])).toEqual([
      [90, "Eine halbe Stunde zu viel"],
      [100, "Doch etwas länger"],
    ]);
    expect(corrected.current.minutes).toBe(100);

    const totals = await v.caller.hours.myTotals({ year: 2026 });
    expect(totals.months).toEqual([
      { period: "2026-11", approvedMinutes: 160, pendingMinutes: 60 },
    ]);
    expect(totals.years).toEqual([{ period: "2026", approvedMinutes: 160, pendingMinutes: 60 }]);
    mine = await v.caller.hours.mine({ limit: 10 });
    expect(mine.items.find((i) => i.id === first!.id)?.current.minutes).toBe(100);

    // A pending entry is removed by its volunteer; the history of the approved ones stays.
    await v.caller.hours.remove({ entryId: ofB!.id });
    expect(await w.entriesOf(v.personId)).toHaveLength(4);
  });

  it("applies the 24 hours to a correction with the corrected minutes replaced", async () => {
    const v = await w.volunteer();
    const atA = await w.engagement(v.personId, "A");
    const atB = await w.engagement(v.personId, "B");
    const day = "2026-11-05";
    const long = await w.staffA.hours.logFor({
      engagementId: atA,
      workedOn: day,
      minutes: 1200,
      activity: "Zeltlager",
      approve: true,
    });
    expect(long.status).toBe("approved");
    await v.caller.hours.log({
      engagementId: atB,
      workedOn: day,
      minutes: 240,
      activity: "Kochen",
    });
    const fix = { entryId: long.id, workedOn: day, activity: "Zeltlager", reason: "Nachtwache" };
    expect((await failureOf(w.staffA.hours.correct({ ...fix, minutes: 1201 }))).reason).toBe(
      "day_full",
    );
    await w.staffA.hours.correct({ ...fix, minutes: 1200 - 60 });
    w.clockA.advance(5);
    await w.staffA.hours.correct({ ...fix, minutes: 1200 });
    const counted = await w.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(hourEntries)
      .where(and(eq(hourEntries.personId, v.personId), eq(hourEntries.workedOn, day)));
    expect(counted[0]!.n).toBe(4);
    const pending = await w.staffA.hours.logFor({
      engagementId: atA,
      workedOn: "2026-11-06",
      minutes: 30,
      activity: "Nachtrag",
    });
    expect(pending.status).toBe("pending");
  });
});
