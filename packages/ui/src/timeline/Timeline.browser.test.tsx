import {
  budgetFollowUp2017,
  communicationPlan2017,
  generatePlan,
  implementationPlan2017,
} from "@milepael/core/fixtures";
import { render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { eventually } from "../internal/eventually.testHelpers";
import "../styles.css";
import { followUpMilestones } from "./followUpMilestones";
import { Timeline } from "./Timeline";

/** Room for the timeline: under 600 px it shows the agenda list instead. */
const wide = (node: ReactNode) => <div style={{ width: 1000 }}>{node}</div>;

const tickLeft = (container: HTMLElement, label: string) => {
  const tick = [...container.querySelectorAll<HTMLElement>(".mp-Timeline-tick")].find(
    (t) => t.textContent === label,
  );
  if (!tick) throw new Error(`no tick ${label}`);
  return tick.getBoundingClientRect().left;
};

describe("Timeline in a real browser", () => {
  it("puts the seeds' activities where a Danish reader would: against the month ticks", () => {
    const { container } = render(
      <div style={{ width: 1000 }}>
        <Timeline
          document={implementationPlan2017}
          defaultRange={{ start: "2017-04-15", end: "2017-10-15" }}
          today={null}
        />
      </div>,
    );
    const summer = screen.getByRole("button", {
      name: /^Fortællinger til organisationen.*, juni.september 2017$/,
    });
    const box = summer.getBoundingClientRect();
    expect(Math.abs(box.left - tickLeft(container, "jun."))).toBeLessThan(2);
    expect(Math.abs(box.right - tickLeft(container, "okt."))).toBeLessThan(2);
    // A single day sits between its month's tick and the next: 21 May is about two thirds into May.
    const cycle = screen.getByRole("button", { name: /^Cykeltur rundt i Ballerup.*, 21\. maj 2017$/ });
    const may = tickLeft(container, "maj");
    const june = tickLeft(container, "jun.");
    // The diamond is drawn 9 px into the button, which also holds its label.
    const middle = cycle.getBoundingClientRect().left + 9;
    expect((middle - may) / (june - may)).toBeGreaterThan(0.6);
    expect((middle - may) / (june - may)).toBeLessThan(0.72);
  });

  it("reaches every dated activity with the arrow keys alone, and shows details with Enter", async () => {
    render(wide(<Timeline document={communicationPlan2017} today={null} />));
    const first = screen
      .getAllByRole("button")
      .find((button) => button.tabIndex === 0 && button.dataset.itemId);
    first?.focus();
    const seen = new Set<string>();
    for (let step = 0; step < communicationPlan2017.activities.length + 2; step += 1) {
      seen.add(document.activeElement?.getAttribute("aria-label") ?? "");
      await userEvent.keyboard("{ArrowRight}");
    }
    expect(seen.size).toBe(communicationPlan2017.activities.length);
    await userEvent.keyboard("{Enter}");
    const last = communicationPlan2017.activities.at(-1);
    expect(screen.getByRole("region", { name: last?.title ?? "" }).textContent).toContain(
      "ultimo april 2017",
    );
  });

  it("zooms with + and −, fits with 0, and the axis changes unit", async () => {
    const { container } = render(wide(<Timeline document={communicationPlan2017} today={null} />));
    const scale = screen.getByRole("combobox", { name: "Skala" }) as HTMLSelectElement;
    expect(scale.value).toBe("month");
    const item = container.querySelector<HTMLElement>("[data-item-id]");
    item?.focus();
    await userEvent.keyboard("+++");
    expect(scale.value).toBe("week");
    expect(container.querySelector(".mp-Timeline-tick:not([data-partial])")?.textContent).toMatch(
      /^uge \d+(, 2017)?$/,
    );
    await userEvent.keyboard("0");
    expect(scale.value).toBe("month");
  });

  // Seven key presses for every activity of the plan: on two busy cores this took 15 s in CI, and a
  // test that times out goes on pressing keys into the tests after it.
  it("keeps the focus on the same activity while + and − zoom, even when it moves to another row", {
    timeout: 60_000,
  }, async () => {
    const { container } = render(wide(<Timeline document={communicationPlan2017} today={null} />));
    const ids = [...container.querySelectorAll<HTMLElement>("[data-item-id]")].map(
      (item) => item.dataset.itemId,
    );
    const lost: string[] = [];
    for (const id of ids) {
      await userEvent.keyboard("0");
      container.querySelector<HTMLElement>(`[data-item-id="${id}"]`)?.focus();
      for (const key of ["+", "+", "+", "-", "-", "-"]) {
        await userEvent.keyboard(key);
        const active = document.activeElement as HTMLElement | null;
        if (active?.dataset.itemId !== id) lost.push(`${id} after ${key}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it("moves the focus into details opened with Enter, and Escape closes them and returns it", async () => {
    render(wide(<Timeline document={communicationPlan2017} today={null} />));
    const item = screen
      .getAllByRole("button")
      .find((button) => button.tabIndex === 0 && button.dataset.itemId) as HTMLElement;
    item.focus();
    await userEvent.keyboard("{Enter}");
    const details = document.querySelector(".mp-ActivityDetails");
    expect(details?.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard("{Escape}");
    expect(document.querySelector(".mp-ActivityDetails")).toBeNull();
    expect(document.activeElement).toBe(item);
  });

  it("keeps only the rows in view of a 5,000-activity plan in the page", () => {
    const plan = generatePlan({ activities: 5000, year: 2017 });
    const { container } = render(wide(<Timeline document={plan} laneBy="theme" today={null} />));
    expect(container.querySelectorAll(".mp-Timeline-row").length).toBeLessThan(40);
    expect(container.querySelectorAll("[data-item-id]").length).toBeGreaterThan(10);
    expect(container.querySelectorAll("[data-item-id]").length).toBeLessThan(1500);
  });

  it("switches to the agenda list, grouped by month in date order", async () => {
    render(wide(<Timeline document={communicationPlan2017} today={null} />));
    await userEvent.click(screen.getByRole("button", { name: "Vis som liste" }));
    const headings = screen.getAllByRole("heading", { level: 4 }).map((heading) => heading.textContent);
    expect(headings).toEqual(["januar 2017", "februar 2017", "marts 2017", "april 2017"]);
    const march = screen.getByRole("region", { name: "marts 2017" });
    expect(
      within(march)
        .getAllByRole("listitem")
        .map((item) => item.querySelector(".mp-AgendaList-when")?.textContent),
    ).toEqual(["primo marts 2017", "ultimo marts 2017"]);
  });
});

describe("Timeline on a phone and in a controlled host", () => {
  it("shows the agenda list at 420 px, as the README says, and the timeline one click away", async () => {
    render(
      <div style={{ width: 420 }}>
        <Timeline document={communicationPlan2017} today={null} />
      </div>,
    );
    await eventually(() => expect(screen.getByRole("region", { name: "marts 2017" })).toBeTruthy());
    await userEvent.click(screen.getByRole("button", { name: "Vis som tidslinje" }));
    expect(screen.queryByRole("region", { name: "marts 2017" })).toBeNull();
  });

  it("reports the whole plan's range for Vis hele planen and 0, never undefined", async () => {
    const ranges: unknown[] = [];
    const { container } = render(
      wide(
        <Timeline
          document={communicationPlan2017}
          today={null}
          defaultRange={{ start: "2017-03-01", end: "2017-03-31" }}
          onRangeChange={(range) => ranges.push(range)}
        />,
      ),
    );
    await userEvent.click(screen.getByRole("button", { name: "Vis hele planen" }));
    container.querySelector<HTMLElement>("[data-item-id]")?.focus();
    await userEvent.keyboard("+0");
    expect(ranges).toHaveLength(3);
    for (const range of ranges)
      expect(range).toEqual({ start: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), end: expect.any(String) });
    expect(ranges[2]).toEqual(ranges[0]);
    expect((ranges[0] as { start: string }).start <= "2017-01-01").toBe(true);
  });
});

describe("Timeline of a follow-up's milestones", () => {
  it("puts each milestone at its round's cut-off, its diamond carrying the smiley", () => {
    const { plan, statuses } = followUpMilestones(budgetFollowUp2017);
    render(wide(<Timeline document={plan} statuses={statuses} today={null} />));
    const ucc = screen.getByRole("button", {
      name: /^7\.03 UCC - anvendelse og udvikling, 30\. juni 2017, Rød: Milepæl er ikke opfyldt/,
    });
    expect(ucc.querySelector('.mp-Smiley[data-status="red"]')).not.toBeNull();
    expect(ucc.dataset.status).toBe("red");
    const total = budgetFollowUp2017.sections.flatMap((section) =>
      section.initiatives.flatMap((i) => i.milestones),
    ).length;
    expect(Object.keys(statuses)).toHaveLength(total);
  });
});
