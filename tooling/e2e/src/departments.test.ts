import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectPageOk,
  launch,
  newPage,
  passSecondFactor,
  platform,
  screenshot,
  visit,
} from "./browser.ts";

const PASSWORD = "Engagiert-Demo-2026";

describe("Verwaltung (departments app)", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().departments).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function signIn(page: Page, email: string, password = PASSWORD) {
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Passwort").fill(password);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await passSecondFactor(page, email);
  }

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const { page } = await newPage(browser);
    await page.goto(url("/"));
    await page.waitForURL(/\/anmelden/);
    await expectPageOk(page, "Anmelden");
  });

  it("explains a wrong password next to the form", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/anmelden"), "Anmelden");
    await signIn(page, "soziales-familie@team.goeppingen.example", "falsches Passwort");
    await page.getByText("E-Mail-Adresse oder Passwort stimmen nicht.").waitFor();
    await expectPageOk(page);
  });

  it("signs staff in by keyboard alone and shows their organisation's figures", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/anmelden"), "Anmelden");
    await page.getByLabel("E-Mail-Adresse").focus();
    await page.keyboard.type("soziales-familie@team.goeppingen.example");
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByText("Fachbereich Soziales und Familie").first().waitFor();
    await page.getByText("Aktive Engagierte").waitFor();
    expect(await page.getByRole("combobox", { name: "Zahlen für" }).count()).toBe(0);
    await expectPageOk(page, "Übersicht");

    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.waitForURL(/\/anmelden/);
  });

  it("lets the coordination office switch between the city and an organisation", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/anmelden"), "Anmelden");
    await signIn(page, "koordination@goeppingen.example");
    const select = page.getByRole("combobox", { name: "Zahlen für" });
    await select.waitFor();
    await page.getByText("Aktive Engagierte").waitFor();
    await screenshot(page, "departments");
    await expectPageOk(page, "Übersicht");
    await select.selectOption({ label: "Stadtbibliothek" });
    await page.getByText("Zahlen für Stadtbibliothek").waitFor();
    await expectPageOk(page);
  });

  it("has its legal pages and a not-found page", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/impressum"), "Impressum");
    await visit(page, url("/datenschutz"), "Datenschutz");
    await visit(page, url("/barrierefreiheit"), "Erklärung zur Barrierefreiheit");
    await visit(page, url("/gibt-es-nicht"), "Seite nicht gefunden");
  });
});
