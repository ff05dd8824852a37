import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectPageOk,
  launch,
  mailLinkFor,
  newPage,
  passSecondFactor,
  platform,
  signInLinkFor,
  visit,
} from "./browser.ts";

const PASSWORD = "Engagiert-Demo-2026";
const COORDINATOR = "koordination@goeppingen.example";
/** Fachbereich Soziales und Familie: no contact with minors, no certificates required. */
const OPPORTUNITY = "Telefonpatenschaft gegen Einsamkeit";
const CHECKLIST = [
  "Erstgespräch geführt",
  "Engagementvereinbarung geschlossen",
  "Datenschutzhinweis zur Kenntnis genommen",
  "Versicherungsinformation gegeben",
];
const JOURNEY_TIMEOUT = 180_000;

async function signInStaff(page: Page, email: string) {
  await visit(page, new URL("/anmelden", platform().departments).toString(), "Anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await passSecondFactor(page, email);
  await page.getByText("Aktive Engagierte").waitFor();
}

/** A certificate link answers with a PDF for the signed-in browser that follows it. */
async function expectPdf(context: BrowserContext, page: Page, linkName: string | RegExp) {
  const href = await page.getByRole("link", { name: linkName }).getAttribute("href");
  expect(href).toMatch(/^\/api\/certificates\/engagement\/[\w-]+\.pdf/);
  const response = await context.request.get(new URL(href!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
}

describe("Anerkennung: Ehrenamtskarte, certificate, milestones", () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  // A new volunteer of its own, so this journey needs none of the demo volunteer's sign-in links.
  const volunteer = {
    firstName: "Greta",
    lastName: `Dank${suffix}`,
    email: `greta.${suffix}@beispiel.example`,
  };
  /** The volunteer's signed-in browser, kept open to see a change made by staff. */
  let volunteerPage: Page;
  let engagementUrl: string;
  const publicUrl = (path: string) => new URL(path, platform().public).toString();
  const departmentsUrl = (path: string) => new URL(path, platform().departments).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it(
    "a new volunteer applies, and the coordination office activates the engagement and downloads its certificate",
    async () => {
      const citizen = await newPage(browser);
      const p = citizen.page;
      await visit(p, publicUrl("/suchen?q=Einsamkeit"), "Engagement suchen");
      await p.getByRole("link", { name: OPPORTUNITY }).click();
      await p.waitForURL(/\/angebote\//);
      await p.getByLabel("Vorname").fill(volunteer.firstName);
      await p.getByLabel("Nachname").fill(volunteer.lastName);
      await p.getByLabel("E-Mail-Adresse").fill(volunteer.email);
      await p.getByLabel("Geburtsjahr").fill("1985");
      await p.getByLabel(/Ich bin einverstanden/).check();
      await p.getByRole("button", { name: "Bewerbung absenden" }).click();
      await p.getByText("Fast geschafft: Bitte bestätigen Sie Ihre Bewerbung").waitFor();
      await p.goto(await mailLinkFor(volunteer.email, "/bewerbung/bestaetigen"));
      await p.getByText("Danke, Ihre Bewerbung ist bestätigt").waitFor();

      const { context, page } = await newPage(browser);
      await signInStaff(page, COORDINATOR);
      await page.goto(departmentsUrl("/bewerbungen"));
      await page.getByLabel("Name suchen").fill(volunteer.lastName);
      const name = `${volunteer.firstName} ${volunteer.lastName}`;
      await page.getByRole("link", { name }).first().click();
      await page.waitForURL(/\/bewerbungen\/[\w-]+$/);
      await page.getByRole("button", { name: "Zum Gespräch einladen" }).click();
      await page.getByText("Der Status ist jetzt: Im Gespräch").waitFor();
      await page.getByRole("button", { name: "Einarbeitung beginnen" }).click();
      await page.getByText("Der Status ist jetzt: Einarbeitung").waitFor();
      // Not begun yet: no certificate to offer.
      expect(await page.getByRole("link", { name: /Engagementnachweis/ }).count()).toBe(0);
      for (const item of CHECKLIST) {
        const box = page.getByRole("checkbox", { name: item });
        await expect.poll(() => box.isEnabled()).toBe(true);
        await box.click();
        await expect.poll(() => box.isChecked()).toBe(true);
      }
      await page.getByRole("button", { name: "Aktivieren" }).click();
      await page.getByText("Der Status ist jetzt: Aktiv").waitFor();
      await page.getByRole("link", { name: "Engagementnachweis herunterladen (PDF)" }).waitFor();
      await expectPageOk(page);
      await expectPdf(context, page, "Engagementnachweis herunterladen (PDF)");
      engagementUrl = page.url();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the volunteer sees their Ehrenamtskarte status in plain words and downloads the certificate",
    async () => {
      const { context, page } = await newPage(browser);
      volunteerPage = page;
      await visit(page, publicUrl("/anmelden"));
      await page.getByLabel("E-Mail-Adresse").fill(volunteer.email);
      const since = new Date();
      await page.getByRole("button", { name: "Anmeldelink senden" }).click();
      await page.getByText("Bitte schauen Sie in Ihr Postfach").waitFor();
      await page.goto(await signInLinkFor(volunteer.email, since));
      await page.waitForURL(/\/mein-engagement$/);

      await page
        .getByRole("navigation", { name: /Haupt/ })
        .getByRole("link", { name: "Anerkennung" })
        .click();
      await page.waitForURL(/\/anerkennung$/);
      await page.getByRole("heading", { name: "Ehrenamtskarte Baden-Württemberg" }).waitFor();
      await page.getByText("Noch nicht ganz. Es fehlen:").waitFor();
      await page.getByText("noch 365 Tage, bis Sie ein Jahr dabei sind").waitFor();
      await page.getByText("noch 200 Stunden in den letzten 12 Monaten").waitFor();
      const card = page.getByRole("article").filter({ hasText: OPPORTUNITY });
      await card.getByText("0 Stunden").waitFor();
      await expectPageOk(page, "Anerkennung");

      const linkName = `Nachweis „${OPPORTUNITY}“ herunterladen (PDF)`;
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        card.getByRole("link", { name: linkName }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^engagementnachweis-\d{4}-\d{2}-\d{2}\.pdf$/);
      await expectPdf(context, page, linkName);

      await page.getByRole("button", { name: "Switch to English" }).click();
      await page.getByRole("heading", { name: "Volunteer card Baden-Württemberg" }).waitFor();
      await page.getByText("365 more days until you have been with us for a year").waitFor();
      await expectPageOk(page, "Recognition");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the coordination office records a THW membership on the volunteer's record, and the volunteer may apply",
    async () => {
      const { page } = await newPage(browser);
      await signInStaff(page, COORDINATOR);
      await page.goto(engagementUrl);
      await page
        .getByRole("link", { name: `Akte von ${volunteer.firstName} ${volunteer.lastName} öffnen` })
        .click();
      await page.waitForURL(/\/engagierte\/[\w-]+$/);
      const section = page.locator("section", {
        has: page.getByRole("heading", { name: "Anerkennung und Ehrenamtskarte" }),
      });
      await section.getByText(/noch nicht: es fehlen 365 Tage und 200 Stunden/).waitFor();
      await section.getByRole("checkbox", { name: "Technisches Hilfswerk" }).check();
      await section.getByRole("button", { name: "Speichern" }).click();
      await section.getByText("Die Gruppen sind gespeichert.").waitFor();
      await section.getByText("kann beantragt werden").waitFor();
      await expectPageOk(page);

      await volunteerPage.getByRole("button", { name: "Auf Deutsch wechseln" }).click();
      await volunteerPage.reload();
      await volunteerPage.getByText("Sie können die Ehrenamtskarte beantragen.").waitFor();
      await volunteerPage
        .getByText(
          "Mitglied des Technischen Hilfswerks: Sie erhalten die Karte, ohne Stunden nachzuweisen.",
        )
        .waitFor();
      await expectPageOk(volunteerPage, "Anerkennung");
    },
    JOURNEY_TIMEOUT,
  );

  it("the coordination office opens the Ehrenamtskarte list and the milestones of a month", async () => {
    const { page } = await newPage(browser);
    await signInStaff(page, COORDINATOR);
    await page
      .getByRole("navigation", { name: /Haupt/ })
      .getByRole("link", { name: "Anerkennung" })
      .click();
    await page.waitForURL(/\/anerkennung$/);
    await expectPageOk(page, "Anerkennung");

    await page.getByRole("link", { name: "Ehrenamtskarte" }).click();
    await page.waitForURL(/\/anerkennung\/ehrenamtskarte$/);
    await page.getByText(/^Regel für Baden-Württemberg/).waitFor();
    await page
      .getByText(/Zurzeit kann niemand die Ehrenamtskarte beantragen|Personen? angezeigt/)
      .first()
      .waitFor();
    await expectPageOk(page, "Ehrenamtskarte");

    await visit(page, departmentsUrl("/anerkennung/meilensteine"), "Meilensteine");
    const month = page.getByLabel("Monat", { exact: true });
    expect(await month.inputValue()).toMatch(/^\d{4}-\d{2}$/);
    // Nobody in the demo city was engaged in January 2020, or reached hours then.
    await month.fill("2020-01");
    await page.getByText("In diesem Monat erreicht niemand einen Meilenstein.").waitFor();
    await expectPageOk(page);

    await visit(page, departmentsUrl("/anerkennung/feste"), "Dankeschön-Feste");
    await page.getByRole("button", { name: "Veranstaltung anlegen" }).click();
    await page
      .getByText("Bitte einen Titel mit mindestens 3 Zeichen angeben.", { exact: true })
      .waitFor();
    await expectPageOk(page);
  });

  it(
    "the coordination office invites the year's milestones to a Dankeschön-Fest and mails them after confirming",
    async () => {
      const { page } = await newPage(browser);
      await signInStaff(page, COORDINATOR);
      await visit(page, departmentsUrl("/anerkennung/feste"), "Dankeschön-Feste");
      const title = `Dankeschön-Fest ${suffix}`;
      await page.getByLabel("Titel").fill(title);
      await page.getByLabel("Datum").fill(`${new Date().getFullYear() + 1}-06-20`);
      await page.getByLabel("Ort").fill("Stadthalle Göppingen");
      await page
        .getByLabel("Text der Einladung")
        .fill("Wir laden Sie herzlich zu unserem Dankeschön-Fest ein.");
      await page.getByRole("button", { name: "Veranstaltung anlegen" }).click();
      await page.waitForURL(/\/anerkennung\/feste\/[\w-]+$/);
      await expectPageOk(page, title);

      // The last twelve months: the demo's volunteers passed hour thresholds in them.
      const now = new Date();
      const yearAgo = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
      await page.getByLabel("Von Monat").fill(yearAgo.toISOString().slice(0, 7));
      await page.getByRole("button", { name: "Auf die Liste setzen" }).click();
      await page.getByText(/neu auf der Liste/).waitFor();
      const rows = page.getByRole("table", { name: "Eingeladene Personen" }).getByRole("row");
      await expect.poll(() => rows.count()).toBeGreaterThan(1);
      await expectPageOk(page);

      await page.getByRole("button", { name: "Einladungen per E-Mail senden" }).click();
      await page.getByText("Einladungen wirklich senden?").waitFor();
      await expectPageOk(page);
      await page.getByRole("button", { name: "Ja, jetzt senden" }).click();
      await page.getByText(/Einladungen? verschickt\./).waitFor();
      await page.getByText("Alle auf der Liste haben ihre Einladung bekommen.").waitFor();
      await expectPageOk(page);
    },
    JOURNEY_TIMEOUT,
  );
});
