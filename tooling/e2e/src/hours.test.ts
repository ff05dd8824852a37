import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectPageOk,
  launch,
  newPage,
  platform,
  signInVolunteer,
  tabTo,
  visit,
} from "./browser.ts";

const PASSWORD = "Engagiert-Demo-2026";
const VOLUNTEER = "ehrenamt@goeppingen.example";
/** Lena Wagner's active engagement "Vorlesepatin oder Vorlesepate" is with the city library. */
const STAFF = "stadtbibliothek@team.goeppingen.example";
const JOURNEY_TIMEOUT = 180_000;

/** The card of one entry on "Meine Stunden", found by its activity. */
const entryCard = (page: Page, activity: string) =>
  page.getByRole("article").filter({ hasText: activity });

/** A row of the queue, loading further pages until it shows (the queue is oldest day first). */
async function queueRow(page: Page, activity: string): Promise<Locator> {
  const row = page.getByRole("row").filter({ hasText: activity });
  for (let i = 0; i < 20; i++) {
    if ((await row.count()) > 0) return row;
    const more = page.getByRole("button", { name: "Weitere laden" });
    if ((await more.count()) === 0) break;
    await more.click();
    await page.waitForLoadState("networkidle");
  }
  await row.waitFor({ timeout: 2_000 });
  return row;
}

describe("Stunden: a volunteer logs hours, staff approve them", () => {
  let browser: Browser;
  const publicUrl = (path: string) => new URL(path, platform().public).toString();
  const departmentsUrl = (path: string) => new URL(path, platform().departments).toString();
  const activity = `Vorlesen in der Kinderbibliothek ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it(
    "logs hours by keyboard, approves them in the queue and shows them approved",
    async () => {
      const volunteer = await newPage(browser);
      const v = volunteer.page;
      await signInVolunteer(v, VOLUNTEER);
      await visit(v, publicUrl("/mein-engagement"));
      await v.getByText("Angemeldet als Lena Wagner").waitFor();

      // To "Stunden" through the main navigation, by keyboard.
      await tabTo(
        v,
        v.getByRole("navigation", { name: /Haupt/ }).getByRole("link", { name: "Stunden" }),
      );
      await v.keyboard.press("Enter");
      await v.waitForURL(/\/stunden$/);
      await v.getByLabel("Engagement", { exact: true }).waitFor();
      await expectPageOk(v, "Meine Stunden");
      await expect
        .poll(() =>
          v
            .getByLabel("Engagement", { exact: true })
            .evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text),
        )
        .toContain("Vorlesepatin oder Vorlesepate");
      // The demo data gives her approved hours and hours that still wait.
      await v.getByRole("article").filter({ hasText: "Freigegeben" }).first().waitFor();
      await v.getByRole("article").filter({ hasText: "Wartet auf Freigabe" }).first().waitFor();

      // Sent without a duration, the form says what is missing, at the field.
      await tabTo(v, v.getByLabel("Was haben Sie gemacht?"));
      await v.keyboard.type(activity);
      await v.keyboard.press("Enter");
      await v.getByText("Bitte geben Sie an, wie lange Sie sich engagiert haben.").waitFor();
      await expect(
        v.getByLabel("Stunden", { exact: true }).getAttribute("aria-invalid"),
      ).resolves.toBe("true");
      await expectPageOk(v);

      await tabTo(v, v.getByLabel("Stunden", { exact: true }));
      await v.keyboard.type("2");
      await v.keyboard.press("Tab");
      await v.keyboard.type("30");
      await v.keyboard.press("Enter");
      await v
        .getByText("Danke! Ihre Stunden sind eingetragen und warten auf die Freigabe.")
        .waitFor();
      await entryCard(v, activity).getByText("Wartet auf Freigabe").waitFor();
      await expectPageOk(v);

      // Staff of the library find the entry in their queue and approve it by keyboard.
      const staff = await newPage(browser);
      const s = staff.page;
      await visit(s, departmentsUrl("/anmelden"), "Anmelden");
      await tabTo(s, s.getByLabel("E-Mail-Adresse"));
      await s.keyboard.type(STAFF);
      await s.keyboard.press("Tab");
      await s.keyboard.type(PASSWORD);
      await s.keyboard.press("Enter");
      await s.getByText("Aktive Engagierte").waitFor();
      await tabTo(
        s,
        s.getByRole("navigation", { name: /Haupt/ }).getByRole("link", { name: "Stunden" }),
      );
      await s.keyboard.press("Enter");
      await s.waitForURL(/\/stunden$/);
      await s.getByRole("table", { name: "Offene Stundeneinträge" }).waitFor();
      await expectPageOk(s, "Stunden freigeben");

      const row = await queueRow(s, activity);
      await expect(row.getByRole("cell").nth(3).textContent()).resolves.toBe("2 Std. 30 Min.");
      await row.getByRole("checkbox").focus();
      await s.keyboard.press("Space");
      const approveSelected = s.getByRole("button", { name: "Ausgewählte freigeben (1)" });
      await tabTo(s, approveSelected);
      await s.keyboard.press("Enter");
      await s.getByText("Ein Eintrag ist freigegeben.").waitFor();
      await expect.poll(() => row.count()).toBe(0);
      await expectPageOk(s);

      // The engagement's history shows it approved, with the correction the demo data holds.
      await s.goto(departmentsUrl("/stunden/erfassen"));
      await expectPageOk(s, "Stunden für eine Person eintragen");
      await s.getByLabel("Name der Person").fill("Wagner");
      await s.getByRole("link", { name: "Wagner, Lena" }).click();
      await s.waitForURL(/\/stunden\/engagement\//);
      await s.getByRole("row").filter({ hasText: activity }).getByText("Freigegeben").waitFor();
      await s.getByText(/Grund: Die Nachbesprechung mit dem Team fehlte/).waitFor();
      await expectPageOk(s, "Stunden von Lena Wagner");

      // Back on her page, the volunteer sees the entry approved.
      await v.reload();
      await entryCard(v, activity).getByText("Freigegeben").waitFor();
      await expectPageOk(v, "Meine Stunden");
    },
    JOURNEY_TIMEOUT,
  );
});
