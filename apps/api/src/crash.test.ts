import {
  consents,
  engagementLinks,
  engagements,
  hourEntries,
  outbox,
  persons,
} from "@engagiert/db/schema";
import { testDatabaseKinds } from "@engagiert/db/testing";
import { APPLICATION_CONSENT } from "@engagiert/domain/engagement";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "./config.ts";
import {
  MAX_REQUESTS,
  messageIdIn,
  messageIdsOf,
  PUBLIC_ORIGIN,
  signInVolunteers,
  startBurst,
  type Outcome,
} from "./crash-burst.ts";
import {
  CRASH_CITY,
  crashDatabase,
  freePort,
  loopbackSmtp,
  seedCrashCity,
  startApiProcess,
  type ApiProcess,
  type LoopbackSmtp,
} from "./crash-fixture.ts";
import { messageIdOf } from "./mailer.ts";

const VOLUNTEERS = 4;
/** Successful answers in a burst before the next mail the server receives sets off the kill. */
const KILL_AFTER = 8;
const LEASE_SECONDS = 2;
const MAIL_FROM = "Engagiert Crashstadt <noreply@crash.example>";

/**
 * The API is killed with SIGKILL in the middle of a burst of applications and hour entries,
 * twice, and restarted on the same data each time. Afterwards every request that got a success
 * answer is in the database, nothing is half written, and every outbox row is delivered to the
 * loopback SMTP server exactly once, with one copy that no mail system can rule out.
 *
 * The kill moments are chosen by the SMTP server, so the test is deterministic:
 * 1. The first kill lands while the server receives a mail and has not accepted it yet. That
 *    mail (and the rest of its batch) is leased to the dead worker; after restart it goes out
 *    once the lease (MAIL_LEASE_SECONDS) ends, exactly once.
 * 2. The second kill lands in the one window SMTP cannot close: the server has accepted a mail,
 *    and the worker has not recorded it as sent. The API is frozen (SIGSTOP, checked in /proc)
 *    before the server answers 250 and killed after, so it cannot record the delivery: that
 *    mail, and only that mail, arrives twice, both copies with the same Message-ID. A worker
 *    sends one mail at a time, so a crash can copy at most one mail.
 */
