import { budgetFollowUp2017, generateFollowUp } from "@milepael/core/fixtures";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { filterMilestoneRows } from "./filterRows";
import { MilestoneTable, type MilestoneTableProps } from "./MilestoneTable";
import { toMilestoneRows } from "./rows";
import { MilestoneSearchIndex } from "./searchIndex";
import { MilestoneSortIndex } from "./sortIndex";

/** The seed's follow-up as a flat table, with the props a test controls. */
const flatTable = (props: Partial<MilestoneTableProps> = {}) => (
  <MilestoneTable document={budgetFollowUp2017} defaultGrouping={[]} {...props} />
);
const thead = () => screen.getByRole("table").querySelector("thead") as HTMLElement;
const toolbar = () => document.querySelector(".mp-MilestoneTable-toolbar") as HTMLElement;

describe("memoised header row and toolbar follow controlled props", () => {
  it("aria-sort follows a controlled sorting prop", () => {
    const { rerender } = render(flatTable({ sorting: [] }));
    const th = () => within(thead()).getByRole("button", { name: "Indsats" }).closest("th");
    expect(th()?.getAttribute("aria-sort")).toBe(null);
    rerender(flatTable({ sorting: [{ id: "initiative", desc: true }] }));
    expect(th()?.getAttribute("aria-sort")).toBe("descending");
    rerender(flatTable({ sorting: [] }));
    expect(th()?.getAttribute("aria-sort")).toBe(null);
  });

  it("header and column checkboxes follow a controlled columnVisibility prop", () => {
    const { rerender } = render(
      flatTable({ columnVisibility: { section: false, committee: false, centre: false, kind: false } }),
    );
    expect(within(thead()).queryByRole("button", { name: "Ansvarligt udvalg" })).toBeNull();
    rerender(
      flatTable({ columnVisibility: { section: false, committee: true, centre: false, kind: false } }),
    );
    expect(within(thead()).getByRole("button", { name: "Ansvarligt udvalg" })).toBeTruthy();
    expect(
      (within(toolbar()).getByRole("checkbox", { name: "Ansvarligt udvalg" }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it("a host that refuses a column change keeps the checkbox as it was", () => {
    const onColumnVisibilityChange = vi.fn();
    render(
      flatTable({
        columnVisibility: { section: false, committee: false, centre: false, kind: false },
        onColumnVisibilityChange: onColumnVisibilityChange,
      }),
    );
    const box = within(toolbar()).getByRole("checkbox", { name: "Ansvarligt udvalg" });
    fireEvent.click(box);
    expect(onColumnVisibilityChange).toHaveBeenCalled();
    expect((box as HTMLInputElement).checked).toBe(false);
  });

  it("a filter select follows a host's controlled columnFilters and grouping", () => {
    const centre = budgetFollowUp2017.sections[0]?.initiatives[0]?.responsibleCenter ?? "";
    const { rerender } = render(
      <MilestoneTable document={budgetFollowUp2017} grouping={[]} columnFilters={[]} />,
    );
    const select = () =>
      within(toolbar()).getByRole("combobox", { name: "Ansvarligt center" }) as HTMLSelectElement;
    const group = () => within(toolbar()).getByRole("combobox", { name: /grupp/i }) as HTMLSelectElement;
    expect(select().value).toBe("");
    rerender(
      <MilestoneTable
        document={budgetFollowUp2017}
        grouping={["committee"]}
        columnFilters={[{ id: "centre", value: centre }]}
      />,
    );
    expect(select().value).toBe(centre);
    expect(group().value).toBe("committee");
  });

  it("shift-click adds a second sort (multi-sort event reaches TanStack)", () => {
    const onSortingChange = vi.fn();
    render(
      flatTable({ defaultSorting: [{ id: "initiative", desc: false }], onSortingChange: onSortingChange }),
    );
    const headerButtons = within(thead()).getAllByRole("button");
    const other = headerButtons.find((button) => button.textContent !== "Indsats") as HTMLElement;
    fireEvent.click(other, { shiftKey: true });
    expect(onSortingChange.mock.calls.at(-1)?.[0]).toHaveLength(2);
  });

  it("locale change relabels the header and the toolbar", () => {
    const { rerender } = render(flatTable());
    rerender(flatTable({ locale: "en" }));
    expect(within(thead()).getByRole("button", { name: "Initiative" })).toBeTruthy();
    expect(within(toolbar()).getByRole("combobox", { name: "Responsible centre" })).toBeTruthy();
  });
});

describe("filterMilestoneRows with the search index's positions", () => {
  it("search alone, search with a filter, and the reference agree, in document order", () => {
    const doc = generateFollowUp({ initiatives: 1_300 });
    const rows = toMilestoneRows(doc);
    const ids = new Set(["initiative", "committee", "centre", "kind", "section"]);
    const centre = rows[3]?.initiative.responsibleCenter ?? "";
    for (const term of ["skole", "a", " ", "zzzz", "1"]) {
      const search = new MilestoneSearchIndex(rows);
      const sort = new MilestoneSortIndex(rows);
      const t = term.trim().toLowerCase();
      const expected = rows.filter((row) => row.searchText.includes(t));
      const alone = filterMilestoneRows(rows, sort, search, [], term, ids);
      expect(alone.rows).toEqual(expected);
      const withFilter = filterMilestoneRows(
        rows,
        sort,
        search,
        [{ id: "centre", value: centre }],
        term,
        ids,
      );
      expect(withFilter.rows).toEqual(expected.filter((row) => row.initiative.responsibleCenter === centre));
      const again = filterMilestoneRows(rows, sort, search, [], term, ids);
      expect(again.rows).toEqual(expected);
    }
  });
});

describe("column chooser with a round id holding U+0000", () => {
  it("offers one checkbox per round, labelled, that hides its column", () => {
    const [first, ...rest] = budgetFollowUp2017.rounds;
    if (!first) throw new Error("fixture has rounds");
    const hostile = {
      ...budgetFollowUp2017,
      rounds: [{ ...first, id: `${first.id}\u0000x` }, ...rest],
    };
    render(<MilestoneTable document={hostile} defaultGrouping={[]} />);
    const boxes = within(toolbar()).getAllByRole("checkbox");
    const names = boxes.map((box) => box.closest("label")?.textContent);
    // Before the change: one checkbox per hideable column, named by its label.
    expect(names).toContain(first.label);
    expect(boxes).toHaveLength(4 + budgetFollowUp2017.rounds.length + 1);
  });
});
