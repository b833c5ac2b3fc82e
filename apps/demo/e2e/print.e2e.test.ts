import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const url = (query = "") => new URL(query, `${inject("baseUrl")}/`).href;

/** A4's printable width at 96 dpi with 1 cm margins: 190 mm. */
const a4 = { width: 718, height: 1040 };

describe("print on A4", () => {
  it("fits the milestone table on the page, states the filters and prints no controls or glyphs", async () => {
    const filters = encodeURIComponent(JSON.stringify([{ id: "round:2017-3", value: "red" }]));
    const { page, errors } = await openPage(
      browser,
      url(`?page=followup&round=2017-3&filters=${filters}`),
      a4,
    );
    await page.emulateMedia({ media: "print" });
    const note = page.locator(".demo-view-note");
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe("Filtreret: status rød ved 3. budgetopfølgning 2017");
    const table = page.locator(".mp-MilestoneTable-table");
    const right = await table.evaluate((element) => element.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(a4.width);
    expect(await page.locator(".demo-history").isVisible()).toBe(false);
    expect(await page.locator(".demo-controls").isVisible()).toBe(false);
    expect(await page.locator(".mp-DataTable-sortMark").first().isVisible()).toBe(false);
    expect(await page.locator(".mp-DataTable-chevron").first().isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
