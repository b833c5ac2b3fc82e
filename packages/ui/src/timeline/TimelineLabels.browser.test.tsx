import {
  communicationPlan2017,
  implementationPlan2017,
  introductionProgramme2018,
} from "@milepael/core/fixtures";
import type { PlanDocument } from "@milepael/core/lite";
import { render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import "../styles.css";
import { contrastRatio } from "../internal/wcagContrast";
import { withOngoingActivities } from "./ongoingPlan.fixture";
import { Timeline } from "./Timeline";

// Room for the widest layout: what is outside the page's viewport has no element at a point.
beforeAll(() => page.viewport(1280, 1000));

const seeds = { communicationPlan2017, implementationPlan2017, introductionProgramme2018 };

const at = (width: number, node: ReactNode, theme: "light" | "dark" = "light") => (
  <div className={`mp-theme-${theme}`} style={{ width }}>
    {node}
  </div>
);

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** An sRGB colour from a computed value: `rgb()`, `rgba()` or `color(srgb …)`. */
function parseColour(value: string): [number, number, number, number] {
  const srgb = value.match(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/);
  if (srgb)
    return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, Number(srgb[4] ?? 1)];
  const rgb = value.match(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/);
  if (!rgb) throw new Error(`unreadable colour ${value}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), Number(rgb[4] ?? 1)];
}

/**
 * What lies under a point of a label: the label and everything below it in the page, composited
 * down to the first opaque background. A gradient or image anywhere in that stack is reported as
 * such: text on it has no single contrast.
 */
function backgroundUnder(label: HTMLElement, x: number, y: number): number[] | "gradient" {
  const stack = document.elementsFromPoint(x, y);
  const from = stack.indexOf(label);
  if (from < 0) throw new Error(`the label "${label.textContent}" is covered at ${x},${y}`);
  const layers: number[][] = [];
  for (const element of stack.slice(from)) {
    const style = getComputedStyle(element);
    if (style.backgroundImage !== "none") return "gradient";
    const colour = parseColour(style.backgroundColor);
    if ((colour[3] ?? 0) === 0) continue;
    layers.push(colour);
    if (colour[3] === 1) break;
  }
  let result = [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse()) {
    const alpha = a ?? 1;
    result = [r ?? 0, g ?? 0, b ?? 0].map(
      (value, index) => value * alpha + (result[index] ?? 0) * (1 - alpha),
    );
  }
  return result;
}

const labels = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>(".mp-Timeline-label")];

describe("Timeline labels that read well", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`draws every label on a solid background with at least 4.5:1 contrast (${theme} theme)`, () => {
      const failures: string[] = [];
      for (const [name, plan] of Object.entries(seeds)) {
        const { container, unmount } = render(at(1000, <Timeline document={plan} today={null} />, theme));
        const drawn = labels(container);
        expect(drawn.length).toBeGreaterThan(0);
        for (const label of drawn) {
          label.scrollIntoView({ block: "nearest" });
          const box = label.getBoundingClientRect();
          const ink = parseColour(getComputedStyle(label).color);
          for (const x of [box.left + 3, (box.left + box.right) / 2, box.right - 3]) {
            const under = backgroundUnder(label, x, (box.top + box.bottom) / 2);
            const ratio = under === "gradient" ? 0 : contrastRatio(ink, under);
            if (ratio < 4.5) failures.push(`${name}: "${label.textContent}" ${under} ${ratio.toFixed(2)}:1`);
          }
        }
        unmount();
      }
      expect(failures).toEqual([]);
    });
  }

  it("lays the seeds' labels out without collisions, inside the chart and never cut to a letter", () => {
    const problems: string[] = [];
    for (const [name, plan] of Object.entries(seeds)) {
      for (const width of [1000, 720]) {
        const { container, unmount } = render(at(width, <Timeline document={plan} today={null} />));
        const chart = container.querySelector(".mp-Timeline-rows")?.getBoundingClientRect() as DOMRect;
        const rows = [...container.querySelectorAll<HTMLElement>(".mp-Timeline-row")];
        for (const row of rows) {
          const items = [...row.querySelectorAll<HTMLElement>("[data-item-id]")];
          const boxes = items.flatMap((item) => {
            const label = item.querySelector<HTMLElement>(".mp-Timeline-label") as HTMLElement;
            const bar = item.getBoundingClientRect();
            return [
              { id: item.dataset.itemId, what: "bar", box: bar },
              ...(item.dataset.label === "beside"
                ? [{ id: item.dataset.itemId, what: "label", box: label.getBoundingClientRect() }]
                : []),
            ];
          });
          for (const [index, a] of boxes.entries()) {
            for (const b of boxes.slice(index + 1)) {
              if (a.id !== b.id && overlaps(a.box, b.box)) {
                problems.push(`${name} @${width}: ${a.what} of ${a.id} overlaps ${b.what} of ${b.id}`);
              }
            }
          }
        }
        for (const label of labels(container)) {
          const box = label.getBoundingClientRect();
          if (box.right > chart.right + 1)
            problems.push(`${name} @${width}: "${label.textContent}" runs past the edge`);
          // Shortened only past its widest box (the tooltip and accessible name carry it whole).
          if (label.scrollWidth > label.clientWidth + 1 && label.clientWidth < 110) {
            problems.push(`${name} @${width}: "${label.textContent}" cut to ${label.clientWidth}px`);
          }
        }
        unmount();
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps the full name of a label in the tooltip and the accessible name", () => {
    render(at(1000, <Timeline document={communicationPlan2017} today={null} />));
    const title = communicationPlan2017.activities[2]?.title ?? "";
    const item = screen.getByRole("button", { name: `${title}, 16. januar 2017` });
    expect(item.querySelector(".mp-Timeline-tip")?.textContent).toBe(`${title}, 16. januar 2017`);
  });

  it("marks the plan's Danish words with lang=da on an English page", () => {
    const { container } = render(
      at(1000, <Timeline document={implementationPlan2017} locale="en" today={null} />),
    );
    const drawn = labels(container);
    expect(drawn.length).toBeGreaterThan(0);
    for (const label of drawn) expect(label.lang).toBe("da");
    for (const heading of container.querySelectorAll(".mp-Timeline-lane > span:first-child")) {
      expect((heading as HTMLElement).lang).toBe("da");
    }
    expect(container.querySelector(".mp-Timeline-band span")?.getAttribute("lang")).toBe("da");
    // The list view as well.
    const list = render(
      at(1000, <Timeline document={implementationPlan2017} locale="en" defaultView="agenda" />),
    );
    const titles = list.container.querySelectorAll(".mp-AgendaList-title");
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title.getAttribute("lang")).toBe("da");
    // A Danish page needs no marking.
    const danish = render(at(1000, <Timeline document={implementationPlan2017} today={null} />));
    expect(danish.container.querySelector(".mp-Timeline-label")?.hasAttribute("lang")).toBe(false);
  });
});

describe("Timeline axis that reads well", () => {
  const tickBoxes = (container: HTMLElement) =>
    [...container.querySelectorAll<HTMLElement>(".mp-Timeline-tick")]
      .filter((tick) => tick.textContent !== "")
      .map((tick) => {
        const range = document.createRange();
        range.selectNodeContents(tick);
        return { tick, text: range.getBoundingClientRect() };
      });

  /** A chart over a fixed span, so that its ticks and today line are the same on every run. */
  const chart = (plan: PlanDocument, start: string, end: string, today: string | null, width = 1000) =>
    render(
      at(
        width,
        <Timeline document={plan} defaultView="timeline" defaultRange={{ start, end }} today={today} />,
      ),
    );

  it("never lets the quarter labels run together at 360 px", () => {
    const { container } = chart(implementationPlan2017, "2017-01-01", "2018-12-31", null, 360);
    expect(screen.getByRole("combobox", { name: "Skala" })).toHaveProperty("value", "quarter");
    const ticks = tickBoxes(container);
    expect(ticks.length).toBeGreaterThan(3);
    for (const [index, { tick, text }] of ticks.entries()) {
      // Each label fits its box: nothing is clipped mid-word, and no two labels touch.
      expect(tick.scrollWidth, tick.textContent ?? "").toBeLessThanOrEqual(tick.clientWidth + 1);
      const next = ticks[index + 1];
      if (next)
        expect(text.right, `${tick.textContent} | ${next.tick.textContent}`).toBeLessThan(next.text.left);
    }
    expect(ticks.map(({ tick }) => tick.textContent).join(" ")).toMatch(/2017.*2018/);
  });

  it("labels the period the view starts in, with the year, when it does not start in January", () => {
    const { container } = chart(implementationPlan2017, "2017-04-10", "2017-10-15", null);
    const ticks = tickBoxes(container).map(({ tick }) => tick.textContent);
    expect(ticks[0]).toBe("apr. 2017");
    expect(ticks.slice(1, 3)).toEqual(["maj", "jun."]);
  });

  it("draws the today line behind the names and gives its tag a strip of its own", () => {
    const { container } = chart(communicationPlan2017, "2017-01-01", "2017-02-28", "2017-01-16");
    const line = container.querySelector(".mp-Timeline-today")?.getBoundingClientRect() as DOMRect;
    const tag = container.querySelector(".mp-Timeline-todayTag")?.getBoundingClientRect() as DOMRect;
    for (const { text } of tickBoxes(container)) expect(overlaps(text, tag)).toBe(false);
    // The names the line crosses are drawn over it.
    const crossed = labels(container).filter((label) => {
      const box = label.getBoundingClientRect();
      return box.left < line.left + 1 && box.right > line.right;
    });
    expect(crossed.length).toBeGreaterThan(0);
    for (const label of crossed) {
      const box = label.getBoundingClientRect();
      const top = document.elementFromPoint(line.left + 1, (box.top + box.bottom) / 2);
      expect(label.contains(top)).toBe(true);
    }
  });

  it("keeps the today tag whole when today is at the end of the view", () => {
    const { container } = chart(communicationPlan2017, "2017-01-01", "2017-02-28", "2017-02-27");
    const axis = container.querySelector(".mp-Timeline-axis")?.getBoundingClientRect() as DOMRect;
    const tag = container.querySelector(".mp-Timeline-todayTag")?.getBoundingClientRect() as DOMRect;
    expect(tag.right).toBeLessThanOrEqual(axis.right);
    expect(tag.width).toBeGreaterThan(20);
  });
});

describe("Timeline with many ongoing activities", () => {
  it("sums them up in one band that opens into a list the arrow keys go through", async () => {
    const { container } = render(at(1000, <Timeline document={withOngoingActivities(87)} today={null} />));
    const summary = screen.getByRole("button", { name: "87 løbende aktiviteter" });
    expect(container.querySelectorAll("[data-ongoing]")).toHaveLength(1);
    await userEvent.click(summary);
    expect(summary.getAttribute("aria-expanded")).toBe("true");
    const list = screen.getByRole("group", { name: "87 løbende aktiviteter" });
    // Drawn as they scroll into view: not all 87 at once.
    expect(list.querySelectorAll("button").length).toBeLessThan(40);
    (list.querySelector("button") as HTMLElement).focus();
    const seen = new Set<string>();
    for (let step = 0; step < 90; step += 1) {
      seen.add(document.activeElement?.textContent ?? "");
      await userEvent.keyboard("{ArrowDown}");
    }
    expect(seen.size).toBe(87);
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("region", { name: "Løbende opgave 87" })).toBeTruthy();
  });

  it("closes the opened list with Escape and returns the focus to its band, after any details", async () => {
    render(at(1000, <Timeline document={withOngoingActivities(87)} today={null} />));
    const summary = screen.getByRole("button", { name: "87 løbende aktiviteter" });
    await userEvent.click(summary);
    const list = screen.getByRole("group", { name: "87 løbende aktiviteter" });
    const first = list.querySelector("button") as HTMLElement;
    first.focus();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("region", { name: "Løbende opgave 1" })).toBeTruthy();
    // The first Escape closes the details and hands the focus back to the activity in the list…
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Løbende opgave 1" })).toBeNull();
    expect(summary.getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement?.textContent).toContain("Løbende opgave 1");
    // …the next one closes the list and returns the focus to the band that opened it.
    await userEvent.keyboard("{Escape}");
    expect(summary.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("group", { name: "87 løbende aktiviteter" })).toBeNull();
    expect(document.activeElement).toBe(summary);
  });

  it("draws a few of them as bands of their own", () => {
    const { container } = render(at(1000, <Timeline document={withOngoingActivities(2)} today={null} />));
    expect(container.querySelectorAll("[data-ongoing]")).toHaveLength(2);
  });
});
