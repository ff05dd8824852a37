import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectPageOk,
  freshTotpCode,
  launch,
  mailLinkFor,
  newPage,
  platform,
  tabTo,
  visit,
} from "./browser.ts";
import { readLog } from "./platform.ts";

const PASSWORD = "Engagiert-Demo-2026";
const COORDINATOR = "koordination@goeppingen.example";
/** The demo volunteer Lena Wagner. */
const VOLUNTEER = "ehrenamt@goeppingen.example";
const DAY = 24 * 60 * 60 * 1000;

/** A client of the API's tRPC endpoint as a browser would be, keeping its session cookie. */
function apiClient() {
  let cookie: string | null = null;
  async function call<T>(kind: "query" | "mutation", path: string, input: unknown): Promise<T> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (cookie) headers.cookie = cookie;
    const body = JSON.stringify({ json: input });
    const res =
      kind === "query"
        ? await fetch(`${platform().api}/trpc/${path}?input=${encodeURIComponent(body)}`, {
            headers,
          })
        : await fetch(`${platform().api}/trpc/${path}`, { method: "POST", headers, body });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) cookie = setCookie.split(";")[0]!;
    const answer = (await res.json()) as {
      result?: { data: { json: T } };
      error?: { json: { message: string } };
    };
    if (!res.ok || !answer.result) {
      throw new Error(`${path} answered ${res.status}: ${answer.error?.json.message}`);
    }
    return answer.result.data.json;
  }
  return {
    query: <T>(path: string, input?: unknown) => call<T>("query", path, input),
    mutate: <T>(path: string, input?: unknown) => call<T>("mutation", path, input),
  };
}

/** The mails the API has logged for an address so far (no SMTP in the tests). */
const mailsTo = (email: string) => readLog(platform().logFile).filter((line) => line.to === email);

const SIGN_IN_LINK = /https?:\/\/\S+\/anmelden\/link\?token=[\w-]+/;
const signInLinksTo = (email: string) =>
  mailsTo(email)
    .map((mail) => String(mail.body).match(SIGN_IN_LINK)?.[0])
    .filter((link): link is string => Boolean(link));

