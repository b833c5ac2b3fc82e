// The widgets in a React page with styles of its own: a page's rules for elements (`button`,
// `*`) reach into the widgets, and must not move what the widgets lay out.

import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../styles.css";
import { AnnualWheel } from "../annualWheel/AnnualWheel";
import { AssessmentTable } from "../assessment/AssessmentTable";
import { round4 } from "../assessment/round4.testHelpers";
import { DecisionLog } from "../meetings/DecisionLog";
import { MilestoneTable } from "../milestoneTable/MilestoneTable";
import { StatusSummary } from "../statusSummary/StatusSummary";
import { Timeline } from "../timeline/Timeline";

beforeAll(() => page.viewport(1280, 1000));

/** Every control's box in the widgets, by its class and text. */
async function controlBoxes() {
  const { container, unmount } = render(
    <div style={{ width: 1000 }}>
      <StatusSummary document={budgetFollowUp2017} />
      <MilestoneTable document={budgetFollowUp2017} />
      <AssessmentTable document={round4} by="Anne Centerchef" />
      <Timeline document={implementationPlan2017} today="2017-05-10" view="timeline" />
      <AnnualWheel document={implementationPlan2017} today="2017-05-10" />
      <DecisionLog document={meetingsLejre2017} />
    </div>,
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const boxes = [...container.querySelectorAll("button, input, select, summary")].map((control) => {
    const { left, width, height } = control.getBoundingClientRect();
    return `${control.className} "${control.textContent?.slice(0, 20)}" ${left.toFixed(1)} ${width.toFixed(1)}×${height.toFixed(1)}`;
  });
  unmount();
  return boxes;
}

describe("widgets on a page with styles of its own", () => {
  it("keeps every control's size and place under the page's `* { box-sizing: content-box }`", async () => {
    const asDesigned = await controlBoxes();
    const pageStyle = document.head.appendChild(document.createElement("style"));
    pageStyle.textContent = "* { box-sizing: content-box; }";
    try {
      expect(await controlBoxes()).toEqual(asDesigned);
    } finally {
      pageStyle.remove();
    }
  });
});
