import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectPageOk,
  launch,
  newPage,
  passSecondFactor,
  platform,
  tabTo,
  visit,
} from "./browser.ts";

const PASSWORD = "Engagiert-Demo-2026";
const STAFF = "stadtbibliothek@team.goeppingen.example";
const ORGANISATION = "Stadtbibliothek";
const COORDINATOR = "koordination@goeppingen.example";
const STANDARD = "Einarbeitung";
const LEVEL_TEXT = ["Nicht vorhanden", "Begonnen", "Weitgehend", "Vollständig"];
/** A button's name: its visible words, then the standard it is for (read only by screen readers). */
const forStandard = (label: string, title: string) => new RegExp(`^${label}\\s*:\\s*${title}$`);
const NOTE = `Einarbeitungsplan überarbeitet (${Date.now().toString(36)})`;

describe("Qualität: self-assessment, matrix, export", () => {
  let browser: Browser;
  /** The level the staff member chooses: one the standard does not have yet. */
  let chosen = 3;
  const url = (path: string) => new URL(path, platform().departments).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function signIn(page: Page, email: string) {
    await visit(page, url("/anmelden"), "Anmelden");
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await passSecondFactor(page, email);
    await page.getByRole("button", { name: "Abmelden" }).waitFor();
  }

  it("staff assess a standard by keyboard alone and find it in the history", async () => {
    const { page } = await newPage(browser);
    await signIn(page, STAFF);
    await page
      .getByRole("navigation", { name: /Haupt/ })
      .getByRole("link", { name: "Qualität" })
      .click();
    await page.waitForURL(/\/qualitaet$/);
    const section = page.getByRole("region", { name: STANDARD, exact: true });
    await section.getByText("Erwartete Nachweise").waitFor();
    await expectPageOk(page, "Qualität: Selbsteinschätzung");

    const toggle = section.getByRole("button", { name: forStandard("Neu einschätzen", STANDARD) });
    await tabTo(page, toggle);
    await page.keyboard.press("Enter");
    const radios = section.getByRole("radio");
    await radios.first().waitFor();
    expect(await radios.count()).toBe(4);
    await section.getByText("3 – Vollständig umgesetzt und dokumentiert").waitFor();
    await expectPageOk(page);

    // Into the group of levels, then the arrow keys choose, as in any radio group.
    await page.keyboard.press("Tab");
    const checked = await radios.evaluateAll((inputs) =>
      inputs.findIndex((input) => (input as HTMLInputElement).checked),
    );
    expect(checked, "the current level is preselected").toBeGreaterThanOrEqual(0);
    chosen = checked === 3 ? 2 : 3;
    for (let i = 0; i < (chosen - checked + 4) % 4; i++) await page.keyboard.press("ArrowDown");
    expect(await radios.nth(chosen).isChecked()).toBe(true);

    await tabTo(page, section.getByLabel("Nachweis oder Anmerkung (freiwillig)"));
    await page.keyboard.type(NOTE);
    await tabTo(page, section.getByRole("button", { name: "Einschätzung speichern" }));
    await page.keyboard.press("Enter");
    await section.getByText("Die Einschätzung ist gespeichert.").waitFor();
    await section.getByText(NOTE).waitFor();
    await expect
      .poll(() => section.locator(".engagiert-facts").textContent())
      .toContain(LEVEL_TEXT[chosen]);
    // The form closed and the focus went back to the button that opened it.
    await expect.poll(() => toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectPageOk(page);

    await tabTo(page, section.locator("summary"));
    await page.keyboard.press("Enter");
    const history = section.getByRole("table", { name: `Frühere Einschätzungen: ${STANDARD}` });
    await history.getByRole("cell", { name: NOTE }).waitFor();
    expect(await history.getByRole("row").count()).toBeGreaterThan(2);
    await expectPageOk(page);
  });

  it("the coordination office sees the matrix, downloads it as CSV and opens the trend", async () => {
    const { page } = await newPage(browser);
    await signIn(page, COORDINATOR);
    await visit(page, url("/qualitaet"), "Qualität in der Stadt");
    const matrix = page.getByRole("table", { name: /Organisationen und ihre Einschätzung/ });
    const row = matrix
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: ORGANISATION }) });
    await row.waitFor();
    const headers = await matrix.getByRole("columnheader").allTextContents();
    const column = headers.indexOf(STANDARD);
    expect(column).toBeGreaterThan(1);
    expect(
      await row
        .getByRole("cell")
        .nth(column - 1)
        .textContent(),
    ).toContain(`${chosen} ${LEVEL_TEXT[chosen]}`);
    expect(await row.getByRole("cell").first().textContent()).toMatch(/^\d{1,3} %$/);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Als CSV herunterladen" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^qualitaet-goeppingen-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    const [header, ...lines] = csv.replace(/^\uFEFF/, "").split("\r\n");
    const columns = header!.split(",");
    expect(columns.slice(0, 2)).toEqual(["Organisation", "Reifegrad (%)"]);
    const line = lines.find((l) => l.startsWith(`${ORGANISATION},`))!.split(",");
    expect(line[columns.indexOf(STANDARD)]).toBe(String(chosen));
    await expectPageOk(page);

    await row.getByRole("link", { name: ORGANISATION }).click();
    await page.waitForURL(/\/qualitaet\/organisationen\//);
    const chart = page.getByRole("img", { name: /^Liniendiagramm: Reifegrad von Stadtbibliothek/ });
    await chart.waitFor();
    await expectPageOk(page, `Qualität: ${ORGANISATION}`);
    await page.locator("summary", { hasText: "Zahlen als Tabelle" }).click();
    const figures = page.getByRole("table", { name: "Zahlen als Tabelle" });
    await expect.poll(() => figures.getByRole("row").count()).toBe(9);
    await expectPageOk(page);
  });

  it("the coordination office reorders the catalogue by keyboard", async () => {
    const { page } = await newPage(browser);
    await signIn(page, COORDINATOR);
    await visit(page, url("/qualitaet/standards"), "Qualitätsstandards");
    const down = page.getByRole("button", {
      name: forStandard("Nach unten", "Feste Ansprechperson"),
    });
    await tabTo(page, down);
    await page.keyboard.press("Enter");
    await page.getByText("„Feste Ansprechperson“ steht jetzt an Stelle 2.").waitFor();
    await expect.poll(() => down.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectPageOk(page);

    const up = page.getByRole("button", { name: forStandard("Nach oben", "Feste Ansprechperson") });
    await tabTo(page, up);
    await page.keyboard.press("Enter");
    await page.getByText("„Feste Ansprechperson“ steht jetzt an Stelle 1.").waitFor();
    await expectPageOk(page);
  });
});
