import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectPageOk,
  launch,
  mailLinkFor,
  newPage,
  platform,
  signInLinkFor,
  tabTo,
  visit,
} from "./browser.ts";
import { readLog } from "./platform.ts";

const PASSWORD = "Engagiert-Demo-2026";
const STAFF = "soziales-familie@team.goeppingen.example";
/** Fachbereich Soziales und Familie: no contact with minors, no certificates required. */
const OPPORTUNITY = "Telefonpatenschaft gegen Einsamkeit";
const SEARCH_WORD = "Einsamkeit";
const CHECKLIST = [
  "Erstgespräch geführt",
  "Engagementvereinbarung geschlossen",
  "Datenschutzhinweis zur Kenntnis genommen",
  "Versicherungsinformation gegeben",
];
const JOURNEY_TIMEOUT = 180_000;

type Applicant = { firstName: string; lastName: string; email: string };

/** A fictional adult, new on every run (fresh database, but unique names keep lists clear). */
function newApplicant(firstName: string): Applicant {
  const suffix = Date.now().toString(36);
  return {
    firstName,
    lastName: `Probe${suffix}`,
    email: `${firstName.toLowerCase()}.${suffix}@beispiel.example`,
  };
}

/** Subjects of the mails the API has sent to an address so far (printed to its log). */
const subjectsTo = (email: string) =>
  readLog(platform().logFile)
    .filter((line) => line.to === email)
    .map((line) => String(line.subject));

