import { describe, expect, it } from "vitest";
import { chromiumForFile, openPage, demoUrl as url } from "./browser";

const browser = chromiumForFile();

/**
 * WCAG 1.4.10: at 320 px nothing scrolls sideways but a table or chart inside its own scroll
 * container. Lists what sticks out of the page, so a failure names the culprit.
 */
async function overflowAt320(query: string) {
  const { page } = await openPage(browser(), url(query), { width: 320, height: 800 });
  await page.waitForLoadState("networkidle");
  const result = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (element: Element | null): boolean => {
      for (let node = element; node && node !== document.body; node = node.parentElement) {
        const { overflowX } = getComputedStyle(node);
        if (overflowX !== "visible" && node.clientWidth <= width) return true;
      }
      return false;
    };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && !scrolls(element.parentElement);
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
  await page.close();
  return result;
}

describe("reflow at 320 px", () => {
  for (const query of [
    "",
    "?page=followup",
    "?page=plans",
    "?page=plans&plan=communication-2017",
    "?page=import",
    "?page=meetings",
    "?page=assess",
  ]) {
    it(`does not scroll sideways: ${query || "overview"}`, async () => {
      const { scrollWidth, width, culprits } = await overflowAt320(query);
      expect(culprits).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(width);
    });
  }
});