/** Asks for a sign-in link and waits for that one, not one the address got earlier. */
async function freshSignInLink(email: string, ask: () => Promise<unknown>): Promise<string> {
  const before = signInLinksTo(email).length;
  await ask();
  for (let i = 0; i < 75; i++) {
    const links = signInLinksTo(email);
    if (links.length > before) return links.at(-1)!;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No new sign-in link for ${email} in the API log.`);
}

/**
 * The coordination office offers a training with one place, through the same API the
 * Verwaltung app uses.
 */
async function offerTraining(title: string) {
  const office = apiClient();
  await office.mutate("auth.signIn", { email: COORDINATOR, password: PASSWORD });
  await office.mutate("auth.verifySecondFactor", { code: await freshTotpCode(COORDINATOR) });
  const start = new Date(Date.now() + 21 * DAY);
  start.setUTCHours(8, 0, 0, 0);
  const session = (offsetDays: number) => ({
    startsAt: new Date(start.getTime() + offsetDays * DAY).toISOString(),
    endsAt: new Date(start.getTime() + offsetDays * DAY + 4 * 3600_000).toISOString(),
    units: 4,
  });
  const created = await office.mutate<{ id: string }>("trainingAdmin.create", {
    organisationId: null,
    title,
    description: "Was tun, wenn ein Kind sich verletzt? Wir üben die wichtigsten Handgriffe.",
    audience: "Alle, die sich mit Kindern engagieren",
    topic: "erste-hilfe",
    qualificationTypeSlug: null,
    requiredUnits: 0,
    trainer: "DRK Kreisverband Göppingen",
    place: "Rathaus Göppingen, Sitzungssaal",
    onlineUrl: null,
    capacity: 1,
    registrationDeadline: new Date(start.getTime() - 2 * DAY).toISOString(),
    costCents: 0,
    sessions: [session(0), session(7)],
  });
  await office.mutate("trainingAdmin.publish", { trainingId: created.id });
  return created.id;
}

/**
 * Another volunteer, signed in through the API: applies, confirms by the e-mail link, asks for
 * a sign-in link and follows it, as a person would in the app.
 */
async function anotherVolunteer(suffix: string) {
  const client = apiClient();
  const email = `paula.${suffix}@beispiel.example`;
  const newest = await client.query<{ items: { id: string }[] }>("opportunities.newest", {
    limit: 1,
  });
  await client.mutate("applications.submit", {
    opportunityId: newest.items[0]!.id,
    firstName: "Paula",
    lastName: `Platzhalter${suffix}`,
    email,
    birthYear: 1985,
    hasConsented: true,
  });
  const confirm = new URL(await mailLinkFor(email, "/bewerbung/bestaetigen"));
  await client.mutate("applications.confirm", { token: confirm.searchParams.get("token") });
  const link = new URL(
    await freshSignInLink(email, () => client.mutate("auth.requestLink", { email })),
  );
  await client.mutate("auth.redeemLink", { token: link.searchParams.get("token") });
  return client;
}

/** Signs Lena in by the link from her e-mail, typing with the keyboard only. */
async function signInByKeyboard(page: Page, url: (path: string) => string) {
  await visit(page, url("/anmelden"));
  await tabTo(page, page.getByLabel("E-Mail-Adresse"));
  await page.keyboard.type(VOLUNTEER);
  const link = await freshSignInLink(VOLUNTEER, async () => {
    await page.keyboard.press("Enter");
    await page.getByText("Bitte schauen Sie in Ihr Postfach").waitFor();
  });
  await expectPageOk(page);
  await page.goto(link);
  await page.waitForURL(/\/mein-engagement$/);
}

describe("Schulungen in Mitmachen: waiting list, moving up, calendar", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().public).toString();
  const suffix = Date.now().toString(36);
  const title = `Erste Hilfe am Kind ${suffix}`;
  let trainingId: string;
  let someone: ReturnType<typeof apiClient>;
  /** Lena's browser tab: she signs in once (sign-in links are limited per address). */
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    trainingId = await offerTraining(title);
    someone = await anotherVolunteer(suffix);
    const taken = await someone.mutate<{ status: string }>("trainings.register", { trainingId });
    expect(taken.status).toBe("confirmed");
  }, 120_000);
  afterAll(() => browser?.close());

  it("a volunteer joins the waiting list by keyboard, moves up when someone cancels and is told by e-mail", async () => {
    page = (await newPage(browser)).page;
    await signInByKeyboard(page, url);

    // The calendar keeps its filters in the address; a full training is not "with free places".
    await visit(page, url("/schulungen"), "Schulungen");
    await page.getByRole("link", { name: title }).waitFor();
    await tabTo(page, page.getByLabel("Nur mit freien Plätzen"));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Anzeigen" }));
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.searchParams.get("onlyWithPlaces") === "true");
    await expect.poll(() => page.getByRole("link", { name: title }).count()).toBe(0);
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("link", { name: title }).count()).toBe(0);
    await expectPageOk(page, "Schulungen");
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has("onlyWithPlaces"));

    await tabTo(page, page.getByRole("link", { name: title }));
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === `/schulungen/${trainingId}`);
    await page.getByText("Ausgebucht").first().waitFor();
    await expectPageOk(page, title);

    const join = page.getByRole("button", { name: "Auf die Warteliste" });
    await tabTo(page, join);
    await page.keyboard.press("Enter");
    await page.getByText(/Sie stehen auf Platz 1 der Warteliste/).waitFor();
    // The button changes its meaning in place, so the keyboard focus stays on it.
    await page.getByRole("button", { name: "Von der Warteliste nehmen" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Von der Warteliste nehmen",
    );
    await expectPageOk(page);
    await expect
      .poll(() => mailsTo(VOLUNTEER).map((m) => String(m.subject)))
      .toContain(`Warteliste – ${title}`);

    // The person with the place cancels; the first who waits moves up and gets an e-mail.
    const cancelled = await someone.mutate<{ promoted: number }>("trainings.cancel", {
      trainingId,
    });
    expect(cancelled.promoted).toBe(1);
    await expect
      .poll(() => mailsTo(VOLUNTEER).map((m) => String(m.subject)), { timeout: 15_000 })
      .toContain(`Ein Platz ist frei geworden – ${title}`);
    const moved = mailsTo(VOLUNTEER).find((m) => String(m.subject).startsWith("Ein Platz"))!;
    expect(String(moved.body)).toContain(`/api/calendar/training/${trainingId}.ics`);

    await page.reload();
    await page.getByText("Sie sind angemeldet. Ihr Platz ist sicher.").waitFor();
    await expectPageOk(page, title);
    const ics = await page
      .getByRole("link", { name: "Alle Termine in den Kalender (iCal)" })
      .getAttribute("href");
    const file = await fetch(new URL(ics!, platform().public));
    expect(file.status).toBe(200);
    expect((await file.text()).match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it("lists the volunteer's trainings and gives a personal calendar link that a new one revokes", async () => {
    await visit(page, url("/meine-schulungen"), "Meine Schulungen");
    await page.getByRole("link", { name: title, exact: true }).waitFor();
    await page.getByText("Angemeldet", { exact: true }).first().waitFor();
    await expectPageOk(page);

    await tabTo(page, page.getByRole("button", { name: "Kalender-Link erstellen" }));
    await page.keyboard.press("Enter");
    const field = page.getByLabel("Kalender-Link zum Kopieren");
    await field.waitFor();
    const first = await field.inputValue();
    expect(first).toMatch(/\/api\/calendar\/feed\/[\w-]{43}\.ics\?city=goeppingen$/);
    await expectPageOk(page);
    const feed = await fetch(first);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(`SUMMARY:${title.slice(0, 20)}`);

    await tabTo(page, page.getByRole("button", { name: "Neuen Link erstellen" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => field.inputValue()).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(await field.inputValue())).status).toBe(200);
    await expectPageOk(page);
  });
});
