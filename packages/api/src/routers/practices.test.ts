import { cities, practiceAdoptions, practices } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCity } from "../testing.ts";
import { codeOf, member, practiceInput, refusalOf, visitor } from "./practice-fixture.ts";

type Caller = Awaited<ReturnType<typeof member>>;

describe.each(testDatabaseKinds())("practices on %s", (kind) => {
  let database: TestDatabase;
  let a: Awaited<ReturnType<typeof insertCity>>;
  let b: Awaited<ReturnType<typeof insertCity>>;
  let coordinatorA: Caller;
  let coordinatorB: Caller;
  let networkMemberB: Caller;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    a = await insertCity(database.db, "stadt-a");
    b = await insertCity(database.db, "stadt-b");
    await database.db
      .update(cities)
      .set({ population: 58_000, federalState: "Baden-Württemberg" })
      .where(eq(cities.id, a.city.id));
    await database.db
      .update(cities)
      .set({ population: 12_000, federalState: "Bayern" })
      .where(eq(cities.id, b.city.id));
    coordinatorA = await member(database.db, "stadt-a", {
      email: "koordination@stadt-a.example",
      role: "coordinator",
      name: "Sabine Krämer",
    });
    coordinatorB = await member(database.db, "stadt-b", {
      email: "koordination@stadt-b.example",
      role: "coordinator",
      name: "Jonas Huber",
    });
    networkMemberB = await member(database.db, "stadt-b", {
      email: "netzwerk@stadt-b.example",
      role: "network_member",
    });
  });
  afterAll(() => database.drop());

  describe("scoping", () => {
    let draftId: string;

    beforeAll(async () => {
      const saved = await coordinatorA.practices.save(
        practiceInput({ title: "Geheimer Entwurf der Stadt A" }),
      );
      expect(saved.status).toBe("draft");
      draftId = saved.id;
    });

    it("shows a draft to its own city's writers and keeps the author's name", async () => {
      const practice = await coordinatorA.practices.get({ id: draftId });
      expect(practice).toMatchObject({
        title: "Geheimer Entwurf der Stadt A",
        status: "draft",
        authorName: "Sabine Krämer",
        city: { slug: "stadt-a", federalState: "Baden-Württemberg" },
        viewer: { isOwnCity: true, mayEdit: true, mayAdopt: false, mayPost: false },
      });
      expect(practice).not.toHaveProperty("authorUserId");
      const mine = await coordinatorA.practices.mine({});
      expect(mine.items.map((p) => p.id)).toContain(draftId);
    });

    it("never shows city A's draft to city B, to visitors or in the library", async () => {
      expect(await codeOf(coordinatorB.practices.get({ id: draftId }))).toBe("NOT_FOUND");
      expect(
        await codeOf((await visitor(database.db, "stadt-a")).practices.get({ id: draftId })),
      ).toBe("NOT_FOUND");
      expect(await codeOf(coordinatorB.practices.questions({ practiceId: draftId }))).toBe(
        "NOT_FOUND",
      );
      const mineB = await coordinatorB.practices.mine({});
      expect(mineB.items.map((p) => p.id)).not.toContain(draftId);
      const library = await coordinatorA.practices.list({ search: "Geheimer Entwurf" });
      expect(library.total).toBe(0);
    });

    it("does not let city B change, publish or take back city A's practice", async () => {
      const edit = practiceInput({ id: draftId, title: "Von Stadt B überschrieben" });
      expect(await codeOf(coordinatorB.practices.save(edit))).toBe("NOT_FOUND");
      expect(await codeOf(coordinatorB.practices.publish({ id: draftId }))).toBe("NOT_FOUND");
      expect(await codeOf(coordinatorB.practices.unpublish({ id: draftId }))).toBe("NOT_FOUND");
      const [row] = await database.db.select().from(practices).where(eq(practices.id, draftId));
      expect(row).toMatchObject({ title: "Geheimer Entwurf der Stadt A", status: "draft" });
    });

    it("lets a local partner's staff write, but not a department's staff or a volunteer", async () => {
      const partner = await member(database.db, "stadt-a", {
        email: "partner@stadt-a.example",
        role: "staff",
        organisationId: a.orgB.id,
      });
      const department = await member(database.db, "stadt-a", {
        email: "amt@stadt-a.example",
        role: "staff",
        organisationId: a.orgA.id,
      });
      const volunteer = await member(database.db, "stadt-a", {
        email: "ehrenamt@stadt-a.example",
        role: "volunteer",
      });
      expect(await partner.practices.access()).toEqual({
        mayContribute: true,
        mayAdopt: false,
        mayReadQuestions: true,
      });
      expect((await department.practices.access()).mayContribute).toBe(false);
      expect(await visitor(database.db, "stadt-a").then((v) => v.practices.access())).toEqual({
        mayContribute: false,
        mayAdopt: false,
        mayReadQuestions: false,
      });
      const byPartner = await partner.practices.save(practiceInput({ title: "Vom Bündnis" }));
      expect((await partner.practices.get({ id: draftId })).viewer.mayEdit).toBe(true);
      expect(await codeOf(department.practices.save(practiceInput()))).toBe("FORBIDDEN");
      expect(await codeOf(department.practices.get({ id: draftId }))).toBe("NOT_FOUND");
      expect(await codeOf(department.practices.mine({}))).toBe("FORBIDDEN");
      expect(await codeOf(volunteer.practices.save(practiceInput()))).toBe("FORBIDDEN");
      // Any writer of the city may carry on a colleague's draft.
      const edited = await coordinatorA.practices.save(
        practiceInput({ id: byPartner.id, title: "Vom Bündnis, überarbeitet" }),
      );
      expect(edited.updatedAt).toBeInstanceOf(Date);
      expect((await partner.practices.get({ id: byPartner.id })).authorName).toBe("partner");
    });

    it("publishes to the whole network and takes it back, keeping the first date", async () => {
      const published = await coordinatorA.practices.publish({ id: draftId });
      expect(published.status).toBe("published");
      const seenByB = await coordinatorB.practices.get({ id: draftId });
      expect(seenByB.viewer).toMatchObject({ isOwnCity: false, mayEdit: false, mayAdopt: true });
      expect((await coordinatorB.practices.list({ search: "Geheimer Entwurf" })).total).toBe(1);

      const back = await coordinatorA.practices.unpublish({ id: draftId });
      expect(back.status).toBe("draft");
      expect(await codeOf(coordinatorB.practices.get({ id: draftId }))).toBe("NOT_FOUND");
      const again = await coordinatorA.practices.publish({ id: draftId });
      expect(again.publishedAt).toEqual(published.publishedAt);
      await coordinatorA.practices.unpublish({ id: draftId });
    });
  });

  it("refuses bad input with a message per field and writes nothing", async () => {
    const before = await database.db.select({ n: count() }).from(practices);
    const refusal = await refusalOf(
      coordinatorA.practices.save(
        practiceInput({
          title: "Kurz",
          contactEmail: "keine-adresse",
          themes: [],
          links: [{ label: "Seite", url: "seite.example" }],
          publish: true,
        }),
      ),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fields).toEqual({
      title: "Der Titel braucht mindestens 5 Zeichen.",
      contactEmail: "Bitte eine gültige E-Mail-Adresse angeben.",
      themes: "Bitte mindestens ein Thema wählen.",
      "links.0.url": "Bitte einen vollständigen Link angeben, der mit https:// beginnt.",
    });
    const after = await database.db.select({ n: count() }).from(practices);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  describe("adoption", () => {
    let practiceId: string;

    beforeAll(async () => {
      const saved = await coordinatorA.practices.save(
        practiceInput({ title: "Ehrenamtsbörse zum Übernehmen", publish: true }),
      );
      expect(saved.status).toBe("published");
      practiceId = saved.id;
    });

    it("refuses a city adopting its own practice", async () => {
      const refusal = await refusalOf(coordinatorA.practices.adopt({ practiceId, note: "" }));
      expect(refusal).toMatchObject({ code: "CONFLICT", reason: "own_practice" });
      expect((await coordinatorA.practices.get({ id: practiceId })).viewer.mayAdopt).toBe(false);
    });

    it("keeps one mark per city: adopting again updates the note", async () => {
      const first = await coordinatorB.practices.adopt({ practiceId, note: "Wir starten im Mai." });
      expect(first).toMatchObject({ isNew: true, note: "Wir starten im Mai." });
      const second = await networkMemberB.practices.adopt({
        practiceId,
        note: "Läuft seit Mai mit acht Lotsen.",
      });
      expect(second).toMatchObject({ isNew: false, note: "Läuft seit Mai mit acht Lotsen." });
      expect(second.adoptedAt).toEqual(first.adoptedAt);
      const rows = await database.db
        .select()
        .from(practiceAdoptions)
        .where(eq(practiceAdoptions.practiceId, practiceId));
      expect(rows).toHaveLength(1);

      const practice = await (
        await visitor(database.db, "stadt-a")
      ).practices.get({ id: practiceId });
      expect(practice.adoptions).toEqual([
        expect.objectContaining({
          cityName: "Teststadt stadt-b",
          note: "Läuft seit Mai mit acht Lotsen.",
        }),
      ]);
      const seenByB = await coordinatorB.practices.get({ id: practiceId });
      expect(seenByB.viewer.myAdoption?.note).toBe("Läuft seit Mai mit acht Lotsen.");
      const cards = await coordinatorB.practices.list({ search: "Ehrenamtsbörse zum Übernehmen" });
      expect(cards.items[0]?.adoptionCount).toBe(1);
    });

    it("takes the mark back, and refuses what is no one's to adopt", async () => {
      expect(await coordinatorB.practices.unadopt({ id: practiceId })).toEqual({ removed: true });
      expect((await coordinatorB.practices.get({ id: practiceId })).adoptions).toEqual([]);
      const partnerB = await member(database.db, "stadt-b", {
        email: "partner@stadt-b.example",
        role: "staff",
        organisationId: b.orgB.id,
      });
      expect(await codeOf(partnerB.practices.adopt({ practiceId, note: "" }))).toBe("FORBIDDEN");
      const draft = await coordinatorA.practices.save(practiceInput({ title: "Noch ein Entwurf" }));
      expect(await codeOf(coordinatorB.practices.adopt({ practiceId: draft.id, note: "" }))).toBe(
        "NOT_FOUND",
      );
      const refusal = await refusalOf(
        coordinatorB.practices.adopt({ practiceId, note: "x".repeat(501) }),
      );
      expect(refusal.fields).toEqual({ note: "Die Notiz darf höchstens 500 Zeichen haben." });
    });
  });
});
