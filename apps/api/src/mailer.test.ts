import { SILENT } from "@engagiert/api/testing";
import { enqueueMail, mailsTo } from "@engagiert/db/queries/outbox";
import { cityScope } from "@engagiert/db/queries/scope";
import { cities } from "@engagiert/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@engagiert/db/testing";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retryDelayMs, startMailer } from "./mailer.ts";

type Received = { to: string[]; raw: string };

/** A real SMTP server on loopback that can be told to refuse. */
async function smtpServer() {
  const received: Received[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        if (state.refuse) return callback(new Error("mailbox unavailable"));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    received,
    state,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe.each(testDatabaseKinds())("mail worker on %s", (kind) => {
  let database: TestDatabase;
  let cityId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const [city] = await database.db
      .insert(cities)
      .values({ slug: "mailstadt", name: "Mailstadt", federalState: "Hessen" })
      .returning();
    cityId = city!.id;
  });
  afterAll(() => database.drop());

  const mail = (to: string) => ({
    kind: "test",
    toEmail: to,
    subject: "Hallo",
    bodyText: "Ein Text mit Link https://x.example/a",
  });

  it("without SMTP keeps mail in the outbox and prints each one to the log once", async () => {
    await enqueueMail(database.db, cityScope(cityId), mail("log@x.example"));
    const printed: Record<string, unknown>[] = [];
    const log = {
      ...SILENT,
      info: (_: string, fields?: Record<string, unknown>) => void printed.push(fields ?? {}),
    };
    const mailer = startMailer({
      db: database.db,
      smtpUrl: null,
      from: "t@x.example",
      log,
      intervalMs: 0,
    });
    expect(await mailer.runOnce()).toBe(1);
    expect(await mailer.runOnce()).toBe(0);
    expect(printed).toEqual([
      expect.objectContaining({
        to: "log@x.example",
        body: expect.stringContaining("https://x.example/a"),
      }),
    ]);
    const [row] = await mailsTo(database.db, cityScope(cityId), "log@x.example");
    expect(row?.sentAt).toBeNull();
  });

  it("delivers by SMTP, retries later after a refusal, and sends each mail once", async () => {
    const smtp = await smtpServer();
    let now = new Date(Date.now() + 1000);
    const mailer = startMailer({
      db: database.db,
      smtpUrl: smtp.url,
      from: "Engagiert <t@x.example>",
      log: SILENT,
      intervalMs: 0,
      now: () => now,
    });
    try {
      smtp.state.refuse = true;
      await enqueueMail(database.db, cityScope(cityId), mail("smtp@x.example"));
      await mailer.runOnce();
      let [row] = await mailsTo(database.db, cityScope(cityId), "smtp@x.example");
      expect(row).toMatchObject({ sentAt: null, attempts: 1 });
      expect(row?.lastError).toMatch(/mailbox unavailable/);

      smtp.state.refuse = false;
      expect(await mailer.runOnce()).toBe(0); // not due before the back-off
      now = new Date(now.getTime() + retryDelayMs(0) + 1);
      await mailer.runOnce();
      await mailer.runOnce();
      [row] = await mailsTo(database.db, cityScope(cityId), "smtp@x.example");
      expect(row?.sentAt).not.toBeNull();
      const delivered = smtp.received.filter((r) => r.to.includes("smtp@x.example"));
      expect(delivered).toHaveLength(1);
      expect(delivered[0]!.raw).toContain("Subject: Hallo");
    } finally {
      mailer.stop();
      await smtp.close();
    }
  });

  it("backs off longer after each failure, at most a day", () => {
    expect(retryDelayMs(0)).toBe(60_000);
    expect(retryDelayMs(3)).toBe(8 * 60_000);
    expect(retryDelayMs(20)).toBe(24 * 60 * 60_000);
  });
});
