import { describe, expect, it } from "vitest";
import { axeViolations, chromiumForFile, demoUrl as url } from "./browser";

const browser = chromiumForFile();

const pages: [name: string, query: string][] = [
  ["the overview", ""],
  ["the follow-up", "?page=followup"],
  ["the plans", "?page=plans"],
  ["the communication plan", "?page=plans&plan=communication-2017"],
  ["the import", "?page=import"],
  ["the meetings", "?page=meetings"],
  ["the assessment", "?page=assess"],
];

/**
 * Every page passes axe (WCAG 2.1 A and AA) on a desktop and a phone, in the light theme and in
 * the dark one the demo takes from the reader's system setting.
 */
describe.each([
  ["light", 1280],
  ["dark", 1280],
  ["light", 360],
  ["dark", 360],
] as const)("axe in the %s theme at %i px", (colorScheme, width) => {
  it.each(pages)("finds nothing on %s page", async (_name, query) => {
    const page = await browser().newPage({ viewport: { width, height: 800 }, colorScheme });
    page.setDefaultTimeout(8_000);
    await page.goto(url(query), { waitUntil: "networkidle" });
    await page.locator("main h2, main h1").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.className)).toContain(
      `mp-theme-${colorScheme}`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
