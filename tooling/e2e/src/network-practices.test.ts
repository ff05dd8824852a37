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
import { readLog } from "./platform.ts";

const PASSWORD = "Engagiert-Demo-2026";
const COORDINATOR = "koordination@goeppingen.example";
const NETWORK_MEMBER = "netzwerk@goeppingen.example";
const OTHER_COORDINATOR = "koordination@rheinfelden.example";
const JOURNEY_TIMEOUT = 180_000;

/** A word no demo text holds, so a search finds exactly this run's practice. */
const MARK = `Quartiersapp${Date.now().toString(36)}`;

/** The mails the API printed so far (without SMTP the outbox goes to the log). */
const mailsTo = (to: string, subject: string) =>
  readLog(platform().logFile).filter((line) => line.to === to && line.subject === subject);

const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.id ? document.querySelector(`label[for="${active.id}"]`)?.textContent : null;
  });

describe("Netzwerk: the practice library (Praxislösungen)", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().network).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  /** The practice Göppingen's coordinator publishes below, for the other city to find. */
  const published = `Nachbarschaftshilfe mit der ${MARK}`;

  /**
   * Signs in on the network app's page, with the second factor where the role asks for one; the
   * city choice keeps the default city (Göppingen) unless another is named.
   */
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

  it("lets a visitor search and filter the library, with the search in the address", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/praxis"), "Praxislösungen");
    const results = page.getByRole("main");
    await results.getByRole("link", { name: "Ehrenamtsbörse für kurze Einsätze" }).waitFor();

    await page.getByLabel("Thema").selectOption({ label: "Anerkennung" });
    await page.getByRole("button", { name: "Suchen", exact: true }).click();
    await page.waitForURL(/thema=anerkennung/);
    await results
      .getByRole("link", { name: "Ehrenamtsabend mit Übergabe der Ehrenamtskarte" })
      .waitFor();
    await expect
      .poll(() => results.getByRole("link", { name: "Ehrenamtsbörse für kurze Einsätze" }).count())
      .toBe(0);
    await expectPageOk(page);

    // German word forms: "Ehrenamtskarten" finds the practice about the Ehrenamtskarte.
    await visit(page, url("/praxis?q=Ehrenamtskarten"), "Praxislösungen");
    await page
      .getByRole("link", { name: "Ehrenamtsabend mit Übergabe der Ehrenamtskarte" })
      .click();
    await page.waitForURL(/\/praxis\/[0-9a-f-]{36}$/);
    await expectPageOk(page, "Ehrenamtsabend mit Übergabe der Ehrenamtskarte");
    await page.getByRole("heading", { name: "Übernommen von" }).waitFor();
    await page.getByText("Melden Sie sich an, um Fragen und Antworten zu lesen").waitFor();
  });

  it(
    "a Göppingen coordinator writes a draft, publishes it and finds it by search",
    async () => {
      const { page } = await newPage(browser);
      await signIn(page, COORDINATOR);
      await visit(page, url("/praxis"), "Praxislösungen");
      await page.getByRole("link", { name: "Praxislösung teilen" }).click();
      await page.waitForURL(/\/praxis\/neu$/);
      await expectPageOk(page, "Praxislösung teilen");

      // Saved too early: a summary names each field, the fields carry their messages.
      await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
      const toTitle = page.getByRole("link", { name: /^Titel: Der Titel braucht mindestens/ });
      await toTitle.waitFor();
      await expect.poll(() => page.getByLabel("Titel").getAttribute("aria-invalid")).toBe("true");
      await expectPageOk(page);
      await toTitle.click();
      await expect.poll(() => activeLabel(page)).toBe("Titel");

      const title = published;
      await page.getByLabel("Titel").fill(title);
      await page
        .getByLabel("Kurzbeschreibung")
        .fill("Eine App, in der Nachbarn kleine Hilfen anbieten und finden.");
      await page
        .getByLabel("Ausgangslage")
        .fill("Kleine Hilfen im Alltag fanden keinen Weg zu den Menschen, die sie brauchten.");
      await page
        .getByLabel("Lösungsweg")
        .fill("Wir haben mit dem Stadtseniorenrat eine einfache App und ein Telefon eingerichtet.");
      await page.getByLabel("Digitalisierung").check();
      await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
      await page.waitForURL(/\/praxis\/[0-9a-f-]{36}$/);
      await expectPageOk(page, title);
      await page.getByText("Entwurf: Nur Ihre Stadt sieht diese Praxislösung.").waitFor();
      const practicePath = new URL(page.url()).pathname;

      await visit(page, url("/praxis/meine"), "Praxislösungen meiner Stadt");
      await page.getByRole("link", { name: title }).waitFor();
      await visit(page, url(`${practicePath}/bearbeiten`), `Praxislösung bearbeiten: ${title}`);
      await expect.poll(() => page.getByLabel("Titel").inputValue()).toBe(title);

      await visit(page, url(practicePath), title);
      await page.getByRole("button", { name: "Veröffentlichen" }).click();
      await page.getByText("Die Praxislösung ist veröffentlicht.").waitFor();
      await expectPageOk(page);

      await visit(page, url(`/praxis?q=${MARK}`), "Praxislösungen");
      await page.getByRole("heading", { name: "eine Praxislösung gefunden" }).waitFor();
      await page.getByRole("link", { name: title }).waitFor();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "writes a practice with the keyboard alone",
    async () => {
      const { page } = await newPage(browser);
      await signIn(page, COORDINATOR);
      await visit(page, url("/praxis/neu"), "Praxislösung teilen");
      const title = `Juleica-Auffrischung ${MARK}`;
      const fields: [string, string][] = [
        ["Titel", title],
        ["Kurzbeschreibung", "Ein Abend, an dem Jugendleiter ihre Karte gemeinsam verlängern."],
        ["Ausgangslage", "Viele Karten liefen ab, weil die Auffrischung schwer zu finden war."],
        ["Lösungsweg", "Die Jugendförderung bietet zweimal im Jahr einen Auffrischungsabend an."],
      ];
      for (const [label, value] of fields) {
        await tabTo(page, page.getByLabel(label, { exact: true }));
        await page.keyboard.type(value);
      }
      await tabTo(page, page.getByLabel("Qualifizierung"));
      await page.keyboard.press("Space");
      await tabTo(page, page.getByRole("button", { name: "Link hinzufügen" }));
      await page.keyboard.press("Enter");
      await expect.poll(() => activeLabel(page)).toBe("Bezeichnung von Link 1");
      await page.getByText("Link 1 wurde hinzugefügt.").waitFor();
      await page.keyboard.type("Juleica");
      await page.keyboard.press("Tab");
      await page.keyboard.type("https://www.juleica.de");
      await tabTo(page, page.getByRole("button", { name: "Als Entwurf speichern" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/praxis\/[0-9a-f-]{36}$/);
      await expectPageOk(page, title);
      await page.getByRole("link", { name: "Juleica", exact: true }).waitFor();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "a question reaches the practice's author by e-mail, the answer the one who asked",
    async () => {
      const practice = "Engagement-Lotsen in den Stadtbezirken";
      const question = `Wie lange dauert die Schulung der Lotsen? (${MARK})`;
      const { page } = await newPage(browser);
      await signIn(page, NETWORK_MEMBER);
      await visit(page, url("/praxis"), "Praxislösungen");
      await page.getByRole("link", { name: practice }).click();
      await expectPageOk(page, practice);
      await page.getByLabel("Ihre Frage").fill(question);
      await page.getByRole("button", { name: "Frage stellen" }).click();
      await page.getByText("Ihre Frage ist gestellt.").waitFor();
      await page.getByText(question).waitFor();
      await expectPageOk(page);
      await expect
        .poll(() => mailsTo(COORDINATOR, `Neue Frage zu Ihrer Praxislösung „${practice}“`).length)
        .toBeGreaterThan(0);
      const practiceUrl = page.url();

      const { page: author } = await newPage(browser);
      await signIn(author, COORDINATOR);
      await visit(author, practiceUrl, practice);
      const thread = author.getByRole("article").filter({ hasText: question });
      await thread.getByRole("button", { name: "Auf diese Frage antworten" }).click();
      await author.getByLabel("Ihre Antwort an Ayla Demir").fill("Vier Abende zu je drei Stunden.");
      await author.getByRole("button", { name: "Antwort senden" }).click();
      await author.getByText("Ihre Antwort ist gespeichert.").waitFor();
      await thread.getByText("Vier Abende zu je drei Stunden.").waitFor();
      await expectPageOk(author);
      await expect
        .poll(() => mailsTo(NETWORK_MEMBER, `Antwort auf Ihre Frage zu „${practice}“`).length)
        .toBeGreaterThan(0);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "a coordinator of another city adopts the practice and asks; Göppingen's coordinator gets the e-mail",
    async () => {
      const { page } = await newPage(browser);
      await signIn(page, OTHER_COORDINATOR, "Rheinfelden (Baden)");
      await page.getByText("Angemeldet als Julia Ebner").waitFor();
      // Göppingen's published practice is there; its draft of this run is not.
      await visit(page, url(`/praxis?q=${MARK}`), "Praxislösungen");
      await page.getByRole("heading", { name: "eine Praxislösung gefunden" }).waitFor();
      await page.getByRole("link", { name: published }).click();
      await expectPageOk(page, published);

      await page.getByLabel("Notiz (freiwillig)").fill("Bei uns mit dem Seniorenbeirat gestartet.");
      await page.getByRole("button", { name: "Wir haben das übernommen" }).click();
      await page.getByText("Vermerkt: Ihre Stadt hat diese Praxislösung übernommen.").waitFor();
      const adoption = page
        .getByRole("region", { name: "Übernommen von" })
        .getByRole("listitem")
        .filter({ hasText: "Rheinfelden (Baden)" });
      await adoption.getByText("Bei uns mit dem Seniorenbeirat gestartet.").waitFor();
      await expectPageOk(page);

      await page.getByLabel("Ihre Frage").fill("Wie habt ihr die ersten Helfer gewonnen?");
      await page.getByRole("button", { name: "Frage stellen" }).click();
      await page.getByText("Ihre Frage ist gestellt.").waitFor();
      await page
        .getByText("Frage von Julia Ebner (Rheinfelden (Baden))", { exact: false })
        .waitFor();
      await expect
        .poll(() => mailsTo(COORDINATOR, `Neue Frage zu Ihrer Praxislösung „${published}“`))
        .toEqual([
          expect.objectContaining({
            body: expect.stringContaining("Julia Ebner (Rheinfelden (Baden))"),
          }),
        ]);
    },
    JOURNEY_TIMEOUT,
  );
});
