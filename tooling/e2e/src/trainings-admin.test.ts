import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectPageOk, launch, newPage, platform, tabTo, visit } from "./browser.ts";

const PASSWORD = "Engagiert-Demo-2026";
/** Staff of "Fachbereich Soziales und Familie", which held a hygiene briefing three days ago. */
const STAFF = "soziales-familie@team.goeppingen.example";
const HELD = "Hygiene-Belehrung nach §43 IfSG";
const DAY = 24 * 60 * 60 * 1000;
const JOURNEY_TIMEOUT = 180_000;

/**
 * How the browser's date and time fields take typed digits: it follows the browser's own
 * language, not the page's (day or month first; a 24-hour clock or AM/PM). Found once on a
 * blank page by typing probes.
 */
type FieldKeys = { order: "dmy" | "mdy"; is24Hours: boolean };

async function fieldKeysOf(page: Page): Promise<FieldKeys> {
  const probe = await page.context().newPage();
  await probe.setContent(
    '<label>Tag <input type="date"></label><label>Zeit <input type="time"></label>',
  );
  await probe.getByLabel("Tag").focus();
  await probe.keyboard.type("01022030");
  await probe.getByLabel("Zeit").focus();
  await probe.keyboard.type("2000");
  const day = await probe.getByLabel("Tag").inputValue();
  const time = await probe.getByLabel("Zeit").inputValue();
  await probe.close();
  if (day !== "2030-02-01" && day !== "2030-01-02") {
    throw new Error(`The date field took 01022030 as ${day}.`);
  }
  return { order: day === "2030-02-01" ? "dmy" : "mdy", is24Hours: time === "20:00" };
}

/** The keys for a time of day (`HH:MM`) in the browser's clock. */
function typedTime(time: string, keys: FieldKeys) {
  const [hh, mm] = time.split(":") as [string, string];
  if (keys.is24Hours) return `${hh}${mm}`;
  const hour = Number(hh) % 12 || 12;
  return `${String(hour).padStart(2, "0")}${mm}${Number(hh) < 12 ? "A" : "P"}`;
}

/** A day from now: the keys to type into a date field, and the value it then holds. */
function typedDay(daysAhead: number, keys: FieldKeys) {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(
    new Date(Date.now() + daysAhead * DAY),
  );
  const [yyyy, mm, dd] = iso.split("-");
  return { keys: keys.order === "dmy" ? `${dd}${mm}${yyyy}` : `${mm}${dd}${yyyy}`, iso };
}

