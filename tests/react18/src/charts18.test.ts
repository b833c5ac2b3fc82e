// @vitest-environment jsdom
import { rollUp, statusLabel } from "@milepael/core";
import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { InitiativeTrendChart, StatusByRoundChart, StatusDistributionChart } from "@milepael/ui/charts";
import { createElement, version } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { mount } from "./mount";

// jsdom lays nothing out. Give the chart's own boxes the size of a 640 × 320 area (everything
// else, like the legend, measures zero) and report it through ResizeObserver as a browser would,
// so recharts computes a plot area and draws its bars.
const chartWidth = 640;
const chartHeight = 320;
function isChartBox(element: Element) {
  return /\b(mp-Chart-canvas|recharts-wrapper|recharts-responsive-container)\b/.test(element.className);
}
function box(element: Element) {
  const [width, height] = isChartBox(element) ? [chartWidth, chartHeight] : [0, 0];
  const rect = { x: 0, y: 0, top: 0, left: 0, width, height, right: width, bottom: height };
  return { ...rect, toJSON: () => rect } as DOMRect;
}
beforeAll(() => {
  HTMLElement.prototype.getBoundingClientRect = function measured(this: HTMLElement) {
    return box(this);
  };
  for (const [property, side] of [
    ["offsetWidth", "width"],
    ["clientWidth", "width"],
    ["offsetHeight", "height"],
    ["clientHeight", "height"],
  ] as const)
    Object.defineProperty(HTMLElement.prototype, property, {
      configurable: true,
      get(this: HTMLElement) {
        return box(this)[side];
      },
    });
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const entry = { target, contentRect: box(target) } as unknown as ResizeObserverEntry;
      queueMicrotask(() => this.callback([entry], this as unknown as ResizeObserver));
    }
    unobserve() {}
    disconnect() {}
  };
});

/** Long enough for the ResizeObserver stub's report and the re-render it causes. */
const chartSettleMs = 20;

describe("the charts on React 18", () => {
  it("really runs React 18.3", () => {
    expect(version).toMatch(/^18\.3\./);
  });

  it("draws the status per round as stacked bars, one per round with milestones, and keeps the table", async () => {
    const { container } = await mount(
      createElement(StatusByRoundChart, { document: budgetFollowUp2017 }),
      chartSettleMs,
    );
    const [all] = rollUp(budgetFollowUp2017);
    for (const status of ["green", "red", "not-assessed"] as const) {
      const name = statusLabel(status, "milestone", "da").name;
      const bars = [...container.querySelectorAll(`.recharts-bar-rectangle path[name="${name}"]`)];
      const roundsWithStatus = all?.rounds.filter((round) => round.counts[status] > 0) ?? [];
      expect(bars, name).toHaveLength(roundsWithStatus.length);
      // Bar heights are proportional to the counts they draw.
      const heights = bars.map((bar) => Number(bar.getAttribute("height")));
      const counts = roundsWithStatus.map((round) => round.counts[status]);
      for (const [index, height] of heights.entries())
        expect(height / (heights[0] ?? 1)).toBeCloseTo((counts[index] ?? 0) / (counts[0] ?? 1), 5);
    }
    expect(container.querySelectorAll("table tbody tr")).toHaveLength(budgetFollowUp2017.rounds.length);
  });

  it("draws the distribution by committee with a table row per committee", async () => {
    const { container } = await mount(
      createElement(StatusDistributionChart, { document: budgetFollowUp2017 }),
      chartSettleMs,
    );
    const committees = new Set(
      budgetFollowUp2017.sections.flatMap((section) => section.initiatives.map((entry) => entry.committee)),
    );
    expect(container.querySelectorAll(".recharts-bar-rectangle path").length).toBeGreaterThanOrEqual(
      committees.size,
    );
    expect(container.querySelectorAll("table tbody tr")).toHaveLength(committees.size);
  });

  it("draws one initiative's trend with a dot per assessed round", async () => {
    const initiative = budgetFollowUp2017.sections[0]?.initiatives[0];
    if (!initiative) throw new Error("the fixture has no initiative");
    const { container } = await mount(
      createElement(InitiativeTrendChart, { initiative, rounds: budgetFollowUp2017.rounds }),
      chartSettleMs,
    );
    expect(container.querySelectorAll(".mp-Chart-dot").length).toBeGreaterThan(0);
    for (const dot of container.querySelectorAll(".mp-Chart-dot"))
      expect(["green", "yellow", "red"]).toContain(dot.getAttribute("data-status"));
  });
});
