import AxeBuilder from "@axe-core/playwright";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Cookie,
  type Locator,
  type Page,
} from "playwright-core";
import { createHmac } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, inject } from "vitest";
import { CHROMIUM_ARGS } from "./chromium.ts";
import { readLog } from "./platform.ts";

export const platform = () => inject("platform");

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromium"), args: CHROMIUM_ARGS });
}

export async function newPage(
  browser: Browser,
  locale = "de-DE",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => {
    // A 4xx answer is part of a flow the page handles (an expired link, a wrong password);
    // the browser still logs it. Server errors, exceptions and CSP refusals count.
    const handled = /^Failed to load resource: the server responded with a status of 4\d\d/;
    if (message.type() === "error" && !handled.test(message.text())) problems.push(message.text());
  });
  (page as Page & { problems: string[] }).problems = problems;
  return { context, page };
}

/** Browser errors on the page so far (uncaught exceptions, console errors, CSP refusals). */
export function problemsOf(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

/** WCAG 2.1 A and AA, as axe knows them: a page passes with zero violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * The newest sign-in link the API sent to an address (printed to the log without SMTP), sent at
 * or after `since` when given: the address may hold older links from other tests, and the new
 * mail leaves the outbox a moment after the request.
 */
export async function signInLinkFor(email: string, since?: Date): Promise<string> {
  const pattern = /https?:\/\/\S+\/anmelden\/link\?token=[\w-]+/;
  for (let i = 0; i < 75; i++) {
    const link = readLog(platform().logFile)
      .filter(
        (line) =>
          line.to === email &&
          typeof line.body === "string" &&
          (!since || String(line.time) >= since.toISOString()),
      )
      .map((line) => String(line.body).match(pattern)?.[0])
      .filter((found): found is string => Boolean(found))
      .at(-1);
    if (link) return link;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No sign-in link for ${email} in the API log.`);
}

/**
 * Signs a volunteer in on this page's context by the e-mail link, once per platform run: the
 * session cookie is kept beside the platform's log and reused, because sign-in links are
 * limited per address (a few per quarter hour), as they should be.
 */
export async function signInVolunteer(page: Page, email: string): Promise<void> {
  const saved = join(dirname(platform().logFile), `session-${email}.json`);
  if (existsSync(saved)) {
    await page.context().addCookies(JSON.parse(readFileSync(saved, "utf8")) as Cookie[]);
    return;
  }
  await visit(page, new URL("/anmelden", platform().public).toString());
  await page.getByLabel("E-Mail-Adresse").fill(email);
  const since = new Date();
  await page.getByRole("button", { name: "Anmeldelink senden" }).click();
  await page.getByText("Bitte schauen Sie in Ihr Postfach").waitFor();
  await page.goto(await signInLinkFor(email, since));
  await page.waitForURL(/\/mein-engagement$/);
  writeFileSync(saved, JSON.stringify(await page.context().cookies()));
}

/** The newest link to `path` (e.g. "/bewerbung/bestaetigen") in any mail the API sent to an address. */
export async function mailLinkFor(email: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path.replace(/[/.]/g, "\\$&")}\\?token=[\\w-]+`);
  for (let i = 0; i < 50; i++) {
    const link = readLog(platform().logFile)
      .filter((line) => line.to === email && typeof line.body === "string")
      .map((line) => String(line.body).match(pattern)?.[0])
      .filter(Boolean)
      .at(-1);
    if (link) return link;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No mail to ${email} with a link to ${path} in the API log.`);
}

/** Moves the focus by the Tab key alone until it rests on `target` (keyboard-only journeys). */
export async function tabTo(page: Page, target: Locator, maxTabs = 150): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${String(target)} on ${page.url()}.`);
}

/**
 * Opens a page as a visitor would and checks what every page must hold: it renders its one
 * h1, nothing failed in the browser (a CSP refusal shows up here too), and axe finds nothing.
 */
export async function visit(page: Page, url: string, h1?: string | RegExp): Promise<void> {
  await page.goto(url);
  await expectPageOk(page, h1);
}

export async function expectPageOk(page: Page, h1?: string | RegExp): Promise<void> {
  const heading = page.locator("h1");
  await heading.first().waitFor();
  if (h1) await expect.poll(() => heading.first().textContent()).toMatch(h1);
  expect(await heading.count(), `exactly one h1 on ${page.url()}`).toBe(1);
  await page.waitForLoadState("networkidle");
  expect(problemsOf(page), `browser errors on ${page.url()}`).toEqual([]);
  await expectAccessible(page);
}

/** Saves a screenshot for the README when UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1") return;
  const path = new URL(`../../../docs/screenshots/${name}.png`, import.meta.url);
  await page.screenshot({ path: path.pathname, fullPage: false });
}

/**
 * The authenticator secret of the demo accounts whose role requires a second factor (the
 * coordination office and the admins), as the seed sets it and the README lists it.
 */
const DEMO_TOTP_SECRET = "ENGAGIERTDEMOZWEITERFAKTORGEHEIM";
const DEMO_SECOND_FACTOR_ACCOUNTS = new Set([
  "koordination@goeppingen.example",
  "admin@goeppingen.example",
  "netzwerk-admin@goeppingen.example",
  "koordination@rheinfelden.example",
]);

/** The six-digit code an authenticator app shows for a base32 secret in a 30-second step. */
export function totpCodeAt(secret: string, step: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of secret.replace(/\s/g, "").toUpperCase()) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  }
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/**
 * A code for an account that no sign-in of this run has used yet. The API takes each step's
 * code once per account, and the tests sign the same account in several times within seconds:
 * so the current step, the next or (early enough) the last one is taken, and when all three
 * were used, the next step is waited for. Used steps are kept beside the platform's log, as
 * every test file runs in a worker of its own.
 */
export async function freshTotpCode(email: string, secret = DEMO_TOTP_SECRET): Promise<string> {
  const usedFile = join(dirname(platform().logFile), `totp-steps-${email}.json`);
  const used = new Set<number>(
    existsSync(usedFile) ? (JSON.parse(readFileSync(usedFile, "utf8")) as number[]) : [],
  );
  for (;;) {
    const seconds = Date.now() / 1000;
    const current = Math.floor(seconds / 30);
    const secondsLeft = 30 - (seconds % 30);
    const candidates = [current, current + 1, ...(secondsLeft > 8 ? [current - 1] : [])];
    const step = candidates.find((candidate) => !used.has(candidate));
    if (step !== undefined) {
      used.add(step);
      writeFileSync(usedFile, JSON.stringify([...used]));
      return totpCodeAt(secret, step);
    }
    await new Promise((r) => setTimeout(r, (secondsLeft + 0.5) * 1000));
  }
}

/**
 * Gives the code step after the password for a demo account with a second factor, as a person
 * with the authenticator app would; for any other account it does nothing.
 */
export async function passSecondFactor(page: Page, email: string): Promise<void> {
  if (!DEMO_SECOND_FACTOR_ACCOUNTS.has(email)) return;
  const field = page.getByLabel("Bestätigungscode");
  await field.waitFor();
  await field.fill(await freshTotpCode(email));
  await page.getByRole("button", { name: "Bestätigen", exact: true }).click();
}
