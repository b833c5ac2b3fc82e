import { describe, expect, it } from "vitest";
import { chromiumForFile, openPage, demoUrl as url } from "./browser";

const browser = chromiumForFile();

/** A4's printable width at 96 dpi with 1 cm margins: 190 mm. */
const a4 = { width: 718, height: 1040 };

describe("print on A4", () => {
  it("fits the milestone table on the page, states the filters and prints no controls or glyphs", async () => {
    const filters = encodeURIComponent(JSON.stringify([{ id: "round:2017-3", value: "red" }]));
    const { page, errors } = await openPage(
      browser(),
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

  it("prints each chart with its table of figures, the data where the chart's colours do not print", async () => {
    const { page, errors } = await openPage(browser(), url("?page=followup&round=2017-3"), a4);
    await page.emulateMedia({ media: "print" });
    const charts = page.locator(".mp-Chart");
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      expect(await chart.locator(".mp-Chart-canvas").isVisible()).toBe(true);
      expect(await chart.locator(".mp-Chart-data caption").isVisible()).toBe(true);
      expect(await chart.locator(".mp-Chart-data td").first().isVisible()).toBe(true);
      expect(await chart.locator(".mp-Chart-table > summary").isVisible()).toBe(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('breaks the table\'s column names between words, never inside one ("budgetopfø|lgning")', async () => {
    const { page, errors } = await openPage(browser(), url("?page=followup&round=2017-3"), a4);
    await page.emulateMedia({ media: "print" });
    const split = await page.locator(".mp-MilestoneTable-table thead th").evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const broken: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of (node.textContent ?? "").matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) broken.push(word[0]);
          }
        }
        return broken;
      }),
    );
    expect(split).toEqual([]);
    // The initiatives' names keep room to read: two or three lines, not a word a line.
    const names = page.locator(".mp-MilestoneTable-table thead th").first();
    expect(await names.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(160);
    const table = page.locator(".mp-MilestoneTable-table");
    expect(await table.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(
      a4.width,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
