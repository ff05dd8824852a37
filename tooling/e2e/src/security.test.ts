import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectAccessible,
  expectPageOk,
  freshTotpCode,
  launch,
  newPage,
  platform,
  tabTo,
  visit,
} from "./browser.ts";

const PASSWORD = "Engagiert-Demo-2026";
const COORDINATOR = "koordination@goeppingen.example";
/** A staff account no other browser test signs in with: its second factor comes and goes here. */
const STAFF = "umweltamt@team.goeppingen.example";

describe("Sicherheit: second factor at sign-in and on the security page", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().departments).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function signInWithPassword(page: Page, email: string) {
    await visit(page, url("/anmelden"), "Anmelden");
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  }

  /** Focus rests on the element: a screen reader announces it. */
  const hasFocus = (page: Page, name: string) =>
    page.getByRole("heading", { name }).evaluate((el) => el === document.activeElement);

  it("a coordinator gives the code from the app after the password, by keyboard alone", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/anmelden"), "Anmelden");
    await tabTo(page, page.getByLabel("E-Mail-Adresse"));
    await page.keyboard.type(COORDINATOR);
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { name: "Bestätigungscode eingeben" }).waitFor();
    expect(await hasFocus(page, "Bestätigungscode eingeben")).toBe(true);
    await expectPageOk(page, "Anmelden");
    const field = page.getByLabel("Bestätigungscode");
    expect(await field.getAttribute("autocomplete")).toBe("one-time-code");

    // A wrong code: the reason is tied to the field, and the step stays.
    await tabTo(page, field);
    await page.keyboard.type("000000");
    await page.keyboard.press("Enter");
    await page.getByText("Der Code stimmt nicht.").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    const errorId = (await field.getAttribute("aria-describedby"))!.split(" ").at(-1)!;
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain("stimmt nicht");
    await expectAccessible(page);

    await tabTo(page, field);
    await page.keyboard.press("Control+A");
    await page.keyboard.type(await freshTotpCode(COORDINATOR));
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/");
    await page.getByRole("combobox", { name: "Zahlen für" }).waitFor();
    await expectPageOk(page, "Übersicht");
  });

  it("a staff member sets up the authenticator on the security page, signs in with a recovery code and turns it off", async () => {
    const { page } = await newPage(browser);
    await signInWithPassword(page, STAFF);
    await page.getByText("Aktive Engagierte").waitFor();
    await page
      .getByRole("navigation", { name: /Haupt/ })
      .getByRole("link", { name: "Sicherheit" })
      .click();
    await page.waitForURL(/\/sicherheit$/);
    await expectPageOk(page, "Sicherheit");
    await page.getByText("Noch nicht eingerichtet.").waitFor();

    // The rules are checked before anything is sent; the reason sits at the field.
    await page.getByLabel("Bisheriges Passwort").fill(PASSWORD);
    await page.getByLabel("Neues Passwort").fill("Zu kurz");
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await page.getByText("Das Passwort ist zu kurz: Es hat 7 von mindestens 12 Zeichen.").waitFor();
    expect(await page.getByLabel("Neues Passwort").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Authentifizierungs-App einrichten" }).click();
    await page.getByRole("img", { name: "QR-Code für Ihre Authentifizierungs-App" }).waitFor();
    expect(await hasFocus(page, "Authentifizierungs-App einrichten")).toBe(true);
    const secret = (await page.locator(".engagiert-secret").textContent())!.replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectPageOk(page, "Sicherheit");

    await page.getByLabel("Code aus der App").fill(await freshTotpCode(STAFF, secret));
    await page.getByLabel("Ihr Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Einrichten", exact: true }).click();
    const list = page.getByRole("list", { name: "Zehn Wiederherstellungscodes" });
    await list.waitFor();
    const codes = (await list.getByRole("listitem").allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    await expectPageOk(page, "Sicherheit");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Als Textdatei herunterladen" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("wiederherstellungscodes.txt");
    const file = readFileSync((await download.path())!, "utf8");
    for (const code of codes) expect(file).toContain(code);

    // Going on needs the confirmation that the codes were kept; the checkbox works by keyboard.
    await page.getByRole("button", { name: "Fertig" }).click();
    await page.getByText("Bitte bestätigen Sie, dass Sie die Codes aufbewahrt haben.").waitFor();
    await expectAccessible(page);
    await tabTo(page, page.getByLabel("Ich habe die Codes sicher aufbewahrt."));
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Fertig" }).click();
    await page.getByText("Der zweite Faktor ist eingerichtet").waitFor();
    await page.getByText("Verbleibende Wiederherstellungscodes: 10 von 10.").waitFor();
    await expectPageOk(page, "Sicherheit");

    // Now the sign-in asks for the code; without the phone, a recovery code does.
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.waitForURL(/\/anmelden/);
    await signInWithPassword(page, STAFF);
    await page.getByLabel("Bestätigungscode").fill(codes[0]!);
    await page.getByRole("button", { name: "Bestätigen", exact: true }).click();
    await page.getByText("Verbleibende Codes: 9.", { exact: false }).waitFor();
    await expectPageOk(page, "Anmelden");
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.waitForURL((u) => u.pathname === "/");

    await visit(page, url("/sicherheit"), "Sicherheit");
    await page.getByText("Verbleibende Wiederherstellungscodes: 9 von 10.").waitFor();
    await page.getByRole("button", { name: "Zweiten Faktor ausschalten" }).click();
    await page.getByLabel("Ihr Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Ausschalten", exact: true }).click();
    await page.getByText("Der zweite Faktor ist ausgeschaltet").waitFor();
    await page.getByText("Noch nicht eingerichtet.").waitFor();
    await expectPageOk(page, "Sicherheit");
  });
});
