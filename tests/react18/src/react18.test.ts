// @vitest-environment jsdom
import { budgetFollowUp2017, implementationPlan2017 } from "@milepael/core/fixtures";
import { MilestoneTable } from "@milepael/ui/milestone-table";
import { Timeline } from "@milepael/ui/timeline";
import { act, createElement, version } from "react";
import { describe, expect, it } from "vitest";
import { mount } from "./mount";

describe("the widgets on React 18", () => {
  it("really runs React 18.3", () => {
    expect(version).toMatch(/^18\.3\./);
  });

  it("renders the milestone table and opens a row's details on click", async () => {
    const { container } = await mount(createElement(MilestoneTable, { document: budgetFollowUp2017 }));
    const button = [...container.querySelectorAll("button")].find((candidate) =>
      candidate.getAttribute("aria-label")?.startsWith("Vis detaljer for 7.03"),
    );
    expect(button).toBeDefined();
    await act(async () => button?.click());
    expect(button?.getAttribute("aria-expanded")).toBe("true");
    expect(container.textContent).toContain("Processen er forsinket.");
  });

  it("renders the timeline and selects an activity", async () => {
    const selected: (string | null)[] = [];
    const { container } = await mount(
      createElement(Timeline, {
        document: implementationPlan2017,
        today: null,
        onSelectionChange: (id: string | null) => selected.push(id),
      }),
    );
    const item = container.querySelector<HTMLButtonElement>('[data-item-id="a4"]');
    await act(async () => item?.click());
    expect(selected).toEqual(["a4"]);
    expect(container.querySelector('section[aria-label^="Cykeltur"]')).not.toBeNull();
  });
});
