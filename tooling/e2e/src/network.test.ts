import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectPageOk, launch, newPage, platform, screenshot, visit } from "./browser.ts";

describe("Netzwerk (network app)", () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, platform().network).toString();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("lists the member cities and filters them by state, with the filter in the address", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/"), "Mitgliedsstädte im Netzwerk");
    await page.getByRole("table").getByText("Göppingen", { exact: true }).waitFor();
    await expect
      .poll(() => page.getByText(/Städte gefunden/).textContent())
      .toBe("17 Städte gefunden");
    await screenshot(page, "network");

    await page.getByLabel("Bundesland").selectOption({ label: "Bayern" });
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
    await visit(page, url("/?q=wetz"), "Mitgliedsstädte im Netzwerk");
    await expect.poll(() => page.getByText(/gefunden/).textContent()).toBe("eine Stadt gefunden");
    await page.getByRole("table").getByText("Wetzlar", { exact: true }).waitFor();
  });

  it("signs a network member in", async () => {
    const { page } = await newPage(browser);
    await visit(page, url("/anmelden"), "Anmelden");
    await page.getByLabel("E-Mail-Adresse").fill("netzwerk@goeppingen.example");
    await page.getByLabel("Passwort").fill("Engagiert-Demo-2026");
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await page
      .getByText(/Angemeldet als/)
      .first()
      .waitFor();
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
