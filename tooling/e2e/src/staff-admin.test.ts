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
const ADMIN = "admin@goeppingen.example";
const ADMIN_NAME = "Oliver Brandt";
const COORDINATOR = "koordination@goeppingen.example";
const JOURNEY_TIMEOUT = 240_000;

/** The newest invitation link the API sent to an address (printed to its log without SMTP). */
async function invitationLinkFor(email: string): Promise<string> {
  const pattern = /https?:\/\/\S+\/einladung\/[\w-]{43}/;
  for (let i = 0; i < 75; i++) {
    const link = readLog(platform().logFile)
      .filter((line) => line.to === email && typeof line.body === "string")
      .map((line) => String(line.body).match(pattern)?.[0])
      .filter((found): found is string => Boolean(found))
      .at(-1);
    if (link) return link;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No invitation mail to ${email} in the API log.`);
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await visit(page, new URL("/anmelden", platform().departments).toString(), "Anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await passSecondFactor(page, email);
  await page.getByRole("heading", { level: 1, name: "Übersicht" }).waitFor();
}

describe("Zugänge and Protokoll: accounts, invitations and the audit log", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().departments).toString();
  const suffix = Date.now().toString(36);
  const invitee = { name: `Ina Neumann ${suffix}`, email: `ina.${suffix}@team.goeppingen.example` };
  const newPassword = "Kastanie Regenschirm Fagott Nordlicht";

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it(
    "invites a person, who accepts by keyboard, signs in, and is deactivated by the admin",
    async () => {
      const { page: admin } = await newPage(browser);
      await signIn(admin, ADMIN);

      // To the accounts through the main navigation, which only an admin has.
      await admin
        .getByRole("navigation", { name: "Hauptnavigation" })
        .getByRole("link", { name: "Zugänge" })
        .click();
      await expectPageOk(admin, "Zugänge");
      // The demo's open invitation is listed, with a way to revoke it.
      await admin.getByRole("cell", { name: "jana.roth@team.goeppingen.example" }).waitFor();

      await admin.getByRole("link", { name: "Person einladen" }).click();
      await expectPageOk(admin, "Person einladen");
      await admin.getByRole("button", { name: "Einladung senden" }).click();
      await admin.getByText("Bitte den Namen angeben (mindestens 2 Zeichen).").waitFor();
      await admin.getByText("Bitte eine gültige E-Mail-Adresse angeben.").waitFor();
      await expectPageOk(admin);
      await admin.getByLabel("Name").fill(invitee.name);
      await admin.getByLabel("E-Mail-Adresse").fill(invitee.email);
      await admin.getByLabel("Rolle").selectOption({ label: "Mitarbeiterin oder Mitarbeiter" });
      await admin
        .getByLabel("Organisation", { exact: true })
        .selectOption({ label: "Stadtbibliothek" });
      await admin.getByRole("button", { name: "Einladung senden" }).click();
      await admin.getByText(`Die Einladung an ${invitee.email} ist unterwegs.`).waitFor();
      await expectPageOk(admin);

      // The invited person follows the link from the e-mail and chooses a password, by keyboard.
      const link = await invitationLinkFor(invitee.email);
      expect(new URL(link).origin).toBe(new URL(platform().departments).origin);
      const { page: person } = await newPage(browser);
      await visit(person, link, "Einladung annehmen");
      await person.getByText(`Guten Tag ${invitee.name}`).waitFor();
      await tabTo(person, person.getByLabel("Neues Passwort"));
      await person.keyboard.type("passwort1234");
      await person.keyboard.press("Tab");
      await person.keyboard.type("passwort1234");
      await person.keyboard.press("Enter");
      await person.getByText(/Dieses Passwort ist zu verbreitet/).waitFor();
      await expectPageOk(person);
      await person.getByLabel("Neues Passwort").fill("");
      await person.getByLabel("Neues Passwort").focus();
      await person.keyboard.type(newPassword);
      await person.keyboard.press("Tab");
      await person.keyboard.press("Control+A");
      await person.keyboard.type(newPassword);
      await person.keyboard.press("Enter");
      await person.getByText("Ihr Zugang ist eingerichtet").waitFor();
      await expectPageOk(person);

      await person.getByRole("link", { name: "Zur Anmeldung" }).click();
      await person.getByLabel("E-Mail-Adresse").fill(invitee.email);
      await person.getByLabel("Passwort").fill(newPassword);
      await person.getByRole("button", { name: "Anmelden", exact: true }).click();
      await person.getByText("Stadtbibliothek").first().waitFor();
      await expectPageOk(person, "Übersicht");
      // Staff see neither the accounts nor the audit log in their navigation.
      const nav = person.getByRole("navigation", { name: "Hauptnavigation" });
      expect(await nav.getByRole("link", { name: "Zugänge" }).count()).toBe(0);
      expect(await nav.getByRole("link", { name: "Protokoll" }).count()).toBe(0);

      // The link works once.
      const { page: again } = await newPage(browser);
      await visit(again, link, "Einladung annehmen");
      await again.getByText("Diese Einladung wurde schon angenommen.").waitFor();
      await expectPageOk(again);

      // The admin finds the new account and deactivates it.
      await visit(admin, url("/zugaenge"), "Zugänge");
      await admin.getByLabel("Name oder E-Mail-Adresse").fill(suffix);
      await admin.getByRole("link", { name: invitee.name }).click();
      await expectPageOk(admin, `Zugang von ${invitee.name}`);
      await admin.getByRole("button", { name: "Zugang deaktivieren" }).click();
      await admin.getByRole("button", { name: `Ja, ${invitee.name} jetzt deaktivieren` }).click();
      await admin.getByText(/Der Zugang ist deaktiviert; 1 Sitzung wurde beendet\./).waitFor();
      await expectPageOk(admin);

      // The person's session ended at once.
      await person.reload();
      await person.waitForURL(/\/anmelden/);
      await expectPageOk(person, "Anmelden");

      // An admin cannot deactivate themselves: their own page says so and offers nothing.
      await visit(admin, url("/zugaenge"), "Zugänge");
      await admin.getByLabel("Name oder E-Mail-Adresse").fill("admin@goeppingen");
      await admin.getByRole("link", { name: ADMIN_NAME }).click();
      await admin.getByText("Das ist Ihr eigener Zugang.").waitFor();
      expect(await admin.getByRole("button", { name: "Zugang deaktivieren" }).count()).toBe(0);
      await expectPageOk(admin);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "lets the coordination office filter the audit log and open a person's privacy page",
    async () => {
      const { page } = await newPage(browser);
      await signIn(page, COORDINATOR);
      expect(
        await page
          .getByRole("navigation", { name: "Hauptnavigation" })
          .getByRole("link", { name: "Zugänge" })
          .count(),
      ).toBe(0);

      // Reading a volunteer's record is audited; the record links to the privacy page.
      await visit(page, url("/bewerbungen"), "Bewerbungen");
      await page.locator(".engagiert-board__card a").first().click();
      await page.getByRole("link", { name: /^Akte von / }).click();
      await page.getByRole("heading", { level: 1, name: /^Akte: / }).waitFor();
      const personName = (await page.locator("h1").textContent())!.replace(/^Akte: /, "");
      await page.getByRole("link", { name: /^Datenschutz: Einwilligungen/ }).click();
      await expectPageOk(page, `Datenschutz: ${personName}`);
      await page.getByRole("heading", { name: "Löschfristen" }).waitFor();
      const trail = page.getByRole("region", {
        name: "Einträge zu dieser Person, die neuesten zuerst",
      });
      await trail.getByRole("cell", { name: "Personenakte gelesen" }).first().waitFor();
      await trail
        .getByRole("cell", { name: "Datenschutzseite der Person gelesen" })
        .first()
        .waitFor();

      // The whole log, filtered by the admin's deactivation of an account.
      await page
        .getByRole("navigation", { name: "Hauptnavigation" })
        .getByRole("link", { name: "Protokoll" })
        .click();
      await expectPageOk(page, "Protokoll");
      await page.getByLabel("Mitarbeiterin oder Mitarbeiter").selectOption({ label: ADMIN_NAME });
      await page.getByLabel("Aktion").selectOption({ label: "Zugang deaktiviert" });
      await tabTo(page, page.getByRole("button", { name: "Filter anwenden" }));
      await page.keyboard.press("Enter");
      await page.waitForURL(/aktion=staff\.deactivated/);
      expect(page.url()).toMatch(/mitarbeiter=/);
      const log = page.getByRole("region", { name: "Protokolleinträge, die neuesten zuerst" });
      // The table keeps the last entries while the filtered ones load: wait for the filter.
      await expect
        .poll(() => log.getByRole("cell", { name: "Zugang deaktiviert" }).count())
        .toBe(1);
      await expect.poll(() => log.getByRole("row").count()).toBe(2);
      await log.getByRole("cell", { name: `Zugang: ${invitee.name}` }).waitFor();
      await expectPageOk(page);

      // The filter lives in the address: opening it again shows the same entries.
      const { page: shared } = await newPage(browser);
      await shared.context().addCookies(await page.context().cookies());
      await visit(shared, page.url(), "Protokoll");
      await shared.getByRole("cell", { name: `Zugang: ${invitee.name}` }).waitFor();

      // A date range of a day long past holds nothing.
      await page.getByLabel("Von (Tag)").fill("2020-01-01");
      await page.getByLabel("Bis (Tag)").fill("2020-01-02");
      await page.getByRole("button", { name: "Filter anwenden" }).click();
      await page.getByText("Keine Einträge für diese Filter.").waitFor();
      await expectPageOk(page);

      // The filtered log as CSV.
      await page.getByRole("button", { name: "Alle Filter entfernen" }).click();
      await page.getByLabel("Aktion").selectOption({ label: "Zugang deaktiviert" });
      await page.getByRole("button", { name: "Filter anwenden" }).click();
      await page.waitForURL(/aktion=staff\.deactivated/);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Gefiltertes Protokoll als CSV herunterladen" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^protokoll-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await new Promise<string>((resolve, reject) => {
        void download.createReadStream().then((stream) => {
          let text = "";
          stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
          stream.on("end", () => resolve(text));
          stream.on("error", reject);
        }, reject);
      });
      expect(csv.split("\r\n")[0]).toBe(
        "Zeitpunkt,Mitarbeiterin oder Mitarbeiter,Aktion,Aktion (Code),Betrifft",
      );
      expect(csv).toContain(
        `${ADMIN_NAME},Zugang deaktiviert,staff.deactivated,Zugang: ${invitee.name}`,
      );
    },
    JOURNEY_TIMEOUT,
  );

  it("tells a visitor with a made-up invitation link that it does not work", async () => {
    const { page } = await newPage(browser);
    await visit(page, url(`/einladung/${"x".repeat(43)}`), "Einladung annehmen");
    await page.getByText("Diesen Einladungslink kennen wir nicht.").waitFor();
    await expectPageOk(page);
    await visit(page, url("/einladung/kaputt"), "Einladung annehmen");
    await page.getByText("Diesen Einladungslink kennen wir nicht.").waitFor();
  });
});
