import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectPageOk,
  launch,
  mailLinkFor,
  newPage,
  passSecondFactor,
  platform,
  signInLinkFor,
  signInVolunteer,
  tabTo,
  visit,
} from "./browser.ts";

const PASSWORD = "Engagiert-Demo-2026";
const COORDINATOR = "koordination@goeppingen.example";
const DEMO_VOLUNTEER = "ehrenamt@goeppingen.example";
/** Fachbereich Soziales und Familie: for adults, no certificates required. */
const OPPORTUNITY = "Telefonpatenschaft gegen Einsamkeit";

describe("Meine Daten and Löschfristen", () => {
  let browser: Browser;
  const publicUrl = (path: string) => new URL(path, platform().public).toString();
  const departmentsUrl = (path: string) => new URL(path, platform().departments).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function signInCoordinator(page: Page) {
    await visit(page, departmentsUrl("/anmelden"), "Anmelden");
    await page.getByLabel("E-Mail-Adresse").fill(COORDINATOR);
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await passSecondFactor(page, COORDINATOR);
    await page.waitForURL((u) => u.pathname === "/");
  }

  it("the demo volunteer sees their consents and downloads all their data by keyboard", async () => {
    const { page } = await newPage(browser);
    await signInVolunteer(page, DEMO_VOLUNTEER);
    await visit(page, publicUrl("/"));
    await page.getByRole("link", { name: "Meine Daten" }).click();
    await page.waitForURL(/\/meine-daten$/);
    const consent = page.getByRole("row", { name: /Bewerbung: Ihre Angaben/ });
    await consent.waitFor();
    expect(await consent.textContent()).toContain("2026-01");
    expect(await consent.textContent()).toContain("Gültig");
    await expectPageOk(page, "Meine Daten");

    const button = page.getByRole("button", { name: "Meine Daten herunterladen (JSON)" });
    await tabTo(page, button);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^meine-daten-goeppingen-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const data = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
      format: string;
      version: number;
      profile: { firstName: string; lastName: string; email: string };
      engagements: { opportunityTitle: string; events: unknown[] }[];
      hours: unknown[];
      consents: { purpose: string }[];
      emails: { body: string }[];
    };
    expect(data).toMatchObject({
      format: "engagiert-my-data",
      version: 1,
      profile: { firstName: "Lena", lastName: "Wagner", email: DEMO_VOLUNTEER },
    });
    expect(data.engagements.length).toBe(3);
    expect(data.hours.length).toBeGreaterThan(0);
    expect(data.consents.map((c) => c.purpose)).toEqual(["application"]);
    // The sign-in links she was sent are in the file without their secret.
    expect(data.emails.some((m) => m.body.includes("token=[entfernt]"))).toBe(true);
    expect(JSON.stringify(data)).not.toMatch(/token=[\w-]{20,}/);
    await page
      .getByText(/Die Datei meine-daten-goeppingen-.*\.json ist heruntergeladen\./)
      .waitFor();
    await expectPageOk(page);
  });

  it("a new volunteer withdraws a consent by keyboard, deletes the account and is signed out; staff see a deleted person", async () => {
    const suffix = Date.now().toString(36);
    const email = `loeschen.${suffix}@beispiel.example`;
    const { page } = await newPage(browser);
    await visit(page, publicUrl("/suchen?q=Einsamkeit"), "Engagement suchen");
    await page.getByRole("link", { name: OPPORTUNITY }).click();
    await page.waitForURL(/\/angebote\//);
    await page.getByLabel("Vorname").fill("Frieda");
    await page.getByLabel("Nachname").fill(`Loesch${suffix}`);
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Geburtsjahr").fill("1985");
    await page.getByLabel(/Ich bin einverstanden/).check();
    await page.getByRole("button", { name: "Bewerbung absenden" }).click();
    await page.getByText("Fast geschafft: Bitte bestätigen Sie Ihre Bewerbung").waitFor();
    await page.goto(await mailLinkFor(email, "/bewerbung/bestaetigen"));
    await page.getByText("Danke, Ihre Bewerbung ist bestätigt").waitFor();

    await visit(page, publicUrl("/anmelden"));
    await page.getByLabel("E-Mail-Adresse").fill(email);
    const since = new Date();
    await page.getByRole("button", { name: "Anmeldelink senden" }).click();
    await page.getByText("Bitte schauen Sie in Ihr Postfach").waitFor();
    await page.goto(await signInLinkFor(email, since));
    await page.waitForURL(/\/mein-engagement$/);
    await page.getByRole("link", { name: "Meine Daten" }).click();
    await page.waitForURL(/\/meine-daten$/);
    await expectPageOk(page, "Meine Daten");

    // Withdrawing explains what follows first, and takes the focus there.
    const withdraw = page.getByRole("button", {
      name: /^Einwilligung „Bewerbung: .*“ vom .* widerrufen$/,
    });
    await tabTo(page, withdraw);
    await page.keyboard.press("Enter");
    const step = page.getByRole("heading", { name: /^Einwilligung widerrufen: Bewerbung/ });
    await step.waitFor();
    await expect.poll(() => step.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByText(/Alle Ihre Bewerbungen, die noch nicht begonnen haben/).waitFor();
    await expectPageOk(page);
    await tabTo(page, page.getByRole("button", { name: "Ja, widerrufen" }));
    await page.keyboard.press("Enter");
    await page.getByText("Ihre Einwilligung ist widerrufen.").waitFor();
    await page.getByText("Eine Bewerbung wurde zurückgezogen.").waitFor();
    await page.getByText(/^Widerrufen am /).waitFor();
    await expectPageOk(page);

    // Deleting asks for the box first, then signs out.
    const remove = page.getByRole("button", { name: "Konto endgültig löschen" });
    await remove.click();
    const box = page.getByLabel("Ich möchte mein Konto und meine Daten endgültig löschen.");
    await expect.poll(() => box.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectPageOk(page);
    await page.keyboard.press("Space");
    await tabTo(page, remove);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/meine-daten\/geloescht$/);
    await expectPageOk(page, "Ihr Konto ist gelöscht");
    await page.getByRole("link", { name: "Anmelden" }).first().waitFor();
    await visit(page, publicUrl("/meine-daten"), "Meine Daten");
    await page.getByText("Melden Sie sich an, um Ihre Daten zu sehen.").waitFor();

    // The coordination office finds the withdrawn application without a name.
    const staff = await newPage(browser);
    await signInCoordinator(staff.page);
    await visit(staff.page, departmentsUrl("/bewerbungen"));
    await staff.page.getByRole("radio", { name: "Tabelle" }).check();
    await staff.page.getByLabel("Status").selectOption({ label: "Zurückgezogen" });
    const row = staff.page.getByRole("row").filter({ hasText: OPPORTUNITY }).first();
    await row.waitFor();
    expect(await row.getByRole("link").first().textContent()).toBe("Gelöschte Person");
    expect(await staff.page.getByText(`Loesch${suffix}`).count()).toBe(0);
    await expectPageOk(staff.page);
  }, 180_000);

  it("a coordinator opens the deletion periods and runs a dry run by keyboard", async () => {
    const { page } = await newPage(browser);
    await signInCoordinator(page);
    await page.getByRole("link", { name: "Löschfristen" }).click();
    await page.waitForURL(/\/datenschutz\/loeschfristen$/);
    await page.getByText(/Bewerbungen, aus denen kein Engagement wurde .*: 6 Monate/).waitFor();
    await page.getByText(/Konten ohne Aktivität: nach 24 Monaten; 30 Tage vorher/).waitFor();
    await expectPageOk(page, "Löschfristen");

    await tabTo(page, page.getByRole("button", { name: "Probelauf starten" }));
    await page.keyboard.press("Enter");
    const result = page.getByRole("table", { name: "Jetzt fällig" });
    await result.waitFor();
    expect(await result.getByRole("row").count()).toBe(7);
    await page.getByRole("heading", { name: "Fällig: Bewerbungen" }).waitFor();
    await expectPageOk(page);

    // Another kind's list, chosen by keyboard.
    const kind = page.getByLabel("Liste für");
    await tabTo(page, kind);
    await kind.selectOption({ label: "E-Mail-Texte" });
    await page.getByRole("heading", { name: "Fällig: E-Mail-Texte" }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectPageOk(page);

    // The dry run is noted among the runs; nothing was deleted.
    await page
      .getByRole("table", { name: "Bisherige Läufe, der neueste zuerst" })
      .getByText("auf Anforderung, Probelauf")
      .first()
      .waitFor();

    // Deleting now asks for a confirmation first.
    await page.getByRole("button", { name: "Jetzt löschen …" }).click();
    const confirm = page.getByRole("heading", { name: "Fällige Daten jetzt löschen?" });
    await confirm.waitFor();
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectPageOk(page);
    await page.getByRole("button", { name: "Abbrechen" }).click();
    await page.getByRole("button", { name: "Jetzt löschen …" }).waitFor();
  });
});
