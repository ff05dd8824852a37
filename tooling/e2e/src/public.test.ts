import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectPageOk,
  launch,
  newPage,
  platform,
  screenshot,
  signInLinkFor,
  visit,
} from "./browser.ts";

describe("Mitmachen (public app)", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().public).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("shows the newest published opportunities and loads more", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/"), "Engagement in Göppingen");
    await expect.poll(() => page.getByRole("article").count()).toBeGreaterThan(5);
    await screenshot(page, "public");
    const before = await page.getByRole("article").count();
    await expect
      .poll(() => page.getByText(/von \d+ angezeigt/).textContent())
      .toMatch(/von 59 angezeigt/);
    await page.getByRole("button", { name: "Weitere laden" }).click();
    await expect.poll(() => page.getByRole("article").count()).toBeGreaterThan(before);
    await expectPageOk(page);
  });

  it("switches to English and back", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/"), "Engagement in Göppingen");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Volunteering in Göppingen");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expectPageOk(page);
    await page.reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Volunteering in Göppingen");
  });

  it("works by keyboard: the skip link leads to the content", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/"), "Engagement in Göppingen");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Zum Inhalt springen",
    );
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  });

  it("signs a volunteer in with the link from the e-mail, and out again", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/anmelden"));
    await page.getByLabel("E-Mail-Adresse").fill("ehrenamt@goeppingen.example");
    const since = new Date();
    await page.getByRole("button", { name: "Anmeldelink senden" }).click();
    await page.getByText("Bitte schauen Sie in Ihr Postfach").waitFor();
    await expectPageOk(page);

    const link = await signInLinkFor("ehrenamt@goeppingen.example", since);
    expect(new URL(link).origin).toBe(new URL(platform().public).origin);
    await page.goto(link);
    await page.waitForURL(/\/mein-engagement$/);
    await page.getByText("Angemeldet als Lena Wagner").waitFor();
    await expectPageOk(page, "Mein Engagement");

    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.getByRole("link", { name: "Anmelden" }).first().waitFor();
    await page.goto(link);
    await page.getByText("Die Anmeldung mit diesem Link hat nicht geklappt").waitFor();
    await expectPageOk(page);
  });

  it("has an imprint, a privacy notice and an accessibility statement", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/impressum"), "Impressum");
    await visit(page, url("/datenschutz"), "Datenschutz");
    await visit(page, url("/barrierefreiheit"), "Erklärung zur Barrierefreiheit");
    await page.getByText("engagement@goeppingen.example").first().waitFor();
  });

  it("answers an unknown address with its not-found page", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/gibt-es-nicht"), "Seite nicht gefunden");
  });
});
