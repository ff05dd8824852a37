import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectPageOk,
  launch,
  newPage,
  passSecondFactor,
  platform,
  signInVolunteer,
  tabTo,
  visit,
} from "./browser.ts";

const PASSWORD = "Engagiert-Demo-2026";
/** Lena Wagner's active engagement is with the city library ("Vorlesepatin oder Vorlesepate"). */
const STAFF = "stadtbibliothek@team.goeppingen.example";
const COORDINATOR = "koordination@goeppingen.example";
const VOLUNTEER = "ehrenamt@goeppingen.example";
const JOURNEY_TIMEOUT = 180_000;

/** A day in Göppingen `days` from today, as `YYYY-MM-DD`. */
function berlinDay(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Types a date into a date field by keyboard. Chromium lays the field out in its own language,
 * whatever the page's (month, day, year in an English build; day, month, year in a German one),
 * so the orders are tried in turn; the field is only emptied between tries.
 */
async function typeDate(page: Page, field: Locator, isoDate: string) {
  const [year, month, day] = isoDate.split("-");
  for (const keys of [`${month}${day}${year}`, `${day}${month}${year}`, `${year}${month}${day}`]) {
    await tabTo(page, field);
    await page.keyboard.type(keys);
    if ((await field.inputValue()) === isoDate) return;
    await field.fill("");
    await field.evaluate((el) => (el as HTMLElement).blur());
  }
  throw new Error(`Could not type ${isoDate} into the date field.`);
}

async function signInStaff(page: Page, email: string) {
  await visit(page, new URL("/anmelden", platform().departments).toString(), "Anmelden");
  await tabTo(page, page.getByLabel("E-Mail-Adresse"));
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await passSecondFactor(page, email);
  await page.getByText("Aktive Engagierte").waitFor();
}

describe("Qualifikationen: certificates, expiring soon, my qualifications", () => {
  let browser: Browser;
  const validUntil = berlinDay(20);

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it(
    "staff record an external certificate by keyboard, and the expiring list shows it",
    async () => {
      const { page } = await newPage(browser);
      await signInStaff(page, STAFF);
      const nav = page.getByRole("navigation", { name: /Haupt/ });

      await tabTo(page, nav.getByRole("link", { name: "Bewerbungen" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/bewerbungen$/);
      await tabTo(page, page.getByLabel("Name suchen"));
      await page.keyboard.type("Lena Wagner");
      const person = page.getByRole("link", { name: "Lena Wagner" }).first();
      await expect.poll(() => page.getByRole("link", { name: "Lena Wagner" }).count()).toBe(1);
      await tabTo(page, person);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/bewerbungen\/[\w-]+$/);
      await tabTo(page, page.getByRole("link", { name: "Akte von Lena Wagner öffnen" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/engagierte\/[\w-]+$/);
      await page.getByText(VOLUNTEER).waitFor();
      const section = page.locator("section", {
        has: page.getByRole("heading", { name: "Qualifikationen", exact: true }),
      });
      // The seed gave her first aid from 2025.
      await section.getByRole("rowheader", { name: "Erste Hilfe" }).waitFor();
      await expectPageOk(page, "Akte: Lena Wagner");

      const form = page.getByRole("form", { name: "Nachweis erfassen" });
      await tabTo(page, form.getByLabel("Qualifikation"));
      // Typing picks the option, as in any select: "Datenschutz-Belehrung".
      await page.keyboard.type("Datenschutz");
      expect(await form.getByLabel("Qualifikation").inputValue()).toBe("datenschutz-belehrung");
      await typeDate(page, form.getByLabel("Ausgestellt am"), berlinDay(-700));
      await typeDate(page, form.getByLabel("Gültig bis (freiwillig)"), validUntil);
      await tabTo(page, form.getByRole("button", { name: "Nachweis speichern" }));
      await page.keyboard.press("Enter");
      // Without an issuer the form says what is missing, next to the field.
      const issuer = form.getByLabel("Ausgestellt von");
      await expect.poll(() => issuer.getAttribute("aria-invalid")).toBe("true");
      await form
        .getByText("Bitte angeben, wer den Nachweis ausgestellt hat.", { exact: true })
        .waitFor();
      await expectPageOk(page);

      await tabTo(page, issuer);
      await page.keyboard.type("Landratsamt Göppingen");
      await tabTo(page, form.getByRole("button", { name: "Nachweis speichern" }));
      await page.keyboard.press("Enter");
      await page.getByText("Der Nachweis ist gespeichert.").waitFor();
      const row = section.getByRole("row", { name: /Datenschutz-Belehrung/ });
      await row.getByText("Läuft in 20 Tagen ab").waitFor();
      await row.getByText("Landratsamt Göppingen").waitFor();
      await expectPageOk(page);

      await tabTo(page, nav.getByRole("link", { name: "Qualifikationen" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/qualifikationen$/);
      const listed = page.getByRole("row", { name: /Wagner, Lena/ });
      await listed.filter({ hasText: "Datenschutz-Belehrung" }).getByText("20 Tage").waitFor();
      await expectPageOk(page, "Qualifikationen, die bald ablaufen");

      // Within the next 30 days it is listed too.
      await tabTo(page, page.getByLabel("Zeitraum"));
      await page.keyboard.type("In den nächsten 30");
      expect(await page.getByLabel("Zeitraum").inputValue()).toBe("30");
      await listed.filter({ hasText: "Datenschutz-Belehrung" }).getByText("20 Tage").waitFor();
      await expectPageOk(page);

      await tabTo(page, page.getByRole("link", { name: "Qualifikationsarten ansehen" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/qualifikationen\/arten$/);
      await page.getByRole("rowheader", { name: "Juleica (Jugendleiter/in-Card)" }).waitFor();
      // Staff read the types; only the coordination office changes them.
      expect(await page.getByRole("button", { name: /bearbeiten$/ }).count()).toBe(0);
      await expectPageOk(page, "Qualifikationsarten");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the coordination office sees the whole city and adds a qualification type",
    async () => {
      const { page } = await newPage(browser);
      await signInStaff(page, COORDINATOR);
      await visit(
        page,
        new URL("/qualifikationen", platform().departments).toString(),
        "Qualifikationen, die bald ablaufen",
      );
      // The whole city first; then one organisation's volunteers.
      expect(await page.getByLabel("Organisation").inputValue()).toBe("");
      await page.getByRole("row").nth(1).waitFor();
      await page.getByLabel("Organisation").selectOption({ label: "Stadtbibliothek" });
      await page
        .getByRole("row", { name: /Wagner, Lena/ })
        .filter({ hasText: "Datenschutz-Belehrung" })
        .waitFor();
      await expectPageOk(page);

      await page.getByRole("link", { name: "Qualifikationsarten ansehen" }).click();
      await page.waitForURL(/\/qualifikationen\/arten$/);
      await page.getByRole("button", { name: "Neue Qualifikationsart" }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe("Neue Qualifikationsart");
      await page.getByLabel("Kurzname").fill("rettungsschwimmer");
      await page.getByLabel("Name (Deutsch)").fill("Rettungsschwimmabzeichen Silber");
      await page.getByLabel("Name (Englisch)").fill("Lifeguard badge (silver)");
      await page.getByLabel("Gültig für (Monate)").fill("24");
      await page.getByLabel("Mindestalter", { exact: true }).fill("16");
      await page.getByLabel("Mindestalter in begründeten Fällen").fill("17");
      await page.getByRole("button", { name: "Vorausgesetzte Qualifikation hinzufügen" }).click();
      await page
        .getByRole("group", { name: "Vorausgesetzte Qualifikation 1" })
        .getByLabel("Qualifikation")
        .selectOption({ label: "Erste Hilfe" });
      await page.getByRole("button", { name: "Speichern" }).click();
      const justified = page.getByLabel("Mindestalter in begründeten Fällen");
      await expect.poll(() => justified.getAttribute("aria-invalid")).toBe("true");
      await expectPageOk(page);

      await justified.fill("15");
      await page.getByRole("button", { name: "Speichern" }).click();
      const row = page.getByRole("row", { name: /Rettungsschwimmabzeichen Silber/ });
      await row.getByText("24 Monate").waitFor();
      await row.getByText("ab 16 Jahren, Erste Hilfe").waitFor();
      await expectPageOk(page, "Qualifikationsarten");
    },
    JOURNEY_TIMEOUT,
  );

  it("the volunteer sees her qualifications with their standing in words", async () => {
    const { page } = await newPage(browser);
    await signInVolunteer(page, VOLUNTEER);
    await visit(page, new URL("/mein-engagement", platform().public).toString());
    await page.getByRole("link", { name: "Meine Qualifikationen ansehen" }).click();
    await page.waitForURL(/\/meine-qualifikationen$/);
    const card = (name: string) =>
      page.getByRole("article").filter({ has: page.getByRole("heading", { name }) });
    await card("Datenschutz-Belehrung").getByText("Läuft in 20 Tagen ab").waitFor();
    await card("Datenschutz-Belehrung").getByText("Landratsamt Göppingen").waitFor();
    await card("Erste Hilfe").getByText("Gültig", { exact: true }).waitFor();
    await card("Erste Hilfe").getByText("DRK Kreisverband Göppingen").waitFor();
    await expectPageOk(page, "Meine Qualifikationen");
  });
});
