import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Report } from "./Report";

describe("Report", () => {
  it("shows the paper: title, header fields, the round summary and one table per initiative", () => {
    const { container } = render(<Report document={budgetFollowUp2017} />);
    expect(
      screen.getByRole("heading", { level: 1, name: "Tredje opfølgning på Aftale om budget 2017" }),
    ).toBeTruthy();
    expect(screen.getByText("00.30.00-S00-6-16")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Sammenfatning" })).toBeTruthy();
    const initiatives = budgetFollowUp2017.sections.flatMap((section) => section.initiatives);
    expect(container.querySelectorAll('table[data-role="initiative"]')).toHaveLength(initiatives.length);
    // Each initiative's heading and table are one section, which print never splits.
    expect(container.querySelectorAll("section.mp-Report-initiative")).toHaveLength(initiatives.length);
  });

  it("writes every milestone's status as a word beside its face", () => {
    render(<Report document={budgetFollowUp2017} />);
    const table = screen.getByRole("table", {
      name: "5.03 Udvikling af nyt erhvervsområde i Kildedal i Måløv",
    });
    const rows = within(table).getAllByRole("row");
    const milestone = rows.find((row) => row.textContent?.includes("1. budgetopfølgning 2017"));
    expect(milestone?.querySelector('[data-status="green"]')?.textContent).toContain("Grøn");
  });

  it("shows only what needs attention when asked", () => {
    const { container } = render(<Report document={budgetFollowUp2017} onlyAttention />);
    const all = budgetFollowUp2017.sections.flatMap((section) => section.initiatives).length;
    const shown = container.querySelectorAll('table[data-role="initiative"]').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
  });

  it("prints a timeline on A3 landscape, the page size in its own @page rule", () => {
    const { container } = render(
      <Report document={implementationPlan2017} page="A3-landscape">
        <p>Tidslinje</p>
      </Report>,
    );
    expect(container.querySelector(".mp-Report")?.getAttribute("data-page")).toBe("A3-landscape");
    expect(container.querySelector("style")?.textContent).toContain("size: A3 landscape");
  });

  it("keeps a hostile title inside the running header's CSS string", () => {
    const hostile = {
      ...budgetFollowUp2017,
      metadata: { ...budgetFollowUp2017.metadata, title: "</style><script>x()</script>" },
    };
    const { container } = render(<Report document={hostile} />);
    expect(container.querySelector("style")?.textContent).not.toContain("</style>");
    expect(container.querySelector("script")).toBeNull();
  });

  it("shows each line of an item's case text as a paragraph of its own, not run together", () => {
    const { container } = render(<Report document={meetingsLejre2017} />);
    const lines = (meetingsLejre2017.meetings[0]?.items[2]?.caseText ?? "").split("\n");
    expect(lines.length).toBeGreaterThan(1);
    const paragraphs = [...container.querySelectorAll("p")].map((paragraph) => paragraph.textContent);
    for (const line of lines) expect(paragraphs).toContain(line);
  });
});