describe.each(testDatabaseKinds())("SIGKILL in a burst, on %s", (kind) => {
  let smtp: LoopbackSmtp;
  let database: Awaited<ReturnType<typeof crashDatabase>>;
  let world: Awaited<ReturnType<typeof seedCrashCity>>;
  let env: Record<string, string>;
  let api: ApiProcess | null = null;

  beforeAll(async () => {
    smtp = await loopbackSmtp();
    database = await crashDatabase(kind);
    const handle = database.open();
    world = await seedCrashCity(handle, VOLUNTEERS);
    await handle.close();
    env = {
      ...database.env,
      PORT: String(await freePort()),
      HOST: "127.0.0.1",
      CITY: CRASH_CITY,
      PUBLIC_APP_URL: PUBLIC_ORIGIN,
      ALLOWED_ORIGINS: "",
      SMTP_URL: smtp.url,
      MAIL_FROM,
      MAIL_LEASE_SECONDS: String(LEASE_SECONDS),
      // Every applicant comes from an address of their own, as a proxy in front reports it:
      // the apply form's per-client limit stays as it is.
      TRUST_PROXY: "true",
      SEED_DEMO: "false",
      LOG_LEVEL: "warn",
    };
  });
  afterAll(async () => {
    await api?.kill();
    await smtp?.close();
    await database?.drop();
  });

  it("keeps what it answered, writes nothing by halves, and sends each mail once", async () => {
    // Run 1: volunteers sign in by the link in their mail; a burst; SIGKILL before a mail is accepted.
    const marks = {
      leasedMail: null as string | null,
      firstKillAt: 0,
      copiedMail: null as string | null,
      secondKillAt: 0,
    };
    api = await startApiProcess(env);
    const volunteers = await signInVolunteers(api, smtp, world.volunteers);
    const first = startBurst(api.url, world.opportunityId, volunteers, 1);
    const killing = api;
    smtp.state.judge = async (raw) => {
      if (first.successes() < KILL_AFTER) return { accept: true };
      smtp.state.judge = null;
      marks.leasedMail = messageIdIn(raw);
      await killing.kill();
      marks.firstKillAt = Date.now();
      return { accept: false };
    };
    await first.done;
    expect(marks.leasedMail, "the first kill happened").not.toBeNull();
    expectCutShort(first.outcomes);

    // Run 2: the same data; a burst; frozen after the server has a mail, killed after its 250.
    api = await startApiProcess(env);
    const second = startBurst(api.url, world.opportunityId, volunteers, 2);
    const freezing = api;
    smtp.state.judge = async (raw) => {
      if (second.successes() < KILL_AFTER) return { accept: true };
      smtp.state.judge = null;
      marks.copiedMail = messageIdIn(raw);
      await freezing.freeze();
      return {
        accept: true,
        afterAnswer: async () => {
          await freezing.kill();
          marks.secondKillAt = Date.now();
        },
      };
    };
    await second.done;
    await freezing.exited;
    expect(marks.copiedMail, "the second kill happened").not.toBeNull();
    expectCutShort(second.outcomes);

    // Run 3: the same data; the mailer delivers what is left, then a normal shutdown.
    const restartedAt = Date.now();
    api = await startApiProcess(env);
    await mailQuiet(smtp, Date.now() + LEASE_SECONDS * 1000 + 1000, 6000);
    await api.stop();
    api = null;

    const handle = database.open();
    const stored = {
      persons: await handle.db.select().from(persons),
      engagements: await handle.db.select().from(engagements),
      consents: await handle.db.select().from(consents),
      links: await handle.db.select().from(engagementLinks),
      hours: await handle.db.select().from(hourEntries),
      outbox: await handle.db.select().from(outbox),
    };
    await handle.close();
    const outcomes = [...first.outcomes, ...second.outcomes];

    // Every answer was a success or no answer at all (no limit, no failure in the burst).
    expect(outcomes.filter((o) => o.status !== null && o.status !== 200)).toEqual([]);

    // Applications: person, application, consent, confirmation link and mail, all or none.
    const applications = outcomes.filter((o) => o.kind === "application");
    const problems: string[] = [];
    let applied = 0;
    for (const o of applications) {
      const people = stored.persons.filter((p) => p.email === o.key);
      const ids = new Set(people.map((p) => p.id));
      const apps = stored.engagements.filter((e) => ids.has(e.personId));
      const appIds = new Set(apps.map((e) => e.id));
      const counts = [
        people.length,
        apps.filter((e) => e.status === "submitted" && e.opportunityId === world.opportunityId)
          .length,
        stored.consents.filter(
          (c) =>
            ids.has(c.personId) &&
            c.purpose === APPLICATION_CONSENT.purpose &&
            c.version === APPLICATION_CONSENT.version,
        ).length,
        stored.links.filter(
          (l) => appIds.has(l.engagementId) && l.purpose === "confirm_application",
        ).length,
        stored.outbox.filter((m) => m.toEmail === o.key && m.kind === "confirm_application").length,
      ];
      const whole = counts.every((n) => n === 1);
      const none = counts.every((n) => n === 0);
      if (o.status === 200 ? !whole : !(whole || none)) problems.push(`${o.key}: ${counts}`);
      if (whole) applied += 1;
    }

    // Hour entries: each answered one stored as answered; each unanswered one stored once or not.
    const engagementOf = new Map(stored.engagements.map((e) => [e.id, e]));
    let logged = 0;
    for (const o of outcomes.filter((x) => x.kind === "hours")) {
      const rows = stored.hours.filter((h) => h.activity === o.key);
      if (rows.length > 1) problems.push(`${o.key}: stored ${rows.length} times`);
      if (o.status === 200 && rows.length !== 1) problems.push(`${o.key}: answered, not stored`);
      const row = rows[0];
      if (!row) continue;
      logged += 1;
      const expected = {
        engagementId: o.input.engagementId,
        workedOn: o.input.workedOn,
        minutes: o.input.minutes,
        status: "pending",
      };
      if (o.status === 200) Object.assign(expected, { id: (o.result as { id: string }).id });
      expect(row).toMatchObject(expected);
      if (engagementOf.get(row.engagementId)?.personId !== row.personId)
        problems.push(`${o.key}: entry of another person than its engagement`);
    }
    expect(problems).toEqual([]);

    // Nothing beside them: the counts of the whole database add up.
    expect(stored.hours).toHaveLength(logged);
    expect(stored.persons).toHaveLength(VOLUNTEERS + applied);
    expect(stored.engagements).toHaveLength(VOLUNTEERS + applied);
    expect(stored.consents).toHaveLength(applied);
    expect(stored.links).toHaveLength(applied);
    expect(applied + logged).toBeGreaterThanOrEqual(
      outcomes.filter((o) => o.status === 200).length,
    );

    // Mail: every row delivered, every delivery a row, each once, the one known copy twice.
    expect(stored.outbox.filter((m) => m.sentAt === null)).toEqual([]);
    const rowsById = messageIdsOf(stored.outbox, MAIL_FROM);
    const strangers = smtp.deliveries.filter((d) => !d.messageId || !rowsById.has(d.messageId));
    expect(strangers).toEqual([]);
    const misdirected = smtp.deliveries.filter(
      (d) => d.to.join() !== rowsById.get(d.messageId!)!.toEmail,
    );
    expect(misdirected).toEqual([]);
    const deliveredTimes = new Map<string, number[]>();
    for (const d of smtp.deliveries) {
      deliveredTimes.set(d.messageId!, [...(deliveredTimes.get(d.messageId!) ?? []), d.at]);
    }
    const wrongCounts = [...rowsById.keys()]
      .map((id) => ({ id, times: deliveredTimes.get(id)?.length ?? 0 }))
      .filter(({ id, times }) => times !== (id === marks.copiedMail ? 2 : 1));
    expect(wrongCounts).toEqual([]);
    // The mail leased to the first, killed worker came only after that kill, once the lease ended.
    expect(rowsById.has(marks.leasedMail!)).toBe(true);
    expect(deliveredTimes.get(marks.leasedMail!)!.every((at) => at > marks.firstKillAt)).toBe(true);
    // The copy: accepted before the second kill, sent again only by the restarted worker.
    const [before, after] = deliveredTimes.get(marks.copiedMail!)!;
    expect(before).toBeLessThan(marks.secondKillAt);
    expect(after).toBeGreaterThan(restartedAt);
  }, 300_000);
});

