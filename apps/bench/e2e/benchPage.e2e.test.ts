// The bench page must keep working, or `pnpm bench` breaks unnoticed (it never runs in CI): every
// subject loads from the production build, measures without a page error, and the three tables
// agree on what a search shows, so their figures compare the same work. Speed is never asserted.
import { type Browser, chromium, type Page } from "playwright-core";
import { type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../../../scripts/chromium.mjs";
import type { BenchPage } from "../src/main";

let server: PreviewServer;
let browser: Browser;
beforeAll(async () => {
  server = await preview({
    root: `${import.meta.dirname}/..`,
    preview: { port: 0, host: "127.0.0.1" },
    logLevel: "silent",
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.httpServer.close(resolve));
});

declare const window: { milepaelBench: BenchPage; milepaelBenchError?: string };

async function open(subject: string, size: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${server.resolvedUrls?.local[0]}?subject=${subject}&size=${size}`);
  await page.waitForFunction(() => window.milepaelBench || window.milepaelBenchError);
  expect(await page.evaluate(() => window.milepaelBenchError)).toBeUndefined();
  return { page, errors };
}

const searchTerm = "borgerservice";

describe("the bench page", () => {
  for (const subject of ["milepael-table", "tanstack-table", "ag-grid"]) {
    it(`measures ${subject}: render, scroll, sort, search${subject === "ag-grid" ? "" : ", expand all"}`, async () => {
      const { page, errors } = await open(subject, 300);
      const figures = await page.evaluate(async (term) => {
        const bench = window.milepaelBench;
        const firstRender = await bench.render();
        const total = bench.rowsShown?.();
        const scroll = await bench.scroll?.();
        const sort = await bench.sort?.();
        const filter = await bench.filter?.(term);
        const shown = bench.rowsShown?.();
        await bench.filter?.("");
        const expandAll = await bench.expandAll?.();
        return { firstRender, total, scroll, sort, filter, shown, expandAll, domNodes: bench.domNodes() };
      }, searchTerm);
      expect(figures.firstRender).toBeGreaterThan(0);
      expect(figures.total).toBe(300);
      expect(figures.scroll?.medianFrameMs).toBeGreaterThan(0);
      expect(figures.sort).toBeGreaterThan(0);
      expect(figures.filter).toBeGreaterThan(0);
      expect(figures.domNodes).toBeGreaterThan(100);
      if (subject !== "ag-grid") expect(figures.expandAll).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
      shownBySubject.set(subject, figures.shown);
    });
  }

  const shownBySubject = new Map<string, number | undefined>();
  it(`finds the same initiatives for "${searchTerm}" in all three tables`, () => {
    const counts = [...shownBySubject.values()];
    expect(counts).toHaveLength(3);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThan(300);
    expect(new Set(counts).size).toBe(1);
  });

  for (const [subject, button] of [
    ["timeline", "zoom in"],
    ["annual-wheel", "next year"],
  ] as const) {
    it(`measures ${subject}: render and ${button}`, async () => {
      const { page, errors } = await open(subject, 200);
      const figures = await page.evaluate(async () => {
        const bench = window.milepaelBench;
        return { firstRender: await bench.render(), zoom: await bench.zoom?.(), heap: bench.heapMB() };
      });
      expect(figures.firstRender).toBeGreaterThan(0);
      expect(figures.zoom).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("measures a next year that shows the next year, not a click that changes nothing", async () => {
    const { page, errors } = await open("annual-wheel", 200);
    await page.evaluate(() => window.milepaelBench.render());
    await expect(page.locator(".mp-AnnualWheel-year").textContent()).resolves.toBe("2017");
    await page.evaluate(() => window.milepaelBench.zoom?.());
    await expect(page.locator(".mp-AnnualWheel-year").textContent()).resolves.toBe("2018");
    expect(errors).toEqual([]);
    await page.close();
  });
});