describe("Schulungen in der Verwaltung: create, publish, take attendance, close", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().departments).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function signIn(page: Page) {
    await visit(page, url("/anmelden"), "Anmelden");
    await page.getByLabel("E-Mail-Adresse").fill(STAFF);
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await page.getByText("Aktive Engagierte").waitFor();
  }

  /** Moves to a field with the Tab key and types into it. */
  async function typeInto(page: Page, label: string | RegExp, text: string, nth = 0) {
    const field = page.getByLabel(label, { exact: typeof label === "string" }).nth(nth);
    await tabTo(page, field);
    await page.keyboard.type(text);
    return field;
  }

  it(
    "staff create a training with two sessions by keyboard and publish it",
    async () => {
      const { page } = await newPage(browser);
      await signIn(page);
      const nav = page.getByRole("navigation", { name: /Haupt/ });
      await tabTo(page, nav.getByRole("link", { name: "Schulungen" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/schulungen$/);
      await page.getByRole("link", { name: HELD }).waitFor();
      await expectPageOk(page, "Schulungen");

      await tabTo(page, page.getByRole("link", { name: "Neue Schulung" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/schulungen\/neu$/);
      await expectPageOk(page, "Neue Schulung");

      const title = `Gesprächsführung am Telefon ${Date.now().toString(36)}`;
      await typeInto(page, "Titel", title);
      await typeInto(
        page,
        "Beschreibung",
        "Wie wir am Telefon zuhören, nachfragen und Grenzen setzen.",
      );
      await typeInto(page, "Zielgruppe", "Engagierte in der Telefonpatenschaft");
      await typeInto(page, "Thema", "Kommunikation");
      await typeInto(page, "Leitung (Person oder Organisation)", "Telefonseelsorge Göppingen");
      await typeInto(page, "Adresse", "Rathaus Göppingen, Raum 104");

      const keys = await fieldKeysOf(page);
      const first = typedDay(30, keys);
      const second = typedDay(37, keys);
      const firstDate = await typeInto(page, "Datum", first.keys);
      await typeInto(page, "Beginn", typedTime("18:00", keys));
      await typeInto(page, "Ende", typedTime("20:00", keys));
      await typeInto(page, "Unterrichtseinheiten", "2");
      expect(await firstDate.inputValue()).toBe(first.iso);

      // A new date row takes the focus, with the times of the row before.
      await tabTo(page, page.getByRole("button", { name: "Termin hinzufügen" }));
      await page.keyboard.press("Enter");
      const secondDate = page.getByLabel("Datum", { exact: true }).nth(1);
      await expect
        .poll(() => secondDate.evaluate((el) => el === document.activeElement))
        .toBe(true);
      await page.keyboard.type(second.keys);
      expect(await secondDate.inputValue()).toBe(second.iso);
      expect(await page.getByLabel("Beginn", { exact: true }).nth(1).inputValue()).toBe("18:00");

      // A third row, removed again: the focus goes back to the row before.
      await tabTo(page, page.getByRole("button", { name: "Termin hinzufügen" }));
      await page.keyboard.press("Enter");
      await tabTo(page, page.getByRole("button", { name: "Termin 3 entfernen" }));
      await page.keyboard.press("Enter");
      await expect
        .poll(() => secondDate.evaluate((el) => el === document.activeElement))
        .toBe(true);
      expect(await page.getByRole("group", { name: /^Termin \d$/ }).count()).toBe(2);

      await typeInto(page, "Plätze", "12");
      await typeInto(page, "Datum", typedDay(25, keys).keys, 2);
      await tabTo(page, page.getByRole("button", { name: "Schulung speichern" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/schulungen\/[0-9a-f-]{36}$/);
      await page.getByText("Entwurf").first().waitFor();
      await expectPageOk(page, title);
      expect(
        await page.getByRole("listitem").filter({ hasText: "2 Unterrichtseinheiten" }).count(),
      ).toBe(2);

      await tabTo(page, page.getByRole("button", { name: "Veröffentlichen" }));
      await page.keyboard.press("Enter");
      await page.getByText("Die Schulung ist veröffentlicht").waitFor();
      await expectPageOk(page);

      // The editor shows the saved dates in the city's time, and saves them unchanged.
      await tabTo(page, page.getByRole("link", { name: "Bearbeiten" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/bearbeiten$/);
      await expectPageOk(page, `Schulung bearbeiten: ${title}`);
      const dates = page.getByLabel("Datum", { exact: true });
      expect([await dates.nth(0).inputValue(), await dates.nth(1).inputValue()]).toEqual([
        first.iso,
        second.iso,
      ]);
      expect(await page.getByLabel("Ende", { exact: true }).nth(1).inputValue()).toBe("20:00");
      await tabTo(page, page.getByRole("button", { name: "Schulung speichern" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/schulungen\/[0-9a-f-]{36}$/);
      await page.getByText("Veröffentlicht").first().waitFor();
      await expectPageOk(page, title);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "staff take attendance of a training that took place and close it",
    async () => {
      const { page } = await newPage(browser);
      await signIn(page);
      await visit(page, url("/schulungen"), "Schulungen");
      await page.getByRole("link", { name: HELD }).click();
      await page.waitForURL(/\/schulungen\/[0-9a-f-]{36}$/);
      await expectPageOk(page, HELD);

      const ticks = page.getByRole("group", { name: /^Anwesend am/ }).getByRole("checkbox");
      await ticks.first().waitFor();
      expect(await ticks.count()).toBe(6);
      for (let i = 0; i < 4; i++) {
        await tabTo(page, ticks.nth(i));
        await page.keyboard.press("Space");
        await expect.poll(() => ticks.nth(i).isChecked()).toBe(true);
      }
      await tabTo(page, page.getByRole("button", { name: "Anwesenheit speichern" }));
      await page.keyboard.press("Enter");
      await page.getByText("Die Anwesenheit ist gespeichert.").waitFor();
      await expectPageOk(page);

      await tabTo(page, page.getByRole("button", { name: "Ergebnis vorab ansehen" }));
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Erhalten (4)" }).waitFor();
      await expectPageOk(page);

      await tabTo(page, page.getByRole("button", { name: "Schulung abschließen" }));
      await page.keyboard.press("Enter");
      await tabTo(page, page.getByRole("button", { name: "Ja, abschließen" }));
      await page.keyboard.press("Enter");
      await page
        .getByText("Die Schulung ist abgeschlossen. 4 Personen haben die Qualifikation erhalten.")
        .waitFor();
      await page.getByRole("heading", { name: "Nicht erhalten (2)" }).waitFor();
      expect(await page.getByText("nur 0 von 2 Unterrichtseinheiten besucht").count()).toBe(2);
      await expectPageOk(page);

      // Closed for good: the list says so, and there is nothing left to edit.
      await page.reload();
      await page.getByText("Abgeschlossen am").waitFor();
      expect(await page.getByRole("link", { name: "Bearbeiten" }).count()).toBe(0);
      await expectPageOk(page, HELD);
    },
    JOURNEY_TIMEOUT,
  );
});
