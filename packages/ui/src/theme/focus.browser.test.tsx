// The kit's one focus ring (tokens.css): every control a keyboard user tabs to shows a 3 px ring
// with 3:1 against what surrounds it, in both themes, and selection looks different from focus.

import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import { startRound } from "@milepael/core/lite";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { AssessmentTable } from "../assessment/AssessmentTable";
import { StatusByRoundChart } from "../charts/StatusByRoundChart";
import { contrastRatio as contrast } from "../internal/wcagContrast";
import { DecisionLog } from "../meetings/DecisionLog";
import { MeetingCalendar } from "../meetings/MeetingCalendar";
import { MilestoneTable } from "../milestoneTable/MilestoneTable";
import { StatusSummary } from "../statusSummary/StatusSummary";
import { Timeline } from "../timeline/Timeline";

const openRound = startRound(
  budgetFollowUp2017,
  { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
  { by: "Økonomi", at: "2017-12-01T08:00:00Z" },
).document;

const transparent = (colour: string) => colour === "transparent" || /rgba\(.*,\s*0\)$/.test(colour);

/** The colour the ring is drawn on: the element's own background for an inset ring, else its parent's. */
function backgroundBehind(element: Element, inset: boolean): string {
  for (let node: Element | null = inset ? element : element.parentElement; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (!transparent(colour)) return colour;
  }
  return "rgb(255, 255, 255)";
}

interface Ring {
  control: string;
  width: number;
  style: string;
  contrast: number;
}

/** Tabs through the page from its start and reports the focus ring of every control reached. */
async function tabThrough(root: HTMLElement): Promise<Ring[]> {
  const rings: Ring[] = [];
  const seen = new Set<Element>();
  (document.activeElement as HTMLElement | null)?.blur();
  for (let step = 0; step < 200; step += 1) {
    await userEvent.tab();
    const focused = document.activeElement;
    if (!focused || !root.contains(focused) || seen.has(focused)) break;
    seen.add(focused);
    const control = `${focused.tagName.toLowerCase()} "${(focused.getAttribute("aria-label") ?? focused.textContent ?? "").slice(0, 30)}"`;
    const arc = focused.querySelector(".mp-AnnualWheel-arc");
    if (focused.matches(".mp-AnnualWheel-item") && arc) {
      // A wheel's arc draws the ring as its stroke, on a halo of the background (AnnualWheel.css).
      const stroke = getComputedStyle(arc);
      rings.push({
        control,
        width: Number.parseFloat(stroke.strokeWidth),
        style: stroke.strokeDasharray === "none" ? "solid" : "dashed",
        contrast: contrast(stroke.stroke, backgroundBehind(focused, false)),
      });
      continue;
    }
    // A visually hidden radio button shows its focus on its label.
    const hidden = getComputedStyle(focused).opacity === "0";
    const target = (hidden && focused.closest("label")) || focused;
    const style = getComputedStyle(target);
    const inset = Number.parseFloat(style.outlineOffset) < 0;
    rings.push({
      control,
      width: Number.parseFloat(style.outlineWidth),
      style: style.outlineStyle,
      contrast: contrast(style.outlineColor, backgroundBehind(target, inset)),
    });
  }
  return rings;
}

/** Every widget with controls, in a theme. */
const everyWidget = (theme: string) => (
  <div className={`mp-theme-${theme}`}>
    <StatusSummary document={budgetFollowUp2017} />
    <MilestoneTable document={budgetFollowUp2017} />
    <StatusByRoundChart document={budgetFollowUp2017} />
    <Timeline document={implementationPlan2017} today="2017-05-10" />
    <AssessmentTable document={openRound} by="Anne Centerchef" />
    <MeetingCalendar document={meetingsLejre2017} today="2017-06-01" />
    <DecisionLog document={meetingsLejre2017} />
  </div>
);

describe.each(["light", "dark"])("the kit's focus ring in the %s theme", (theme) => {
  it("draws a solid ring of at least 3 px and 3:1 on every control a Tab reaches", async () => {
    const { container } = render(everyWidget(theme));
    const rings = await tabThrough(container);
    expect(rings.length).toBeGreaterThan(10);
    const weak = rings.filter((ring) => ring.style !== "solid" || ring.width < 3 || ring.contrast < 3);
    expect(weak).toEqual([]);
  });

  it("shows selection and focus at once, each its own way", async () => {
    const { container } = render(
      <div className={`mp-theme-${theme}`} style={{ width: 1000 }}>
        <Timeline document={implementationPlan2017} today="2017-05-10" view="timeline" />
      </div>,
    );
    const item = container.querySelector<HTMLElement>('.mp-Timeline-item[tabindex="0"]') as HTMLElement;
    item.focus();
    await userEvent.keyboard("{Enter}");
    const selected = container.querySelector<HTMLElement>(".mp-Timeline-item[data-selected]") as HTMLElement;
    // Back from the details to the bar, as a keyboard user does: the focus is visible.
    selected.focus();
    expect(document.activeElement).toBe(selected);
    const style = getComputedStyle(selected);
    // Focus: the outer ring; selection: an inner edge in the text colour, still visible under focus.
    expect(style.outlineStyle).toBe("solid");
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(style.boxShadow).toContain("inset");
    const text = getComputedStyle(container.firstElementChild as Element).color;
    expect(style.boxShadow).toContain(text);
    expect(style.outlineColor).not.toBe(text);
  });
});

describe("the kit's focus ring on a page that takes focus outlines away", () => {
  it("still draws the ring on every control a Tab reaches under the page's `:focus { outline: none }`", async () => {
    const pageStyle = document.head.appendChild(document.createElement("style"));
    pageStyle.textContent = ":focus { outline: none; } button:focus, a:focus, input:focus { outline: 0; }";
    try {
      const { container } = render(everyWidget("light"));
      const rings = await tabThrough(container);
      expect(rings.length).toBeGreaterThan(10);
      expect(rings.filter((ring) => ring.style !== "solid" || ring.width < 3)).toEqual([]);
    } finally {
      pageStyle.remove();
    }
  });
});
