import { rollUp } from "@milepael/core";
import { budgetFollowUp2017, generateFollowUp } from "@milepael/core/fixtures";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { InitiativeTrendChart, StatusByRoundChart, StatusDistributionChart } from "./index";

describe("status charts in a real browser", () => {
  it("draws each status with its own pattern, not colour alone", async () => {
    const { container } = render(<StatusByRoundChart document={budgetFollowUp2017} />);
    await expect
      .poll(() => container.querySelectorAll(".recharts-bar-rectangle path").length)
      .toBeGreaterThan(0);
    const fills = new Set(
      [...container.querySelectorAll(".recharts-bar-rectangle path")].map((bar) => bar.getAttribute("fill")),
    );
    // Green, red and not assessed occur in the seed; each is painted with a different pattern.
    expect(fills.size).toBe(3);
    for (const fill of fills) {
      const id = fill?.match(/^url\(#(.+)\)$/)?.[1];
      expect(id && container.querySelector(`pattern[id="${id}"]`)).toBeTruthy();
    }
    expect(screen.getByRole("img", { name: /3\. budgetopfølgning 2017: 9 grøn, 3 rød/ })).toBeTruthy();
  });

  it("offers the same figures as a table, by keyboard, in Danish number format", async () => {
    const large = generateFollowUp({ initiatives: 10_000 });
    render(<StatusByRoundChart document={large} />);
    screen.getByText("Vis tallene som tabel").focus();
    await userEvent.keyboard("{Enter}");
    const table = screen.getByRole("table");
    const [all] = rollUp(large);
    const firstRound = large.rounds[0];
    const counts = all?.rounds[0]?.counts;
    const row = within(table).getByRole("row", { name: new RegExp(firstRound?.label ?? "") });
    const cells = within(row)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    const danish = (value: number) => new Intl.NumberFormat("da-DK").format(value);
    expect(cells[0]).toContain(danish(counts?.green ?? -1));
    expect(cells[0]).toMatch(/\(\d+,\d\s%\)/);
    expect(cells.at(-1)).toBe(danish(all?.rounds[0]?.total ?? -1));
    expect(cells.at(-1)).toContain(".");
  });

  it("groups a round by committee, and shows a trend with a face at each assessed round", async () => {
    render(<StatusDistributionChart document={budgetFollowUp2017} by="centre" round="2017-3" />);
    await userEvent.click(screen.getByText("Vis tallene som tabel"));
    expect(within(screen.getByRole("table")).getByRole("rowheader", { name: "Ejendomme" })).toBeTruthy();
    const initiative = budgetFollowUp2017.sections[2]?.initiatives.find(
      (candidate) => candidate.number === "7.03",
    );
    if (!initiative) throw new Error("seed changed");
    const { container } = render(
      <InitiativeTrendChart initiative={initiative} rounds={budgetFollowUp2017.rounds} />,
    );
    await expect.poll(() => container.querySelectorAll(".mp-Chart-dot").length).toBe(3);
    expect(
      [...container.querySelectorAll(".mp-Chart-dot")].map((dot) => dot.getAttribute("data-status")),
    ).toEqual(["green", "red", "red"]);
  });
});