describe("the mail worker's lease and Message-ID", () => {
  it("leases a mail for 5 minutes unless MAIL_LEASE_SECONDS says otherwise", () => {
    expect(readConfig({}).mailLeaseMs).toBe(5 * 60_000);
    expect(readConfig({ MAIL_LEASE_SECONDS: "2" }).mailLeaseMs).toBe(2000);
    expect(() => readConfig({ MAIL_LEASE_SECONDS: "0" })).toThrow(/MAIL_LEASE_SECONDS/);
  });

  it("names each outbox row in the sender's domain, the same on every attempt", () => {
    const row = { id: "0b7e3c1a-5f3e-4a43-9f1e-2d6c1f0a9b11" };
    expect(messageIdOf(row, MAIL_FROM)).toBe(`<${row.id}@crash.example>`);
    expect(messageIdOf(row, "noreply@stadt.example")).toBe(`<${row.id}@stadt.example>`);
    expect(messageIdOf(row, "Engagiert")).toBe(`<${row.id}@engagiert.invalid>`);
  });
});

/** The burst was cut short by the kill, with requests still open. */
function expectCutShort(outcomes: Outcome[]) {
  expect(outcomes.length).toBeLessThan(MAX_REQUESTS);
  expect(outcomes.filter((o) => o.status === 200).length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(outcomes.some((o) => o.status === null)).toBe(true);
}

/** Waits until no mail has arrived for `quietMs`, and not before `notBefore`. */
async function mailQuiet(smtp: LoopbackSmtp, notBefore: number, quietMs: number) {
  const started = Date.now();
  for (;;) {
    const last = Math.max(started, ...smtp.deliveries.map((d) => d.at));
    if (Date.now() >= notBefore && Date.now() - last >= quietMs) return;
    if (Date.now() - started > 120_000) throw new Error("The mailer did not settle.");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