describe("Akquise: find, apply, confirm, onboard, activate", () => {
  let browser: Browser;
  const publicUrl = (path: string) => new URL(path, platform().public).toString();
  const departmentsUrl = (path: string) => new URL(path, platform().departments).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  /** The card of one application or engagement in "Mein Engagement". */
  const engagementCard = (page: Page) =>
    page.getByRole("article").filter({ has: page.getByRole("link", { name: OPPORTUNITY }) });

  describe("with mouse and keyboard", () => {
    const applicant = newApplicant("Mara");
    let citizen: { context: BrowserContext; page: Page };

    it(
      "a citizen searches, filters, applies, confirms by e-mail link and sees the application",
      async () => {
        citizen = await newPage(browser);
        const { page } = citizen;
        await visit(page, publicUrl("/suchen"), "Engagement suchen");

        await page.getByLabel("Suchbegriff").fill(SEARCH_WORD);
        await page.getByRole("button", { name: "Suchen", exact: true }).click();
        await page.waitForURL((u) => u.searchParams.get("q") === SEARCH_WORD);
        await page.getByRole("link", { name: OPPORTUNITY }).waitFor();
        await expectPageOk(page, "Engagement suchen");

        await page.getByLabel("Von zu Hause aus möglich").check();
        await page.getByRole("button", { name: "Suchen", exact: true }).click();
        await page.waitForURL((u) => u.searchParams.get("isRemote") === "true");
        expect(new URL(page.url()).searchParams.get("q")).toBe(SEARCH_WORD);
        await page.getByRole("link", { name: OPPORTUNITY }).waitFor();
        await expect.poll(() => page.getByText(/gefunden/).textContent()).toMatch(/gefunden$/);
        await expectPageOk(page);

        // The back button restores the search before the filter, forward the filtered one.
        await page.goBack();
        await page.waitForURL((u) => !u.searchParams.has("isRemote"));
        await expect
          .poll(() => page.getByLabel("Von zu Hause aus möglich").isChecked())
          .toBe(false);
        expect(await page.getByLabel("Suchbegriff").inputValue()).toBe(SEARCH_WORD);
        await page.goForward();
        await page.waitForURL((u) => u.searchParams.get("isRemote") === "true");
        await expect.poll(() => page.getByLabel("Von zu Hause aus möglich").isChecked()).toBe(true);

        await page.getByRole("link", { name: OPPORTUNITY }).click();
        await page.waitForURL(/\/angebote\//);
        await page.getByText("Fachbereich Soziales und Familie").first().waitFor();
        await expectPageOk(page, OPPORTUNITY);
        // The opportunity page explains no Führungszeugnis and no certificates here.
        expect(await page.getByText(/Führungszeugnis/).count()).toBe(0);
        expect(await page.getByText(/Nötige Nachweise/).count()).toBe(0);

        // Back from the opportunity returns to the same search.
        await page.goBack();
        await page.waitForURL((u) => u.pathname === "/suchen" && u.searchParams.has("isRemote"));
        expect(await page.getByLabel("Suchbegriff").inputValue()).toBe(SEARCH_WORD);
        await page.getByRole("link", { name: OPPORTUNITY }).click();
        await page.waitForURL(/\/angebote\//);

        // Without consent the form explains what is missing next to the field.
        await page.getByLabel("Vorname").fill(applicant.firstName);
        await page.getByLabel("Nachname").fill(applicant.lastName);
        await page.getByLabel("E-Mail-Adresse").fill(applicant.email);
        await page.getByLabel("Geburtsjahr").fill("1990");
        await page.getByLabel("Ihre Nachricht (freiwillig)").fill("Ich telefoniere gern.");
        await page.getByRole("button", { name: "Bewerbung absenden" }).click();
        const consent = page.getByLabel(/Ich bin einverstanden/);
        await expect.poll(() => consent.getAttribute("aria-invalid")).toBe("true");
        await expectPageOk(page);

        await consent.check();
        await page.getByRole("button", { name: "Bewerbung absenden" }).click();
        await page.getByText("Fast geschafft: Bitte bestätigen Sie Ihre Bewerbung").waitFor();
        await page.getByText(`Wir haben eine E-Mail an ${applicant.email} geschickt`).waitFor();
        await expectPageOk(page);

        const confirmLink = await mailLinkFor(applicant.email, "/bewerbung/bestaetigen");
        expect(new URL(confirmLink).origin).toBe(new URL(platform().public).origin);
        await page.goto(confirmLink);
        await page.getByText("Danke, Ihre Bewerbung ist bestätigt").waitFor();
        await expectPageOk(page, "Bewerbung bestätigen");

        await page.getByRole("link", { name: "Zur Anmeldung" }).click();
        await page.waitForURL(/\/anmelden$/);
        await page.getByLabel("E-Mail-Adresse").fill(applicant.email);
        const since = new Date();
        await page.getByRole("button", { name: "Anmeldelink senden" }).click();
        await page.getByText("Bitte schauen Sie in Ihr Postfach").waitFor();
        await expectPageOk(page);

        await page.goto(await signInLinkFor(applicant.email, since));
        await page.waitForURL(/\/mein-engagement$/);
        await engagementCard(page).getByText("Bewerbung eingegangen").waitFor();
        await expectPageOk(page, "Mein Engagement");
      },
      JOURNEY_TIMEOUT,
    );

    it(
      "staff find the application, onboard the person, are refused activation until the checklist is complete, then activate",
      async () => {
        const { page } = await newPage(browser);
        await visit(page, departmentsUrl("/anmelden"), "Anmelden");
        await page.getByLabel("E-Mail-Adresse").fill(STAFF);
        await page.getByLabel("Passwort").fill(PASSWORD);
        await page.getByRole("button", { name: "Anmelden", exact: true }).click();
        await page.getByText("Aktive Engagierte").waitFor();

        await page
          .getByRole("navigation", { name: /Haupt/ })
          .getByRole("link", { name: "Bewerbungen" })
          .click();
        await page.waitForURL(/\/bewerbungen$/);
        const person = page.getByRole("link", {
          name: `${applicant.firstName} ${applicant.lastName}`,
        });
        // The new application waits in the first column of the board.
        await page
          .getByRole("region", { name: /^Eingegangen/ })
          .getByRole("link", { name: `${applicant.firstName} ${applicant.lastName}` })
          .waitFor();
        await expectPageOk(page, "Bewerbungen");

        await page.getByLabel("Name suchen").fill(applicant.lastName);
        await expect.poll(() => page.getByRole("listitem").filter({ has: person }).count()).toBe(1);
        await person.click();
        await page.waitForURL(/\/bewerbungen\/[\w-]+$/);
        await expectPageOk(page, `Bewerbung von ${applicant.firstName} ${applicant.lastName}`);
        await page.getByText(OPPORTUNITY).first().waitFor();

        await page.getByRole("button", { name: "Zum Gespräch einladen" }).click();
        await page.getByText("Der Status ist jetzt: Im Gespräch").waitFor();
        await expectPageOk(page);
        await page.getByRole("button", { name: "Einarbeitung beginnen" }).click();
        await page.getByText("Der Status ist jetzt: Einarbeitung").waitFor();
        await expectPageOk(page);

        await page.getByRole("button", { name: "Aktivieren" }).click();
        await page.getByText("Für die Aktivierung fehlt noch:").waitFor();
        const missing = page
          .locator("section", { has: page.getByRole("heading", { name: "Nächste Schritte" }) })
          .getByRole("listitem");
        await expect.poll(() => missing.allTextContents()).toEqual(CHECKLIST);
        await expectPageOk(page);

        for (const item of CHECKLIST) {
          const box = page.getByRole("checkbox", { name: item });
          await expect.poll(() => box.isEnabled()).toBe(true);
          // The box shows what the server stored: it turns checked once the tick is saved.
          await box.click();
          await expect.poll(() => box.isChecked()).toBe(true);
        }
        await page
          .getByText(/erledigt am/)
          .nth(CHECKLIST.length - 1)
          .waitFor();

        await page.getByRole("button", { name: "Aktivieren" }).click();
        await page.getByText("Der Status ist jetzt: Aktiv").waitFor();
        await expect.poll(() => page.getByRole("button", { name: "Aktivieren" }).count()).toBe(0);
        await expectPageOk(page);

        // Each move that concerns the volunteer reached them by e-mail.
        await expect
          .poll(() => subjectsTo(applicant.email), { timeout: 15_000 })
          .toEqual(
            expect.arrayContaining([
              `Wir möchten Sie kennenlernen – ${OPPORTUNITY}`,
              `Herzlich willkommen – ${OPPORTUNITY}`,
            ]),
          );
      },
      JOURNEY_TIMEOUT,
    );

    it("the citizen, still signed in, sees the engagement as active", async () => {
      const { page } = citizen;
      await page.reload();
      await engagementCard(page).getByText("Aktiv", { exact: true }).waitFor();
      await engagementCard(page).getByText("Sie sind dabei. Danke für Ihr Engagement!").waitFor();
      await expectPageOk(page, "Mein Engagement");
    });
  });

  describe("by keyboard alone (Tab, Enter, Space and typing; no mouse)", () => {
    const applicant = newApplicant("Jonas");
    let citizen: Page;

    it(
      "a citizen searches, filters and applies, confirms and signs in",
      async () => {
        const { page } = await newPage(browser);
        citizen = page;
        await visit(page, publicUrl("/suchen"), "Engagement suchen");

        await tabTo(page, page.getByLabel("Suchbegriff"));
        await page.keyboard.type(SEARCH_WORD);
        await tabTo(page, page.getByLabel("Von zu Hause aus möglich"));
        await page.keyboard.press("Space");
        await tabTo(page, page.getByRole("button", { name: "Suchen", exact: true }));
        await page.keyboard.press("Enter");
        await page.waitForURL(
          (u) => u.searchParams.get("q") === SEARCH_WORD && u.searchParams.has("isRemote"),
        );
        await expectPageOk(page);

        await tabTo(page, page.getByRole("link", { name: OPPORTUNITY }));
        await page.keyboard.press("Enter");
        await page.waitForURL(/\/angebote\//);
        await expectPageOk(page, OPPORTUNITY);

        const fields: [string | RegExp, string][] = [
          ["Vorname", applicant.firstName],
          ["Nachname", applicant.lastName],
          ["E-Mail-Adresse", applicant.email],
          ["Geburtsjahr", "1990"],
        ];
        for (const [label, value] of fields) {
          await tabTo(page, page.getByLabel(label));
          await page.keyboard.type(value);
        }
        await tabTo(page, page.getByLabel(/Ich bin einverstanden/));
        await page.keyboard.press("Space");
        expect(await page.getByLabel(/Ich bin einverstanden/).isChecked()).toBe(true);
        await tabTo(page, page.getByRole("button", { name: "Bewerbung absenden" }));
        await page.keyboard.press("Enter");
        await page.getByText("Fast geschafft: Bitte bestätigen Sie Ihre Bewerbung").waitFor();
        await expectPageOk(page);

        // Following a link from an e-mail is an address, not a click in the page.
        await page.goto(await mailLinkFor(applicant.email, "/bewerbung/bestaetigen"));
        await page.getByText("Danke, Ihre Bewerbung ist bestätigt").waitFor();
        await expectPageOk(page);
        await tabTo(page, page.getByRole("main").getByRole("link", { name: "Zur Anmeldung" }));
        await page.keyboard.press("Enter");
        await page.waitForURL(/\/anmelden$/);
        await tabTo(page, page.getByLabel("E-Mail-Adresse"));
        await page.keyboard.type(applicant.email);
        const since = new Date();
        await page.keyboard.press("Enter");
        await page.getByText("Bitte schauen Sie in Ihr Postfach").waitFor();
        await page.goto(await signInLinkFor(applicant.email, since));
        await page.waitForURL(/\/mein-engagement$/);
        await engagementCard(page).getByText("Bewerbung eingegangen").waitFor();
        await expectPageOk(page, "Mein Engagement");
      },
      JOURNEY_TIMEOUT,
    );

    it(
      "staff sign in, open the application and take it through onboarding to active",
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
          page
            .getByRole("navigation", { name: /Haupt/ })
            .getByRole("link", { name: "Bewerbungen" }),
        );
        await page.keyboard.press("Enter");
        await page.waitForURL(/\/bewerbungen$/);
        await expectPageOk(page, "Bewerbungen");

        await tabTo(page, page.getByLabel("Name suchen"));
        await page.keyboard.type(applicant.lastName);
        const person = page.getByRole("link", {
          name: `${applicant.firstName} ${applicant.lastName}`,
        });
        await expect.poll(() => page.getByRole("listitem").filter({ has: person }).count()).toBe(1);
        await tabTo(page, person);
        await page.keyboard.press("Enter");
        await page.waitForURL(/\/bewerbungen\/[\w-]+$/);
        await expectPageOk(page, `Bewerbung von ${applicant.firstName} ${applicant.lastName}`);

        await tabTo(page, page.getByRole("button", { name: "Zum Gespräch einladen" }));
        await page.keyboard.press("Enter");
        await page.getByText("Der Status ist jetzt: Im Gespräch").waitFor();
        await tabTo(page, page.getByRole("button", { name: "Einarbeitung beginnen" }));
        await page.keyboard.press("Enter");
        await page.getByText("Der Status ist jetzt: Einarbeitung").waitFor();

        await tabTo(page, page.getByRole("button", { name: "Aktivieren" }));
        await page.keyboard.press("Enter");
        await page.getByText("Für die Aktivierung fehlt noch:").waitFor();

        for (const item of CHECKLIST) {
          const box = page.getByRole("checkbox", { name: item });
          await expect.poll(() => box.isEnabled()).toBe(true);
          await tabTo(page, box);
          await page.keyboard.press("Space");
          await expect.poll(() => box.isChecked()).toBe(true);
        }
        await page
          .getByText(/erledigt am/)
          .nth(CHECKLIST.length - 1)
          .waitFor();
        await tabTo(page, page.getByRole("button", { name: "Aktivieren" }));
        await page.keyboard.press("Enter");
        await page.getByText("Der Status ist jetzt: Aktiv").waitFor();
        await expectPageOk(page);
      },
      JOURNEY_TIMEOUT,
    );

    it("the citizen sees the engagement as active", async () => {
      await citizen.reload();
      await engagementCard(citizen).getByText("Aktiv", { exact: true }).waitFor();
      await expectPageOk(citizen, "Mein Engagement");
    });
  });
});
