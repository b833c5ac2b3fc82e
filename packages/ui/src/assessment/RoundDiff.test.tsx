import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { diffRounds, summariseRound } from "@milepael/core/lite";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RoundDiff } from "./RoundDiff";

describe("RoundDiff", () => {
  it("leads with core's summary and lists what worsened since the previous round", () => {
    render(<RoundDiff document={budgetFollowUp2017} to="2017-2" />);
    expect(screen.getByText(summariseRound(budgetFollowUp2017, "2017-2", "da"))).toBeTruthy();
    const worsened = diffRounds(budgetFollowUp2017, "2017-1", "2017-2").worsened;
    expect(worsened.length).toBeGreaterThan(0);
    const list = screen.getByRole("region", { name: /Forværret/ });
    expect(within(list).getAllByRole("listitem")).toHaveLength(worsened.length);
    expect(within(list).getAllByRole("listitem")[0]?.textContent).toContain(worsened[0]?.name ?? "");
  });

  it("shows the heat map as words on request, one row per initiative", () => {
    render(<RoundDiff document={budgetFollowUp2017} />);
    fireEvent.click(screen.getByRole("button", { name: "Vis som tabel" }));
    const table = screen.getByRole("table", { name: /pr. indsats og opfølgning/ });
    const initiatives = budgetFollowUp2017.sections.flatMap((section) => section.initiatives);
    expect(within(table).getAllByRole("rowheader")).toHaveLength(initiatives.length);
    expect(within(table).getAllByRole("cell", { name: "Rød" }).length).toBeGreaterThan(0);
  });

  it("moves through the heat map with the arrow keys from its one tab stop", () => {
    render(<RoundDiff document={budgetFollowUp2017} />);
    const table = screen.getByRole("table", { name: /pr. indsats og opfølgning/ });
    const stops = within(table)
      .getAllByRole("cell")
      .filter((cell) => cell.tabIndex === 0);
    expect(stops).toHaveLength(1);
    const first = stops[0] as HTMLElement;
    first.focus();
    fireEvent.keyDown(first, { key: "ArrowRight" });
    expect(document.activeElement?.getAttribute("data-cell")).toBe("1");
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" });
    expect(document.activeElement?.getAttribute("data-cell")).toBe(
      String(1 + budgetFollowUp2017.rounds.length),
    );
  });
});
