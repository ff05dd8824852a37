import { mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { auditLog } from "@engagiert/db/schema";
import { testDatabaseKinds } from "@engagiert/db/testing";
import type { TrainingEditorInput } from "@engagiert/domain/trainings";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  codeOf,
  course,
  errorOf,
  fieldsOf,
  reasonOf,
  trainingFixture,
} from "./training-admin-fixtures.ts";

describe.each(testDatabaseKinds())("training administration on %s", (kind) => {
  const f = trainingFixture(kind);

  it("keeps staff to their organisation's trainings; another city never finds them", async () => {
    const mine = await f.as(f.staff.staffA);
    const created = await mine.trainingAdmin.create(course(f.a.orgA.id));
    expect(created).toMatchObject({ status: "draft", totalUnits: 40, organisationName: "Amt A" });
    expect(created.sessions).toHaveLength(5);
    expect((await mine.trainingAdmin.list({})).items.map((i) => i.id)).toContain(created.id);

    const other = await f.as(f.staff.staffB);
    const id = created.id;
    expect((await other.trainingAdmin.list({})).items.map((i) => i.id)).not.toContain(id);
    expect(await codeOf(other.trainingAdmin.get({ trainingId: id }))).toBe("FORBIDDEN");
    expect(
      await codeOf(other.trainingAdmin.update({ ...course(f.a.orgB.id), trainingId: id })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(other.trainingAdmin.publish({ trainingId: id }))).toBe("FORBIDDEN");
    expect(await codeOf(other.trainingAdmin.registrations({ trainingId: id }))).toBe("FORBIDDEN");
    expect(await codeOf(other.trainingAdmin.attendance({ trainingId: id }))).toBe("FORBIDDEN");
    expect(await codeOf(other.trainingAdmin.list({ organisationId: f.a.orgA.id }))).toBe(
      "FORBIDDEN",
    );
    // Only the coordination office offers trainings for the whole city.
    expect(await codeOf(other.trainingAdmin.create(course(null)))).toBe("FORBIDDEN");
    expect(await codeOf(other.trainingAdmin.list({ organisationId: "city" }))).toBe("FORBIDDEN");

    const coord = await f.as(f.staff.coord);
    const office = await coord.trainingAdmin.create(course(null, { title: "Stadtweiter Kurs" }));
    expect(office.organisationName).toBeNull();
    expect((await coord.trainingAdmin.get({ trainingId: id })).input.organisationId).toBe(
      f.a.orgA.id,
    );
    const own = await coord.trainingAdmin.list({ organisationId: "city" });
    expect(own.items.map((i) => i.id)).toEqual([office.id]);
    const whole = await coord.trainingAdmin.list({});
    expect(whole.items.map((i) => i.id)).toEqual(expect.arrayContaining([id, office.id]));

    const foreign = await f.as(f.staff.foreign);
    expect(await codeOf(foreign.trainingAdmin.get({ trainingId: id }))).toBe("NOT_FOUND");
    expect(await codeOf(foreign.trainingAdmin.registrations({ trainingId: id }))).toBe("NOT_FOUND");
    expect(await codeOf(foreign.trainingAdmin.close({ trainingId: id }))).toBe("NOT_FOUND");
    expect((await foreign.trainingAdmin.list({})).total).toBe(0);
  });

  it("answers wrong input per field, in German", async () => {
    const coord = await f.as(f.staff.coord);
    const sessions = course(null).sessions;
    const cases: [Partial<TrainingEditorInput>, string[]][] = [
      [{ place: null }, ["place"]],
      [{ onlineUrl: "http://raum.example.org" }, ["onlineUrl"]],
      [{ capacity: 0 }, ["capacity"]],
      [{ costCents: -100 }, ["costCents"]],
      [{ registrationDeadline: sessions[0]!.startsAt }, ["registrationDeadline"]],
      [{ requiredUnits: 41 }, ["requiredUnits"]],
      [
        { sessions: [{ ...sessions[0]!, endsAt: sessions[0]!.startsAt }] },
        ["sessions.0.endsAt", "requiredUnits"],
      ],
      [{ sessions: [] }, ["sessions", "requiredUnits"]],
      [{ qualificationTypeSlug: "segelschein" }, ["qualificationTypeSlug"]],
      // Juleica asks 40 units of its own, whatever the training says.
      [{ requiredUnits: 30 }, ["requiredUnits"]],
    ];
    for (const [patch, fields] of cases) {
      expect(await fieldsOf(coord.trainingAdmin.create(course(null, patch)))).toEqual(fields);
    }
    const error = await errorOf(coord.trainingAdmin.create(course(null, { requiredUnits: 30 })));
    expect(error.message).toContain("mindestens 40 Unterrichtseinheiten");
  });

  it("moves the first who wait up when the capacity is raised, and tells everyone of a cancellation", async () => {
    const coord = await f.as(f.staff.coord);
    const created = await coord.trainingAdmin.create(course(null, { capacity: 1 }));
    await coord.trainingAdmin.publish({ trainingId: created.id });
    const first = await f.participant(created.id, {
      firstName: "Erste",
      birthDate: null,
      birthYear: 1990,
    });
    const second = await f.participant(
      created.id,
      { firstName: "Zweite", birthDate: null, birthYear: 1990 },
      { status: "waiting" },
    );
    const waiting = await coord.trainingAdmin.registrations({
      trainingId: created.id,
      status: "waiting",
    });
    expect(waiting.items.map((r) => r.personId)).toEqual([second.id]);

    const raised = await coord.trainingAdmin.update({
      ...course(null, { capacity: 2 }),
      trainingId: created.id,
      sessions: created.sessions.map(({ id, startsAt, endsAt, units }) => ({
        id,
        startsAt,
        endsAt,
        units,
      })),
    });
    expect(raised).toMatchObject({ promoted: 1, counts: { confirmed: 2, waiting: 0 } });
    const scope = cityScope(f.a.city.id);
    expect((await mailsTo(f.database.db, scope, second.email))[0]?.subject).toMatch(
      /Ein Platz ist frei geworden/,
    );

    const cancelled = await coord.trainingAdmin.cancel({ trainingId: created.id });
    expect(cancelled).toMatchObject({ status: "cancelled", notified: 2 });
    for (const person of [first, second]) {
      expect((await mailsTo(f.database.db, scope, person.email))[0]?.subject).toBe(
        "Abgesagt: Juleica-Grundkurs",
      );
    }
    expect(await reasonOf(coord.trainingAdmin.publish({ trainingId: created.id }))).toBe(
      "move_not_allowed",
    );
    expect(
      await reasonOf(coord.trainingAdmin.update({ ...course(null), trainingId: created.id })),
    ).toBe("training_cancelled");
  });

  it("pages registrations in the order people registered", async () => {
    const coord = await f.as(f.staff.coord);
    const created = await coord.trainingAdmin.create(course(null, { title: "Viele Anmeldungen" }));
    const names = ["Ada", "Bo", "Cem", "Dan", "Eva"];
    const ids: string[] = [];
    for (const firstName of names) {
      ids.push(
        (await f.participant(created.id, { firstName, birthDate: null, birthYear: 1980 })).id,
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof coord.trainingAdmin.registrations>> =
        await coord.trainingAdmin.registrations({ trainingId: created.id, limit: 2, cursor });
      expect(page.total).toBe(5);
      seen.push(...page.items.map((r) => r.personId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
    // Names and e-mail addresses were shown: every page read is in the audit log.
    const reads = await f.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.subjectId, created.id), eq(auditLog.action, "training.registrations.read")),
      );
    expect(reads).toHaveLength(3);
    expect(reads[0]).toMatchObject({ actorUserId: f.staff.coord.id, subjectType: "training" });
  });
});
