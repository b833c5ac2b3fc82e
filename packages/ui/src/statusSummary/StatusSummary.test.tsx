import { budgetFollowUp2017, generateFollowUp } from "@milepael/core/fixtures";
import { needsAttention } from "@milepael/core/lite";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StatusSummary } from "./StatusSummary";

describe("StatusSummary", () => {
  it("counts the round's milestones per status and the change since the previous round", () => {
    render(<StatusSummary document={budgetFollowUp2017} round="2017-3" />);
    const red = screen.getByText("Rød", { selector: ".mp-Smiley-label" }).closest("li") as HTMLElement;
    const [all] = [budgetFollowUp2017.sections.flatMap((section) => section.initiatives)];
    const at = (round: string) =>
      all
        .flatMap((initiative) => initiative.milestones)
        .filter((m) => m.round === round && m.status === "red").length;
    expect(within(red).getByText(String(at("2017-3")))).toBeTruthy();
    const change = at("2017-3") - at("2017-2");
    expect(red.textContent).toContain(
      change === 0 ? "uændret" : change > 0 ? `${change} flere` : `${-change} færre`,
    );
    expect(red.textContent).toContain("siden 2. budgetopfølgning 2017");
  });

  it("lists what needs attention with the reasons in words, worst first", () => {
    render(<StatusSummary document={budgetFollowUp2017} round="2017-3" locale="en" />);
    const list = screen.getByRole("list", { name: "Needs attention" });
    const first = within(list).getAllByRole("listitem")[0];
    expect(first?.textContent).toContain("The milestone is red");
  });

  it("flags rounds whose cut-off passed without an assessment", () => {
    render(<StatusSummary document={budgetFollowUp2017} round="2017-year-end" today="2018-02-01" />);
    expect(screen.getAllByText(/Ikke vurderet, skæringsdatoen er passeret/).length).toBeGreaterThan(0);
  });

  it("says how many more need attention than it lists, and shows them on request", () => {
    const document = generateFollowUp({ initiatives: 500 });
    const total = needsAttention(document, {}).length;
    render(<StatusSummary document={document} />);
    const list = screen.getByRole("list", { name: "Kræver opmærksomhed" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(10);
    const more = screen.getByRole("button", { name: `+${total - 10} flere` });
    fireEvent.click(more);
    expect(within(list).getAllByRole("listitem")).toHaveLength(total);
    expect(screen.getByRole("button", { name: "Vis færre" }).getAttribute("aria-expanded")).toBe("true");
  });

  it("marks the Danish names of initiatives as Danish in an English summary", () => {
    render(
      <StatusSummary
        document={budgetFollowUp2017}
        round="2017-3"
        locale="en"
        onSelectInitiative={() => {}}
      />,
    );
    const name = screen.getByRole("button", { name: "7.03 UCC - anvendelse og udvikling" });
    expect(name.getAttribute("lang")).toBe("da");
    expect(screen.getByRole("heading", { name: /Status at/ }).closest("[lang='da']")).toBeNull();
  });
});
