import { qualificationRecords } from "@engagiert/db/schema";
import { testDatabaseKinds } from "@engagiert/db/testing";
import type { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  AFTER_COURSE,
  course,
  fieldsOf,
  reasonOf,
  trainingFixture,
} from "./training-admin-fixtures.ts";

describe.each(testDatabaseKinds())("attendance and closing on %s", (kind) => {
  const f = trainingFixture(kind);

  it("takes attendance of confirmed participants and closes once, granting only who earned it", async () => {
    const before = await f.as(f.staff.staffA);
    const created = await before.trainingAdmin.create(course(f.a.orgA.id));
    const trainingId = created.id;
    expect(await reasonOf(before.trainingAdmin.close({ trainingId }))).toBe(
      "training_not_published",
    );
    await before.trainingAdmin.publish({ trainingId });
    const anna = await f.participant(
      trainingId,
      { firstName: "Anna", birthDate: "1998-04-02", birthYear: 1998 },
      { firstAidOn: "2026-01-10" },
    );
    const ben = await f.participant(
      trainingId,
      { firstName: "Ben", birthDate: "1999-07-30", birthYear: 1999 },
      { firstAidOn: "2026-01-10" },
    );
    // 15 on the last day: only in a justified case.
    const carla = await f.participant(
      trainingId,
      { firstName: "Carla", birthDate: "2011-03-01", birthYear: 2011 },
      { firstAidOn: "2026-01-10" },
    );
    // First aid older than 2 years on the last day.
    const dora = await f.participant(
      trainingId,
      { firstName: "Dora", birthDate: "1990-01-01", birthYear: 1990 },
      { firstAidOn: "2024-12-10" },
    );
    const emil = await f.participant(
      trainingId,
      { firstName: "Emil", birthDate: null, birthYear: 1990 },
      { status: "waiting" },
    );
    const [s1] = created.sessions;
    const everyone = [anna, ben, carla, dora];
    const tick = (sessionId: string, absent: string[] = []) => ({
      trainingId,
      sessionId,
      entries: everyone.map((p) => ({ personId: p.id, isPresent: !absent.includes(p.id) })),
    });
    expect(await reasonOf(before.trainingAdmin.recordAttendance(tick(s1!.id)))).toBe(
      "session_not_started",
    );

    const during = await f.as(f.staff.staffA, new Date("2026-12-11T10:00:00Z"));
    for (const session of created.sessions) {
      await during.trainingAdmin.recordAttendance(
        tick(
          session.id,
          session === created.sessions[4] ? [ben.id] : session === s1 ? [dora.id] : [],
        ),
      );
    }
    // A tick corrected later replaces the first: Dora was there after all.
    await during.trainingAdmin.recordAttendance({
      trainingId,
      sessionId: s1!.id,
      entries: [{ personId: dora.id, isPresent: true }],
    });
    expect(
      await fieldsOf(
        during.trainingAdmin.recordAttendance({
          ...tick(s1!.id),
          entries: [
            { personId: anna.id, isPresent: true },
            { personId: emil.id, isPresent: true },
          ],
        }),
      ),
    ).toEqual(["entries.1.personId"]);
    const grid = await during.trainingAdmin.attendance({ trainingId });
    expect(grid.total).toBe(4);
    expect(grid.items.find((i) => i.personId === ben.id)?.present).toMatchObject({
      [created.sessions[4]!.id]: false,
      [s1!.id]: true,
    });
    expect(await reasonOf(during.trainingAdmin.close({ trainingId }))).toBe("training_not_over");
    // A session with attendance stays: removing it is refused, nothing is changed.
    expect(
      await fieldsOf(
        during.trainingAdmin.update({
          ...course(f.a.orgA.id),
          trainingId,
          sessions: created.sessions.map(({ id, startsAt, endsAt, units }, i) =>
            i === 0 ? { startsAt, endsAt, units } : { id, startsAt, endsAt, units },
          ),
        }),
      ),
    ).toEqual(["sessions"]);

    const after = await f.as(f.staff.staffA, AFTER_COURSE);
    const preview = await after.trainingAdmin.closingPreview({ trainingId });
    const outcome = (results: typeof preview.results, id: string) =>
      results.find((r) => r.personId === id)!.outcome;
    expect(outcome(preview.results, carla.id)).toEqual({
      status: "not_granted",
      missing: [{ code: "age", minimumAge: 16, age: 15 }],
    });

    const closed = await after.trainingAdmin.close({ trainingId, justifiedPersonIds: [carla.id] });
    expect(closed.training.status).toBe("closed");
    expect(closed.grantedCount).toBe(2);
    expect(outcome(closed.results, anna.id)).toEqual({
      status: "granted",
      isRenewal: false,
      validFrom: "2026-12-11",
      validUntil: "2029-12-11",
    });
    expect(outcome(closed.results, ben.id)).toEqual({
      status: "not_granted",
      missing: [{ code: "units", requiredUnits: 40, attendedUnits: 32 }],
    });
    expect(outcome(closed.results, dora.id)).toEqual({
      status: "not_granted",
      missing: [{ code: "requires", typeSlug: "erste-hilfe", maxAgeMonths: 24 }],
    });
    expect(closed.results.map((r) => r.personId)).not.toContain(emil.id);

    const records = await f.database.db
      .select()
      .from(qualificationRecords)
      .where(
        and(
          eq(qualificationRecords.cityId, f.a.city.id),
          eq(qualificationRecords.trainingId, trainingId),
        ),
      );
    expect(records.map((r) => r.personId).sort()).toEqual([anna.id, carla.id].sort());
    expect(records[0]).toMatchObject({
      source: "training",
      units: 40,
      typeSlug: "juleica",
      issuer: "Amt A",
    });

    expect(await reasonOf(after.trainingAdmin.close({ trainingId }))).toBe("training_closed");
    expect(await reasonOf(after.trainingAdmin.recordAttendance(tick(s1!.id)))).toBe(
      "training_closed",
    );
    expect(await reasonOf(after.trainingAdmin.update({ ...course(f.a.orgA.id), trainingId }))).toBe(
      "training_closed",
    );
    const list = await after.trainingAdmin.registrations({ trainingId, status: "confirmed" });
    const annaRow = list.items.find((r) => r.personId === anna.id);
    expect(annaRow).toMatchObject({ attendedUnits: 40, grantedFrom: "2026-12-11" });
    expect(list.items.find((r) => r.personId === ben.id)).toMatchObject({
      attendedUnits: 32,
      grantedFrom: null,
    });
  });

  it("closes once when two close at the same moment", async () => {
    const coord = await f.as(f.staff.coord);
    const created = await coord.trainingAdmin.create(
      course(null, {
        title: "Erste Hilfe kompakt",
        topic: "erste-hilfe",
        qualificationTypeSlug: "erste-hilfe",
        requiredUnits: 8,
        sessions: [course(null).sessions[0]!],
      }),
    );
    const trainingId = created.id;
    await coord.trainingAdmin.publish({ trainingId });
    const fay = await f.participant(trainingId, {
      firstName: "Fay",
      birthDate: null,
      birthYear: 1985,
    });
    const after = await f.as(f.staff.coord, AFTER_COURSE);
    await after.trainingAdmin.recordAttendance({
      trainingId,
      sessionId: created.sessions[0]!.id,
      entries: [{ personId: fay.id, isPresent: true }],
    });
    const outcomes = await Promise.allSettled([
      after.trainingAdmin.close({ trainingId }),
      after.trainingAdmin.close({ trainingId }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as TRPCError).code).toBe("CONFLICT");
    const records = await f.database.db
      .select()
      .from(qualificationRecords)
      .where(eq(qualificationRecords.trainingId, trainingId));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      personId: fay.id,
      validFrom: "2026-12-07",
      validUntil: null,
    });
  });
});
