import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectPageOk, launch, newPage, platform, visit } from "./browser.ts";
import { readLog } from "./platform.ts";

/** The whole sign-in link of the newest mail to an address, with where it leads afterwards. */
async function fullLinkFor(email: string): Promise<string> {
  for (let i = 0; i < 75; i++) {
    const link = readLog(platform().logFile)
      .filter((line) => line.to === email && typeof line.body === "string")
      .map((line) => String(line.body).match(/https?:\/\/\S+\/anmelden\/link\?token=\S+/)?.[0])
      .filter(Boolean)
      .at(-1);
    if (link) return link;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No sign-in link for ${email} in the API log.`);
}

/** A published one-off opportunity whose shifts still take people, found through the search. */
async function openOneOffWithFreeShift(page: Page, url: (path: string) => string) {
  await visit(page, url("/suchen?format=one_off"), "Engagement suchen");
  const links = await page
    .getByRole("article")
    .getByRole("link")
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  for (const href of links) {
    await page.goto(url(href));
    await page.locator("h1").waitFor();
    await page.waitForLoadState("networkidle");
    if ((await page.getByRole("button", { name: "Schicht übernehmen" }).count()) > 0) return;
  }
  throw new Error("No one-off opportunity with a free shift in the demo data.");
}

describe("shifts of a one-off opportunity, without an account", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().public).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("a visitor asks for a shift, confirms by the e-mail link and is signed up", async () => {
    const { page } = await newPage(browser);
    await openOneOffWithFreeShift(page, url);
    await page.getByRole("button", { name: "Schicht übernehmen" }).first().click();
    // The page also holds the application form: stay inside the shift request.
    const form = page
      .locator("form")
      .filter({ has: page.getByRole("button", { name: "Anmeldung senden" }) });
    await form.getByLabel("Vorname").waitFor();
    await expectPageOk(page);

    const email = `schicht.${Date.now()}@beispiel.example`;
    await form.getByLabel("Vorname").fill("Jonas");
    await form.getByLabel("Nachname").fill("Beispiel");
    await form.getByLabel("E-Mail-Adresse").fill(email);
    await form.getByLabel("Geburtsjahr").fill("1988");
    await form.getByRole("checkbox").check();
    await form.getByRole("button", { name: "Anmeldung senden" }).click();
    await page.getByText("Bitte schauen Sie in Ihr Postfach").first().waitFor();
    await expectPageOk(page);

    const link = await fullLinkFor(email);
    expect(new URL(link).searchParams.get("weiter")).toMatch(
      /^\/angebote\/[\w-]+\?schicht=[\w-]+$/,
    );
    await page.goto(link);
    await page.waitForURL((u) => u.pathname.startsWith("/angebote/"));
    await page
      .getByText(/Geschafft: Sie sind für die Schicht eingetragen|Sie stehen auf der Warteliste/)
      .first()
      .waitFor();
    await expectPageOk(page);
    await page.getByText("Sie sind eingetragen.").first().waitFor();
  });
});
