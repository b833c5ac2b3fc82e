import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchChromium, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the demo app", () => {
  it("shows the smiley legend in Danish with every status named", async () => {
    const { page, errors } = await openPage(browser, inject("baseUrl"));
    await page.getByRole("heading", { name: "Sådan læses smileys" }).waitFor();
    const milestones = page.getByRole("region", { name: "Indsats (milepæle)" });
    expect(await milestones.getByText("Milepæl er opfyldt").count()).toBe(1);
    expect(await milestones.locator(".mp-Smiley").count()).toBe(4);
    // The economy scale has no yellow level.
    expect(await page.getByRole("region", { name: "Økonomi" }).locator(".mp-Smiley").count()).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switches to English and sets the document language", async () => {
    const { page, errors } = await openPage(browser, inject("baseUrl"));
    await page.getByLabel("Sprog").selectOption("en");
    await page.getByRole("heading", { name: "How to read the smileys" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByText("Milestone met").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has no axe violations", async () => {
    const { page } = await openPage(browser, inject("baseUrl"));
    await page.getByRole("heading", { name: "Sådan læses smileys" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
