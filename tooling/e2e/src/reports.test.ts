import { readFileSync } from "node:fs";
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
const COORDINATOR = "koordination@goeppingen.example";
const STAFF = "soziales-familie@team.goeppingen.example";

/** Today in Göppingen, as the apps count it. */
const today = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

describe("Berichte and Pauschalen", () => {
  let browser: Browser;
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
    await page.waitForURL((u) => u.pathname === "/");
  }

  it("the coordination office changes the period by keyboard and downloads a table as CSV", async () => {
    const { page } = await newPage(browser);
    await signIn(page, COORDINATOR);
    await page.getByRole("link", { name: "Berichte" }).click();
    await page.waitForURL(/\/berichte$/);
    const heading = page.getByText(/^Göppingen: /);
    await heading.waitFor();
    await page.getByRole("heading", { name: "Stunden pro Monat" }).waitFor();
    await expectPageOk(page, "Berichte");

    // The last twelve months are shown first; the arrow key moves to "this year".
    const lastTwelve = page.getByRole("radio", { name: "Letzte 12 Monate" });
    expect(await lastTwelve.isChecked()).toBe(true);
    await tabTo(page, lastTwelve);
    await page.keyboard.press("ArrowLeft");
    expect(await page.getByRole("radio", { name: "Dieses Jahr" }).isChecked()).toBe(true);
    const year = today().slice(0, 4);
    await expect
      .poll(() => heading.textContent(), { timeout: 30_000 })
      .toContain(`1. Januar ${year} bis`);
    await expectPageOk(page);

    // A custom period that ends before it starts is explained next to its field.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("radio", { name: "Eigener Zeitraum" }).isChecked()).toBe(true);
    await page.getByLabel("Von").fill(`${year}-03-01`);
    await page.getByLabel("Bis").fill(`${year}-02-01`);
    await page.getByRole("button", { name: "Zeitraum anzeigen" }).click();
    await page.getByText("Das Ende darf nicht vor dem Beginn liegen.").waitFor();
    expect(await page.getByLabel("Bis").getAttribute("aria-invalid")).toBe("true");
    await expectPageOk(page);
    await page.getByLabel("Bis").fill(`${year}-03-31`);
    await page.getByRole("button", { name: "Zeitraum anzeigen" }).click();
    await expect
      .poll(() => heading.textContent(), { timeout: 30_000 })
      .toContain(`1. März ${year} bis 31. März`);

    await page
      .getByRole("combobox", { name: "Bericht für" })
      .selectOption({ label: "Fachbereich Soziales und Familie" });
    await page.getByText(/^Fachbereich Soziales und Familie: /).waitFor({ timeout: 30_000 });
    await expectPageOk(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "CSV herunterladen: Stunden pro Monat" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`stunden-pro-monat-${year}-03-01-${year}-03-31.csv`);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFMonat,Stunden,Engagierte mit Stunden");
    expect(csv.split("\r\n")[1]).toMatch(new RegExp(`^${year}-03,[\\d.]+,\\d+$`));
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("staff record an allowance payment and confirm the excess after the warning", async () => {
    const { page } = await newPage(browser);
    await signIn(page, STAFF);
    await page.getByRole("link", { name: "Pauschalen" }).click();
    await page.waitForURL(/\/pauschalen$/);
    await page.getByRole("heading", { name: "Zahlung erfassen" }).waitFor();
    await expectPageOk(page, "Pauschalen");

    const person = page.getByRole("combobox", { name: "Engagierte Person" });
    await expect.poll(() => person.locator("option").count()).toBeGreaterThan(1);
    await person.selectOption({ index: 1 });
    await page.getByText(/^Bereits gezahlt \d{4}$/).waitFor();
    await page.getByRole("radio", { name: "Ehrenamtspauschale" }).check();
    await page.getByLabel("Betrag in Euro").fill("2.000,00");
    expect(await page.getByLabel("Tag der Zahlung").inputValue()).toBe(today());
    const activity = `Besuchsdienst ${Date.now().toString(36)}`;
    await page.getByLabel("Tätigkeit", { exact: true }).fill(activity);

    await page.getByText("Diese Zahlung übersteigt die Grenze").waitFor();
    const confirm = page.getByRole("checkbox", { name: /als steuerpflichtig auszahlen/ });
    await confirm.waitFor();
    await expectPageOk(page);

    // Saving without the confirmation is refused next to the checkbox.
    await page.getByRole("button", { name: "Zahlung speichern" }).click();
    await expect.poll(() => confirm.getAttribute("aria-invalid")).toBe("true");
    await expectPageOk(page);
    await confirm.check();
    await page.getByRole("button", { name: "Zahlung speichern" }).click();
    await page.getByText("Die Zahlung ist gespeichert.").waitFor();
    const row = page.getByRole("row").filter({ hasText: activity });
    await row.waitFor();
    expect(await row.textContent()).toContain("über der Grenze, steuerpflichtig");
    await expectPageOk(page);

    // The other allowance for the same activity is refused before saving.
    await page.getByRole("radio", { name: "Übungsleiterpauschale" }).check();
    await page.getByLabel("Betrag in Euro").fill("10");
    await page.getByLabel("Tätigkeit", { exact: true }).fill(activity);
    await page.getByText("Für diese Tätigkeit nicht möglich").waitFor();
    await expectPageOk(page);
  });
});
