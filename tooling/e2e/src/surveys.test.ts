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
const STAFF = "soziales-familie@team.goeppingen.example";
const JOURNEY_TIMEOUT = 180_000;

/** The mails the API printed for a subject so far (without SMTP the outbox goes to the log). */
const mailsWithSubject = (subject: string) =>
  readLog(platform().logFile).filter((line) => line.subject === subject);

const activeLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null);

describe("Umfragen: staff ask, volunteers answer anonymously, small groups stay hidden", () => {
  let browser: Browser;
  const departmentsUrl = (path: string) => new URL(path, platform().departments).toString();
  const title = `Feedback ${Date.now().toString(36)}`;
  let invited = 0;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it(
    "staff write a survey and open it by keyboard alone; a volunteer answers through the mailed link; the results stay protected",
    async () => {
      const { page } = await newPage(browser);
      await visit(page, departmentsUrl("/anmelden"), "Anmelden");
      await tabTo(page, page.getByLabel("E-Mail-Adresse"));
      await page.keyboard.type(STAFF);
      await page.keyboard.press("Tab");
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press("Enter");
      await page.getByText("Aktive Engagierte").waitFor();

      await tabTo(
        page,
        page.getByRole("navigation", { name: /Haupt/ }).getByRole("link", { name: "Umfragen" }),
      );
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/umfragen$/);
      await expectPageOk(page, "Umfragen");

      await tabTo(page, page.getByRole("link", { name: "Neue Umfrage" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/umfragen\/neu$/);
      await expectPageOk(page, "Neue Umfrage");

      await tabTo(page, page.getByLabel("Titel"));
      await page.keyboard.type(title);
      // The editor starts with three questions. The third moves up; the focus moves with it.
      await tabTo(page, page.getByRole("button", { name: "Frage 3 nach oben" }));
      await page.keyboard.press("Enter");
      await expect.poll(() => activeLabel(page)).toBe("Frage 2 nach oben");
      await page.getByText("Frage 3 steht jetzt an Stelle 2.").waitFor();
      // A new question is added and written, its text field taking the focus; the first goes.
      await tabTo(page, page.getByRole("button", { name: "Frage hinzufügen" }));
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-focus") ?? ""))
        .toMatch(/-text$/);
      await page.keyboard.type("Würden Sie das Engagement weiterempfehlen?");
      await tabTo(page, page.getByRole("button", { name: "Frage 1 entfernen" }));
      await page.keyboard.press("Enter");
      await page.getByText("Frage 1 wurde entfernt.").waitFor();
      await expect.poll(() => page.getByRole("group", { name: /^Frage \d$/ }).count()).toBe(3);
      await expectPageOk(page);

      await tabTo(page, page.getByRole("button", { name: "Entwurf speichern" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/umfragen\/[\w-]+$/);
      await expectPageOk(page, `Umfrage bearbeiten: ${title}`);

      await tabTo(page, page.getByRole("button", { name: "Umfrage öffnen …" }));
      await page.keyboard.press("Enter");
      const question = page.getByText(/Personen? werden? per E-Mail eingeladen/);
      await question.waitFor();
      // The confirmation takes the focus, so it is read before anything is sent.
      expect(await question.evaluate((el) => el === document.activeElement)).toBe(true);
      invited = Number((await question.textContent())!.match(/^([\d.]+)/)![1]!.replace(".", ""));
      expect(invited).toBeGreaterThan(0);
      await expectPageOk(page);
      await tabTo(page, page.getByRole("button", { name: "Ja, öffnen und einladen" }));
      await page.keyboard.press("Enter");
      await page.getByText("Die Umfrage läuft").waitFor();
      await expectPageOk(page, title);

      // One mail per active volunteer, each with its own single-use link.
      await expect
        .poll(() => mailsWithSubject(`Ihre Meinung zählt: ${title}`).length, { timeout: 30_000 })
        .toBe(invited);
      const mail = mailsWithSubject(`Ihre Meinung zählt: ${title}`)[0]!;
      expect(String(mail.body)).toContain("freiwillig und anonym");
      const link = String(mail.body).match(/https?:\/\/\S+\/umfrage\?token=[\w-]+/)![0];
      expect(new URL(link).origin).toBe(new URL(platform().public).origin);

      const volunteer = (await newPage(browser)).page;
      await visit(volunteer, link, title);
      await volunteer
        .getByText("Ihre Antwort zählt für: Fachbereich Soziales und Familie")
        .waitFor();
      const firstScale = volunteer.getByRole("group").first();
      await firstScale.getByLabel("5 – voll und ganz").check();
      await volunteer
        .getByLabel("Was können wir besser machen?")
        .fill("Mehr Zeit für Austausch im Team.");
      await volunteer.getByRole("button", { name: "Antwort absenden" }).click();
      await volunteer.getByText("Vielen Dank!").waitFor();
      await expectPageOk(volunteer, title);
      await visit(volunteer, link, "Umfrage");
      await volunteer.getByText("Schon geantwortet", { exact: true }).waitFor();

      await tabTo(page, page.getByRole("link", { name: "Ergebnisse ansehen" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/ergebnisse$/);
      await page.getByText("Weniger als 5 Antworten").first().waitFor();
      await page
        .getByText(/Zum Schutz der Anonymität wird für diese Gruppe nichts gezeigt/)
        .waitFor();
      expect(await page.getByText("Mehr Zeit für Austausch im Team.").count()).toBe(0);
      expect(await page.getByText(/Durchschnitt/).count()).toBe(0);
      await expectPageOk(page, `Ergebnisse: ${title}`);
    },
    JOURNEY_TIMEOUT,
  );

  it("the demo's closed survey shows its figures and chart to the organisation", async () => {
    const { page } = await newPage(browser);
    await visit(page, departmentsUrl("/anmelden"), "Anmelden");
    await page.getByLabel("E-Mail-Adresse").fill(STAFF);
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await page.getByText("Aktive Engagierte").waitFor();
    await page.goto(departmentsUrl("/umfragen"));
    await page.getByRole("link", { name: "Wie geht es Ihnen in Ihrem Engagement?" }).click();
    await page.waitForURL(/\/umfragen\/[\w-]+$/);
    await expectPageOk(page, "Wie geht es Ihnen in Ihrem Engagement?");
    await page.getByRole("link", { name: "Ergebnisse ansehen" }).click();
    await page.waitForURL(/\/ergebnisse$/);
    await page
      .getByText(/^Durchschnitt/)
      .first()
      .waitFor();
    await page
      .getByRole("img", { name: /Balkendiagramm/ })
      .first()
      .waitFor();
    await expectPageOk(page, /^Ergebnisse: /);
  });
  it("the coordination office sees a city-wide survey per organisation, small groups hidden", async () => {
    const { page } = await newPage(browser);
    await visit(page, departmentsUrl("/anmelden"), "Anmelden");
    await page.getByLabel("E-Mail-Adresse").fill("koordination@goeppingen.example");
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await passSecondFactor(page, "koordination@goeppingen.example");
    await page.getByText("Aktive Engagierte").waitFor();
    await page.goto(departmentsUrl("/umfragen"));
    await page.getByRole("link", { name: "Engagement in Göppingen 2026" }).click();
    await page.waitForURL(/\/umfragen\/[\w-]+$/);
    await expectPageOk(page, "Engagement in Göppingen 2026");
    await page.getByRole("link", { name: "Ergebnisse ansehen" }).click();
    await page.waitForURL(/\/ergebnisse$/);
    const overview = page.getByRole("table", { name: "Antworten je Organisation" });
    await overview.waitFor();
    await overview.getByText("Weniger als 5 Antworten").first().waitFor();
    await expectPageOk(page, "Ergebnisse: Engagement in Göppingen 2026");

    // A group below the threshold, picked in the filter, still shows nothing.
    const hidden = await overview
      .getByRole("row")
      .filter({ hasText: "Weniger als 5 Antworten" })
      .first()
      .getByRole("rowheader")
      .textContent();
    await page.getByLabel("Gruppe").selectOption({ label: hidden! });
    await page.getByRole("heading", { name: hidden!, level: 2 }).waitFor();
    await page
      .getByText(/Zum Schutz der Anonymität wird für diese Gruppe nichts gezeigt/)
      .waitFor();
    expect(await page.getByText(/^Durchschnitt/).count()).toBe(0);
    await expectPageOk(page);
  });
});
