// The React widgets on a page whose root font size is not its text size: many CMS and intranet
// themes set `html { font-size: 62.5% }` (1rem = 10 px) and write their own text as 1.6rem. The
// widgets' `rem` is `--mp-rem` (remCss.mjs), which such a page sets as the README says.

import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import type { CSSProperties } from "react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "./styles.css";
import { AnnualWheel } from "./annualWheel/AnnualWheel";
import { remLengthRule } from "./elements/remLength";
import { eventually } from "./internal/eventually.testHelpers";
import { MeetingCalendar } from "./meetings/MeetingCalendar";
import { MilestoneTable } from "./milestoneTable/MilestoneTable";
import { Report } from "./report/Report";
import { StatusSummary } from "./statusSummary/StatusSummary";
import { Timeline } from "./timeline/Timeline";

beforeAll(() => page.viewport(1280, 1000));

afterEach(() => {
  document.documentElement.removeAttribute("style");
  for (const style of document.head.querySelectorAll("style[data-host-page]")) style.remove();
});

/** The host page's own stylesheet. */
function hostStyle(css: string) {
  const style = document.head.appendChild(document.createElement("style"));
  style.dataset.hostPage = "";
  style.textContent = css;
}

/**
 * Each widget's text sizes (every element with text of its own, by its class), its spacing
 * (every element's padding, margin and gap) and the width of each timeline label, which the
 * timeline measures in script for its rows. `containerStyle` is the host's style on the
 * widgets' container.
 */
async function textSizes(containerStyle: CSSProperties = {}) {
  const { container, unmount } = render(
    <div style={{ width: 1000, ...containerStyle }}>
      <StatusSummary document={budgetFollowUp2017} />
      <MilestoneTable document={budgetFollowUp2017} />
      <Timeline document={implementationPlan2017} today="2017-05-10" view="timeline" />
      <AnnualWheel document={implementationPlan2017} today="2017-05-10" />
      <MeetingCalendar document={meetingsLejre2017} today="2017-05-10" />
      <Report document={budgetFollowUp2017} />
    </div>,
  );
  await eventually(() => expect(container.querySelector(".mp-Timeline-label")).toBeTruthy());
  const texts = [...container.querySelectorAll("*")]
    .filter((element) =>
      [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim()),
    )
    .map((element) => `${element.getAttribute("class")} ${getComputedStyle(element).fontSize}`);
  const spacing = [...container.querySelectorAll("*")].map((element) => {
    const style = getComputedStyle(element);
    return `${element.getAttribute("class")} ${style.padding} / ${style.margin} / ${style.gap}`;
  });
  const labels = [...container.querySelectorAll(".mp-Timeline-label")].map((label) =>
    label.getBoundingClientRect().width.toFixed(1),
  );
  unmount();
  return { texts, spacing, labels };
}

describe("the widgets on a page whose root font size is not 16 px", () => {
  it("keeps every widget's text at its size on html { font-size: 62.5% } with the README's --mp-rem", async () => {
    const asDesigned = await textSizes();
    expect(asDesigned.texts).toContain("mp-Report-summary 16px");
    document.documentElement.style.fontSize = "62.5%";
    hostStyle(":root { --mp-rem: 1.6rem; } body { font-size: 1.6rem; }");
    expect(await textSizes()).toEqual(asDesigned);
  });

  it("keeps every widget's text and spacing at its size when --mp-rem is set on the widgets' container alone", async () => {
    const asDesigned = await textSizes();
    // A summary card: --mp-space-2 and -3 around, --mp-space-1 between its lines.
    expect(asDesigned.spacing).toContainEqual(
      expect.stringMatching(/^mp-StatusSummary-card\b.* 8px 16px \/ 0px \/ 4px$/),
    );
    document.documentElement.style.fontSize = "62.5%";
    hostStyle("body { font-size: 1.6rem; }");
    expect(await textSizes({ "--mp-rem": "1.6rem" } as CSSProperties)).toEqual(asDesigned);
  });

  it("is as before on a 16 px root that sets nothing, also where the custom elements registered --mp-rem", async () => {
    const asDesigned = await textSizes();
    // As an element on the same page does: registered with 0 px until something sets it.
    expect(remLengthRule()).not.toBe("");
    expect(await textSizes()).toEqual(asDesigned);
    hostStyle(":root { font-size: 20px; }");
    const larger = await textSizes();
    expect(larger.texts).toContain("mp-Report-summary 20px");
  });
});
