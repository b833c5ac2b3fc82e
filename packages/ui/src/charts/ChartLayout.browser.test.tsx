// The charts' axes at a desktop width and on a 360 px phone: every label is drawn whole, inside
// the chart, clear of its neighbours and of the data; the table behind the chart never widens the page.

import type { Initiative } from "@milepael/core";
import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import "../styles.css";
import { InitiativeTrendChart, StatusByRoundChart, StatusDistributionChart } from "./index";

const initiative = budgetFollowUp2017.sections[2]?.initiatives.find(
  (candidate) => candidate.number === "7.03",
) as Initiative;

const charts: [string, ReactNode][] = [
  ["by round", <StatusByRoundChart key="round" document={budgetFollowUp2017} />],
  ["by committee", <StatusDistributionChart key="committee" document={budgetFollowUp2017} by="committee" />],
  ["by section", <StatusDistributionChart key="section" document={budgetFollowUp2017} by="section" />],
  ["by centre", <StatusDistributionChart key="centre" document={budgetFollowUp2017} by="centre" />],
  ["trend", <InitiativeTrendChart key="trend" initiative={initiative} rounds={budgetFollowUp2017.rounds} />],
];

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Renders a chart in a box of the given width and waits until recharts has drawn its ticks. */
async function drawn(chart: ReactNode, width: number) {
  const { container } = render(<div style={{ width, padding: 0 }}>{chart}</div>);
  const box = container.firstElementChild as HTMLElement;
  await expect
    .poll(() => box.querySelectorAll(".recharts-cartesian-axis-tick-label text").length)
    .toBeGreaterThan(2);
  const svg = box.querySelector(".recharts-wrapper > svg") as SVGSVGElement;
  return { box, svg };
}

/** Tick labels that stick out of the chart's drawing. */
function cutLabels(box: HTMLElement, svg: SVGSVGElement): string[] {
  const frame = svg.getBoundingClientRect();
  return [...box.querySelectorAll<SVGTextElement>(".recharts-cartesian-axis-tick-label text")]
    .filter((label) => {
      const rect = label.getBoundingClientRect();
      return (
        rect.left < frame.left - 0.5 ||
        rect.right > frame.right + 0.5 ||
        rect.top < frame.top - 0.5 ||
        rect.bottom > frame.bottom + 0.5
      );
    })
    .map((label) => label.textContent ?? "");
}

/** Pairs of tick labels on one axis that overlap. */
function collidingLabels(box: HTMLElement): string[] {
  const collisions: string[] = [];
  for (const axis of box.querySelectorAll(".recharts-cartesian-axis-tick-labels")) {
    const labels = [...axis.querySelectorAll<SVGTextElement>(".recharts-cartesian-axis-tick-label text")];
    labels.forEach((label, index) => {
      for (const other of labels.slice(index + 1)) {
        if (overlap(label.getBoundingClientRect(), other.getBoundingClientRect()))
          collisions.push(`${label.textContent} / ${other.textContent}`);
      }
    });
  }
  return collisions;
}

// recharts lays a chart out in passes as it measures; the geometry is asserted once it settles
// (the limit guards a hang on two busy cores, it does not time anything).
const settled = { timeout: 5_000 };
describe.each([1280, 360])("the charts' axes at %i px", (width) => {
  it.each(charts)("%s: draws every tick label whole, inside the chart", async (_name, chart) => {
    const { box, svg } = await drawn(chart, width);
    await expect.poll(() => cutLabels(box, svg), settled).toEqual([]);
  });

  it.each(charts)("%s: keeps tick labels apart from each other", async (_name, chart) => {
    const { box } = await drawn(chart, width);
    await expect.poll(() => collidingLabels(box), settled).toEqual([]);
  });

  it("trend: draws no face over an axis label", async () => {
    const { box } = await drawn(charts[4]?.[1], width);
    const covered = () => {
      const labels = [...box.querySelectorAll(".recharts-cartesian-axis-tick-label text")];
      return [...box.querySelectorAll(".mp-Chart-dot")]
        .filter((face) =>
          labels.some((label) => overlap(face.getBoundingClientRect(), label.getBoundingClientRect())),
        )
        .map((face) => face.getAttribute("data-status"));
    };
    expect(box.querySelectorAll(".mp-Chart-dot").length).toBe(3);
    await expect.poll(covered, settled).toEqual([]);
  });

  it.each(charts)("%s: keeps its open table inside the page's width", async (_name, chart) => {
    const { box } = await drawn(chart, width);
    (box.querySelector(".mp-Chart-table") as HTMLDetailsElement).open = true;
    const figure = box.querySelector(".mp-Chart") as HTMLElement;
    expect(figure.getBoundingClientRect().width).toBeLessThanOrEqual(width);
    expect(box.scrollWidth).toBeLessThanOrEqual(width);
  });
});

describe("the charts' legends", () => {
  it("leave the legend's icons out of what a screen reader reads, so no English is announced", async () => {
    const { box } = await drawn(charts[0]?.[1], 1280);
    const icons = [...box.querySelectorAll(".recharts-legend-wrapper svg")];
    expect(icons.length).toBe(4);
    for (const icon of icons) expect(icon.closest('[aria-hidden="true"]')).not.toBeNull();
    // The words beside the icons stay, in the page's language.
    expect(box.querySelector(".recharts-legend-wrapper")?.textContent).toContain("Ikke vurderet");
  });
});
