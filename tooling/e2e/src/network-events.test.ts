import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectPageOk, launch, newPage, platform, tabTo, visit } from "./browser.ts";
import { readLog } from "./platform.ts";

const PASSWORD = "Engagiert-Demo-2026";
/** Heinz Bührle of the Stadtseniorenrat (a local partner), not yet registered for the regional meeting. */
const MEMBER = "stadtseniorenrat@team.goeppingen.example";
/** Ayla Demir, Göppingen's network contact: she organises the city's events with its office. */
const ORGANISER = "netzwerk@goeppingen.example";
const REGIONAL = "Regionaltreffen Baden-Württemberg";
const DAY = 24 * 60 * 60 * 1000;

/** A `datetime-local` value some days ahead, in the browser's (the test machine's) terms. */
function daysAhead(days: number, time: string) {
  const day = new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  return `${day}T${time}`;
}

/** Signs in through the network app's own sign-in page, keeping the city it offers. */
async function signIn(page: Page, email: string) {
  const url = (path: string) => new URL(path, platform().network).toString();
  await visit(page, url("/anmelden"), "Anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await page
    .getByText(/Angemeldet als/)
    .first()
    .waitFor();
}

describe("Netzwerk: events", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().network).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("shows the calendar with filters in the address and a feed per kind", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/veranstaltungen"), "Veranstaltungen im Netzwerk");
    await page.getByRole("link", { name: "Bundesnetzwerktreffen Engagierte Stadt" }).waitFor();
    const feed = page.getByRole("link", { name: "Abonnement: Regionaltreffen" });
    const feedUrl = await feed.getAttribute("href");
    expect(feedUrl).toMatch(/\/api\/network\/feeds\/regional_meeting\.ics$/);
    const res = await fetch(feedUrl!);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await res.text()).toContain(`SUMMARY:${REGIONAL}`);

    await page.getByLabel("Art der Veranstaltung").selectOption({ label: "Regionaltreffen" });
    await page.getByRole("button", { name: "Anwenden" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("art")).toBe("regional_meeting");
    await expect
      .poll(() => page.getByRole("heading", { level: 3 }).allTextContents())
      .toEqual([REGIONAL]);
    await expectPageOk(page);

    await visit(page, url("/veranstaltungen?zeit=vergangen"), "Veranstaltungen im Netzwerk");
    await page.getByRole("link", { name: "Austauschtreffen Freiwilligenagenturen" }).waitFor();
  });

  it("lets a member register by keyboard and download the event's calendar file", async () => {
    const { page } = await newPage(browser);
    await signIn(page, MEMBER);
    await visit(page, url("/veranstaltungen?art=regional_meeting"), "Veranstaltungen im Netzwerk");
    await page.getByRole("link", { name: REGIONAL }).click();
    await expectPageOk(page, REGIONAL);
    await page.getByText("Rathaus Göppingen, Großer Sitzungssaal").first().waitFor();

    const register = page.getByRole("button", { name: "Anmelden", exact: true });
    await tabTo(page, register);
    await page.keyboard.press("Enter");
    await page.getByText("Sie sind angemeldet. Die Bestätigung kommt per E-Mail.").waitFor();
    await page.getByText("Sie haben einen Platz.").waitFor();
    // The button now cancels, and keeps the focus.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("Abmelden");
    await expectPageOk(page, REGIONAL);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "In den Kalender eintragen (.ics)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^netzwerk-veranstaltung-.+\.ics$/);
    const ics = readFileSync((await download.path())!, "utf8");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain(`SUMMARY:${REGIONAL}`);
    expect(ics).toContain("STATUS:CONFIRMED");

    // The confirmation names the event and links its calendar file.
    await expect
      .poll(() =>
        readLog(platform().logFile).some(
          (line) =>
            line.to === MEMBER &&
            String(line.subject) === `Anmeldung bestätigt – ${REGIONAL}` &&
            /\/api\/network\/events\/[\w-]+\.ics/.test(String(line.body)),
        ),
      )
      .toBe(true);
  });

  it("lets an organiser announce an event, with errors at the fields, and publish it", async () => {
    const { page } = await newPage(browser);
    await signIn(page, ORGANISER);
    await visit(page, url("/veranstaltungen/neu"), "Veranstaltung ankündigen");
    await page.getByRole("button", { name: "Entwurf speichern" }).click();
    await page.getByText("Bitte die Art der Veranstaltung wählen.", { exact: true }).waitFor();
    await page.getByText("Der Titel braucht mindestens 5 Zeichen.", { exact: true }).waitFor();
    await expectPageOk(page, "Veranstaltung ankündigen");

    const title = "Austauschtreffen Engagementstrategie im Landkreis";
    await page.getByLabel("Art der Veranstaltung").selectOption({ label: "Austauschtreffen" });
    await page.getByLabel("Titel").fill(title);
    await page
      .getByLabel("Beschreibung")
      .fill("Wie schreiben Städte ihre Engagementstrategie fort? Ein Austausch mit Beispielen.");
    await page.getByLabel("Programm").fill("14:00 Ankommen\n14:30 Beispiele\n16:00 Austausch");
    await page.getByLabel("Beginn").fill(daysAhead(40, "14:00"));
    await page.getByLabel("Ende").fill(daysAhead(40, "13:00"));
    await page.getByLabel("Plätze").fill("20");
    await page.getByLabel("Anmeldeschluss").fill(daysAhead(35, "12:00"));
    // The rules across fields are named at their fields too.
    await page.getByRole("button", { name: "Entwurf speichern" }).click();
    await page.getByText("Das Ende muss nach dem Beginn liegen.", { exact: true }).waitFor();
    await page
      .getByText("Bitte einen Ort oder einen Online-Link angeben.", { exact: true })
      .waitFor();
    await expectPageOk(page, "Veranstaltung ankündigen");
    await page.getByLabel("Ende").fill(daysAhead(40, "17:00"));
    await page.getByLabel("Ort mit Adresse").fill("Haus der Familie, Marktstraße 18, Göppingen");
    await page.getByRole("button", { name: "Entwurf speichern" }).click();
    await page.waitForURL(/\/veranstaltungen\/[0-9a-f-]{36}$/);
    await expectPageOk(page, title);
    await page.getByText("Entwurf: Nur Ihre Stadt sieht diese Veranstaltung.").waitFor();

    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await page.getByText("Veröffentlicht: Mitglieder können sich jetzt anmelden.").waitFor();
    const eventUrl = page.url();
    await page.getByRole("link", { name: "Teilnehmende" }).click();
    await expectPageOk(page, `Teilnehmende: ${title}`);
    await page.getByText("Niemand in dieser Liste.").waitFor();
    await visit(page, url("/veranstaltungen/organisieren"), "Veranstaltungen Ihrer Stadt");
    await page.getByRole("link", { name: title }).waitFor();
    await visit(page, `${eventUrl}/bearbeiten`, `Veranstaltung bearbeiten: ${title}`);

    // Everyone sees the published event in the calendar.
    const visitor = (await newPage(browser)).page;
    await visit(
      visitor,
      url("/veranstaltungen?art=exchange_meeting"),
      "Veranstaltungen im Netzwerk",
    );
    await visitor.getByRole("link", { name: title }).waitFor();
  });

  it("shows the organiser who registered, and offers the list as CSV", async () => {
    const { page } = await newPage(browser);
    await signIn(page, ORGANISER);
    await visit(page, url("/veranstaltungen?art=regional_meeting"), "Veranstaltungen im Netzwerk");
    await page.getByRole("link", { name: REGIONAL }).click();
    await expectPageOk(page, REGIONAL);
    await page.getByRole("link", { name: "Teilnehmende" }).click();
    await expectPageOk(page, `Teilnehmende: ${REGIONAL}`);
    await page.getByRole("table").getByText("Sabine Krämer").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Alle als CSV herunterladen" }).click(),
    ]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "Status,Platz auf der Warteliste,Name,E-Mail,Stadt,Angemeldet am,Abgemeldet am",
    );
    expect(csv).toContain("Sabine Krämer,koordination@goeppingen.example,Göppingen");
    await page.getByRole("button", { name: /^Warteliste/ }).click();
    await expect
      .poll(() => page.getByRole("button", { name: /^Warteliste/ }).getAttribute("aria-pressed"))
      .toBe("true");
    await expectPageOk(page);
  });
});
