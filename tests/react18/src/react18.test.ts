// @vitest-environment jsdom
import { budgetFollowUp2017, implementationPlan2017 } from "@milepael/core/fixtures";
import { startRound } from "@milepael/core/lite";
import { AssessmentTable } from "@milepael/ui/assessment";
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

  it("renders the assessment table and saves an economy line through core", async () => {
    const round4 = startRound(
      budgetFollowUp2017,
      { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
      { by: "Økonomi", at: "2017-12-01T08:00:00Z" },
    ).document;
    const statuses: string[] = [];
    const { container } = await mount(
      createElement(AssessmentTable, {
        document: round4,
        by: "Anne",
        onChange: (change) => statuses.push(change.operation.status),
      }),
    );
    const row = container.querySelector<HTMLElement>('tr[data-target="economy"]');
    await act(async () => row?.querySelector<HTMLInputElement>('input[value="green"]')?.click());
    await act(async () => {
      row
        ?.querySelector("input[type=text]")
        ?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    });
    expect(statuses).toEqual(["green"]);
  });
});
