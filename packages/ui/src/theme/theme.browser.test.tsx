// The widgets on host pages that do not match them: a theme keeps its contrast by painting its own
// background, and a page's inherited text styles stop at the widget's root.

import { budgetFollowUp2017, implementationPlan2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import "../styles.css";
import { AnnualWheel } from "../annualWheel/AnnualWheel";
import { StatusByRoundChart } from "../charts/StatusByRoundChart";
import { MilestoneTable } from "../milestoneTable/MilestoneTable";
import { StatusSummary } from "../statusSummary/StatusSummary";
import { Timeline } from "../timeline/Timeline";

const widgets: [string, ReactNode][] = [
  ["mp-StatusSummary", <StatusSummary key="summary" document={budgetFollowUp2017} />],
  ["mp-MilestoneTable", <MilestoneTable key="table" document={budgetFollowUp2017} />],
  ["mp-Chart", <StatusByRoundChart key="chart" document={budgetFollowUp2017} />],
  ["mp-Timeline", <Timeline key="timeline" document={implementationPlan2017} today={null} />],
  ["mp-AnnualWheel", <AnnualWheel key="wheel" document={implementationPlan2017} today={null} />],
];

const styleOf = (container: HTMLElement, className: string) =>
  getComputedStyle(container.querySelector(`.${className}`) as Element);

describe("widgets on a host page that does not match their theme", () => {
  it.each(widgets)("%s paints the light theme's background on a dark, centred page", (className, widget) => {
    const { container } = render(
      <div style={{ background: "#121212", color: "#f0f0f0", textAlign: "center", letterSpacing: "3px" }}>
        {widget}
      </div>,
    );
    expect(styleOf(container, className).backgroundColor).toBe("rgb(255, 255, 255)");
    expect(styleOf(container, className).color).toBe("rgb(26, 26, 26)");
    expect(styleOf(container, className).textAlign).toBe("start");
    expect(styleOf(container, className).letterSpacing).toBe("normal");
  });

  it.each(widgets)("%s paints the dark theme's background on a light page", (className, widget) => {
    const { container } = render(
      <div style={{ background: "#ffffff" }}>
        <div className="mp-theme-dark">{widget}</div>
      </div>,
    );
    expect(styleOf(container, className).backgroundColor).toBe("rgb(27, 27, 27)");
    expect(styleOf(container, className).color).toBe("rgb(242, 242, 242)");
  });

  it("lets the page's own token win over the theme's default, wherever the page's stylesheet sits", () => {
    // Before milepael's stylesheet, with the same specificity as a class: the order must not matter.
    const style = document.createElement("style");
    style.textContent = ".kommunens-tema { --mp-color-bg: rgb(0, 0, 64); }";
    document.head.prepend(style);
    const { container } = render(
      <div className="mp-theme-dark kommunens-tema">
        <StatusSummary document={budgetFollowUp2017} />
      </div>,
    );
    expect(styleOf(container, "mp-StatusSummary").backgroundColor).toBe("rgb(0, 0, 64)");
    style.remove();
  });
});
