import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectPageOk,
  launch,
  newPage,
  passSecondFactor,
  platform,
  screenshot,
  tabTo,
  visit,
} from "./browser.ts";

const PASSWORD = "Engagiert-Demo-2026";
const COORDINATOR = "koordination@goeppingen.example";
const NETWORK_ADMIN = "netzwerk-admin@goeppingen.example";
const PARTNER_STAFF = "buendnis-familie@team.goeppingen.example";

/** The month ("YYYY-MM") in Göppingen some days from now: the demo's dates count from today. */
const monthIn = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" })
    .format(new Date(Date.now() + days * 86_400_000))
    .slice(0, 7);

describe("Netzwerk (network app)", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().network).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  /** Signs in on the network app's page; the city choice keeps Göppingen unless one is named. */
  async function signIn(page: Page, email: string, city?: string) {
    await visit(page, url("/anmelden"), "Anmelden");
    if (city) await page.getByLabel("Ihre Stadt").selectOption({ label: city });
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await passSecondFactor(page, email);
    await page
      .getByText(/Angemeldet als/)
      .first()
      .waitFor();
  }

  it("opens on the news of the network for a visitor", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/"), "Netzwerk Engagierte Städte");
    await page.getByRole("heading", { name: "Neue Praxislösungen" }).waitFor();
    await page.getByRole("heading", { name: "Nächste Veranstaltungen im Netzwerk" }).waitFor();
    await page.getByText(/Mitgliedsstädte in \d+ Bundesländern/).waitFor();
    // Only members see their city's figures.
    expect(await page.getByRole("heading", { name: "Zahlen Ihrer Stadt" }).count()).toBe(0);
  });

  it("lists the member cities and filters them by state, with the filter in the address", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/staedte"), "Mitgliedsstädte im Netzwerk");
    await page.getByRole("table").getByText("Göppingen", { exact: true }).waitFor();
    await expect
      .poll(() => page.getByText(/Städte gefunden/).textContent())
      .toBe("17 Städte gefunden");
    await screenshot(page, "network");

    await page.getByLabel("Bundesland", { exact: true }).selectOption({ label: "Bayern" });
    await page.getByRole("button", { name: "Anwenden" }).click();
    await expect
      .poll(() => page.getByText(/Städte gefunden/).textContent())
      .toBe("2 Städte gefunden");
    expect(new URL(page.url()).searchParams.get("land")).toBe("Bayern");
    await page.getByRole("table").getByText("Würzburg", { exact: true }).waitFor();
    await expectPageOk(page);

    await page.goBack();
    await expect
      .poll(() => page.getByText(/Städte gefunden/).textContent())
      .toBe("17 Städte gefunden");
  });

  it("finds a city by name", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/staedte?q=wetz"), "Mitgliedsstädte im Netzwerk");
    await expect.poll(() => page.getByText(/gefunden/).textContent()).toBe("eine Stadt gefunden");
    await page.getByRole("table").getByText("Wetzlar", { exact: true }).waitFor();
  });

  it("shows the members per federal state as a chart with its numbers, by keyboard", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/staedte"), "Mitgliedsstädte im Netzwerk");
    const chart = page.getByRole("img", {
      name: /Balkendiagramm der Mitgliedsstädte je Bundesland/,
    });
    await chart.waitFor();
    expect(await chart.getAttribute("aria-label")).toContain("Bayern 2");
    const disclosure = page.locator("summary", { hasText: "Mitgliedsstädte je Bundesland" });
    await tabTo(page, disclosure);
    await page.keyboard.press("Enter");
    const table = page.getByRole("table", { name: "Mitgliedsstädte je Bundesland als Tabelle" });
    await expect
      .poll(() => table.getByRole("row", { name: /^Bayern/ }).textContent())
      .toBe("Bayern2");
    await expectPageOk(page);
  });

  it("shows a city's page with its contact and its shared figures", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/staedte?q=G%C3%B6ppingen"), "Mitgliedsstädte im Netzwerk");
    await page.getByRole("link", { name: "Göppingen", exact: true }).click();
    await page.waitForURL(/\/staedte\/goeppingen$/);
    await expectPageOk(page, "Göppingen");
    await page.getByText("Die Stadt nutzt Engagiert.").waitFor();
    await page.getByRole("link", { name: "engagement@goeppingen.example" }).waitFor();
    // Göppingen shares its figures in the demo.
    const figures = page.getByRole("table", { name: "Geteilte Zahlen von Göppingen nach Jahr" });
    await figures.getByRole("rowheader", { name: "Aktive Engagierte" }).waitFor();

    await visit(page, url("/staedte/wetzlar"), "Wetzlar");
    await page.getByText("Wetzlar teilt keine Zahlen mit dem Netzwerk.").waitFor();
    await visit(page, url("/staedte/atlantis"), "Seite nicht gefunden");
  });

  it("imports the directory from CSV for a network admin, refusing a file with a bad row", async () => {
    const { page } = await newPage(browser);
    await signIn(page, NETWORK_ADMIN);
    await visit(page, url("/staedte"), "Mitgliedsstädte im Netzwerk");
    await page.getByRole("link", { name: "Städte aus CSV importieren" }).click();
    await page.waitForURL(/\/staedte\/import$/);
    await expectPageOk(page, "Städte aus CSV importieren");

    const text = page.getByLabel("Oder Inhalt einfügen");
    await text.fill(
      "name,state,source,population\nWetzlar,Hessen,wetzlar.de,52.000\nKaufungen,Hesse,kaufungen.de,12000\n",
    );
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await page.getByText("Ein Fehler: nichts wird übernommen").waitFor();
    const errors = page.getByRole("table", { name: "Fehler in der Datei" });
    await errors.getByText(/Zeile 3: „Hesse“ ist kein Bundesland/).waitFor();
    expect(await page.getByRole("button", { name: "Jetzt importieren" }).count()).toBe(0);
    await expectPageOk(page);

    // The corrected file, by keyboard: check, then import.
    await text.fill("name,state,source,population\nWetzlar,Hessen,wetzlar.de,52.000\n");
    await tabTo(page, page.getByRole("button", { name: "Datei prüfen" }));
    await page.keyboard.press("Enter");
    await page.getByText("Die Datei ist in Ordnung: eine Stadt").waitFor();
    await tabTo(page, page.getByRole("button", { name: "Jetzt importieren" }));
    await page.keyboard.press("Enter");
    await page.getByText("0 neu angelegt, 1 aktualisiert.").waitFor();
    await expectPageOk(page);

    await visit(page, url("/staedte/wetzlar"), "Wetzlar");
    await page.getByText("52.000").waitFor();
  });

  it("lets the coordination office stop and start sharing the city's figures", async () => {
    const { page } = await newPage(browser);
    await signIn(page, COORDINATOR);
    await visit(page, url("/zahlen"), "Zahlen im Vergleich");
    await page.getByText(/Göppingen teilt seine Zahlen seit dem/).waitFor();
    await page.getByText(/Nie geteilt werden Namen, E-Mail-Adressen/).waitFor();
    const comparison = page.getByRole("table", { name: /Aktive Engagierte \d{4} in Städten/ });
    await comparison.getByRole("rowheader", { name: "Göppingen (Ihre Stadt)" }).waitFor();

    const choice = page.getByLabel("Göppingen teilt diese Zahlen mit dem Netzwerk");
    expect(await choice.isChecked()).toBe(true);
    await tabTo(page, choice);
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Speichern" }));
    await page.keyboard.press("Enter");
    await page.getByText("Ihre Zahlen wurden gelöscht und werden nicht mehr geteilt.").waitFor();
    await page.getByText("Göppingen teilt derzeit keine Zahlen.").waitFor();
    await expect.poll(() => comparison.count()).toBe(0);
    await expectPageOk(page);

    await choice.check();
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Ihre Zahlen sind jetzt für das Netzwerk sichtbar.").waitFor();
    await comparison.getByRole("rowheader", { name: "Göppingen (Ihre Stadt)" }).waitFor();
    await page.getByRole("img", { name: /^Balkendiagramm, Aktive Engagierte \d{4}/ }).waitFor();
    await expectPageOk(page);

    // The start page shows the city's choice.
    await visit(page, url("/"), "Netzwerk Engagierte Städte");
    await page.getByText("Göppingen teilt seine anonymen Zahlen mit dem Netzwerk.").waitFor();
  });

  it("shows a local partner the city's trainings and the network's events, month by month", async () => {
    const { page } = await newPage(browser);
    await signIn(page, PARTNER_STAFF);
    await visit(page, url("/kalender"), "Gemeinsamer Kalender");

    // The demo's Juleica course starts in three weeks, an exchange meeting in 18 days.
    await visit(page, url(`/kalender?monat=${monthIn(21)}`), "Gemeinsamer Kalender");
    const training = page.getByRole("link", { name: "Juleica-Grundkurs" });
    await training.waitFor();
    expect(await training.getAttribute("href")).toMatch(
      /^http:\/\/localhost:\d+\/schulungen\/[\w-]+$/,
    );

    await visit(page, url(`/kalender?monat=${monthIn(18)}`), "Gemeinsamer Kalender");
    const event = page.getByRole("link", {
      name: "Austauschtreffen: Junge Menschen fürs Engagement gewinnen",
    });
    await tabTo(page, event);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/veranstaltungen\/[\w-]+$/);
    await expectPageOk(page, "Austauschtreffen: Junge Menschen fürs Engagement gewinnen");

    await visit(page, url("/kalender"), "Gemeinsamer Kalender");
    await page.getByRole("link", { name: /^Nächster Monat:/ }).click();
    const [year, month] = monthIn(0).split("-").map(Number) as [number, number];
    const next = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 7);
    await expect.poll(() => new URL(page.url()).searchParams.get("monat")).toBe(next);
    await expectPageOk(page);
  });

  it("signs a member in to the city they choose, and keeps the choice", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/anmelden"), "Anmelden");
    const city = page.getByLabel("Ihre Stadt");
    expect(await city.locator("option:checked").textContent()).toBe("Göppingen");
    await page.locator(".engagiert-header__city", { hasText: "Göppingen engagiert" }).waitFor();

    await city.selectOption({ label: "Rheinfelden (Baden)" });
    // The header follows the chosen city's branding.
    await page.locator(".engagiert-header__city", { hasText: "Rheinfelden engagiert" }).waitFor();
    await page.getByLabel("E-Mail-Adresse").fill("netzwerk@rheinfelden.example");
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await page.getByText("Angemeldet als Melanie Frick").waitFor();
    await expectPageOk(page);

    await page.reload();
    await page.getByText("Angemeldet als Melanie Frick").waitFor();
    await page.locator(".engagiert-header__city", { hasText: "Rheinfelden engagiert" }).waitFor();
  });

  it("forgets a chosen city that no longer runs the platform", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/anmelden"), "Anmelden");
    await page.evaluate(() => localStorage.setItem("engagiert.city", "atlantis"));
    await page.reload();
    await page.locator(".engagiert-header__city", { hasText: "Göppingen engagiert" }).waitFor();
    await expect
      .poll(() => page.getByLabel("Ihre Stadt").locator("option:checked").textContent())
      .toBe("Göppingen");
    expect(await page.evaluate(() => localStorage.getItem("engagiert.city"))).toBeNull();
    await expectPageOk(page, "Anmelden");
  });

  it("refuses a Göppingen account in another city", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/anmelden"), "Anmelden");
    await page.getByLabel("Ihre Stadt").selectOption({ label: "Rheinfelden (Baden)" });
    await page.getByLabel("E-Mail-Adresse").fill("netzwerk@goeppingen.example");
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await page.getByText("E-Mail-Adresse oder Passwort stimmen nicht.").waitFor();
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
