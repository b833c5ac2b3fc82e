// Time to first render and to re-render after zoom, for the timeline and the annual wheel, in
// real Chromium. Prints figures; asserts nothing about speed (see the README's Performance notes).
import { generatePlan } from "@milepael/core/fixtures";
import { render, screen } from "@testing-library/react";
import { act } from "react";
import { afterAll, it } from "vitest";

// Lets React flush effects inside act() as it does in tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

import "../src/styles.css";
import { AnnualWheel } from "../src/annualWheel";
import { Timeline } from "../src/timeline";

const rows: Record<string, string | number>[] = [];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
/** Waits for the browser to lay out and paint what React committed. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

for (const activities of [1_000, 10_000]) {
  it(`timeline with ${activities} activities`, async () => {
    const plan = generatePlan({ activities, year: 2017 });
    const first: number[] = [];
    const zoom: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      const view = render(<Timeline document={plan} laneBy="theme" today="2017-06-01" />);
      await painted();
      first.push(performance.now() - start);
      const button = screen.getByRole("button", { name: /Zoom ind/ });
      const zoomStart = performance.now();
      await act(async () => button.click());
      await painted();
      zoom.push(performance.now() - zoomStart);
      view.unmount();
    }
    rows.push({
      widget: "Timeline",
      activities,
      "first render": median(first).toFixed(0),
      "after zoom": median(zoom).toFixed(0),
    });
  });

  it(`annual wheel with ${activities} activities`, async () => {
    const plan = generatePlan({ activities, year: 2017 });
    const first: number[] = [];
    const next: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      const view = render(<AnnualWheel document={plan} year={2017} today="2017-06-01" />);
      await painted();
      first.push(performance.now() - start);
      const button = screen.getByRole("button", { name: /Næste år/ });
      const nextStart = performance.now();
      await act(async () => button.click());
      await painted();
      next.push(performance.now() - nextStart);
      view.unmount();
    }
    rows.push({
      widget: "AnnualWheel",
      activities,
      "first render": median(first).toFixed(0),
      "after zoom": `${median(next).toFixed(0)} (next year)`,
    });
  });
}

afterAll(() => {
  const header = ["widget", "activities", "first render (ms)", "after zoom / next year (ms)"];
  const lines = rows.map((row) => Object.values(row).map(String));
  const widths = header.map((title, index) =>
    Math.max(title.length, ...lines.map((line) => line[index]?.length ?? 0)),
  );
  const format = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  ");
  console.log(
    [
      `\nTimeline and annual wheel in Chromium (${navigator.hardwareConcurrency} cores), medians`,
      format(header),
      ...lines.map(format),
    ].join("\n"),
  );
});
