import { budgetFollowUp2017, generateFollowUp } from "@milepael/core/fixtures";
import { reportingRound, statusSeverity } from "@milepael/core/lite";
import { sortFn_alphanumeric } from "@tanstack/react-table";
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { messages } from "../locale/messages";
import { milestoneColumnLabel, roundColumnId } from "./columns";
import { toMilestoneRows } from "./rows";
import { MilestoneSortIndex } from "./sortIndex";
import { useMilestoneTable } from "./useMilestoneTable";

const initiatives = budgetFollowUp2017.sections.flatMap((section) => section.initiatives);

describe("useMilestoneTable on its own", () => {
  it("groups by section with every section open and every detail closed", () => {
    const { result } = renderHook(() => useMilestoneTable(budgetFollowUp2017));
    const kinds = result.current.items.map((item) => item.kind);
    expect(kinds.filter((kind) => kind === "group")).toHaveLength(budgetFollowUp2017.sections.length);
    expect(kinds.filter((kind) => kind === "initiative")).toHaveLength(initiatives.length);
    expect(kinds).not.toContain("detail");
    expect(result.current.shown).toBe(initiatives.length);
  });

  it("puts red first when a round is sorted worst first, by core's severity", () => {
    const round = reportingRound(budgetFollowUp2017) ?? "";
    const { result } = renderHook(() =>
      useMilestoneTable(budgetFollowUp2017, {
        defaultGrouping: [],
        defaultSorting: [{ id: roundColumnId(round), desc: true }],
      }),
    );
    const statuses = result.current.items.map((item) => item.row.original.statuses[round]);
    expect(statuses[0]).toBe("red");
    expect(statuses.at(-1)).not.toBe("red");
  });

  it("filters by a round's status and by search, and reports the filters to a controlling host", () => {
    const onColumnFiltersChange = vi.fn();
    const { result } = renderHook(() => useMilestoneTable(budgetFollowUp2017, { onColumnFiltersChange }));
    act(() => result.current.setRoundFilter(result.current.round, "red"));
    expect(result.current.roundStatus).toBe("red");
    expect(result.current.shown).toBeLessThan(initiatives.length);
    expect(onColumnFiltersChange).toHaveBeenCalledWith([
      { id: roundColumnId(result.current.round ?? ""), value: "red" },
    ]);
    act(() => result.current.setRoundFilter(result.current.round, undefined));
    act(() => result.current.setGlobalFilter("zzzz-nothing"));
    expect(result.current.shown).toBe(0);
  });

  it("searches in any case, with spaces around the words", () => {
    const { result } = renderHook(() => useMilestoneTable(budgetFollowUp2017));
    act(() => result.current.setGlobalFilter("  BYVÅBEN "));
    expect(result.current.shown).toBe(1);
  });

  it("opens all details of what is shown and closes them again", () => {
    const { result } = renderHook(() => useMilestoneTable(budgetFollowUp2017));
    act(() => result.current.setAllDetailsOpen(true));
    expect(result.current.allDetailsOpen).toBe(true);
    expect(result.current.items.filter((item) => item.kind === "detail")).toHaveLength(initiatives.length);
    act(() => result.current.setAllDetailsOpen(false));
    expect(result.current.items.some((item) => item.kind === "detail")).toBe(false);
  });

  it("gives the body's lines by index, the same as the line objects, with an open detail after its row", () => {
    const { result } = renderHook(() => useMilestoneTable(budgetFollowUp2017, { defaultGrouping: [] }));
    const first = result.current.lines.rowAt(0);
    expect(result.current.lines.length).toBe(initiatives.length);
    expect(result.current.lines.kindAt(1)).toBe("initiative");
    if (first) act(() => result.current.toggleRow(first));
    const { lines, items, itemKeys } = result.current;
    expect(lines.length).toBe(initiatives.length + 1);
    expect([lines.kindAt(0), lines.kindAt(1)]).toEqual(["initiative", "detail"]);
    expect(lines.rowAt(1)).toBe(first);
    expect(items.map((_, index) => lines.itemAt(index))).toEqual(items);
    expect(items.map((_, index) => lines.keyAt(index))).toEqual(itemKeys);
    expect(lines.kindAt(lines.length)).toBeUndefined();
    // Measured heights follow the data, not strings or rows made for it.
    expect(lines.identityAt(0)).toBe(first?.original);
    expect(lines.identityAt(1)).toBe(first?.original.initiative);
  });

  it("sorts a thousand initiatives by name in TanStack's alphanumeric order, ties in document order", () => {
    const followUp = generateFollowUp({ initiatives: 1000 });
    const { result } = renderHook(() =>
      useMilestoneTable(followUp, {
        defaultGrouping: [],
        defaultSorting: [{ id: "initiative", desc: true }],
      }),
    );
    const names = followUp.sections
      .flatMap((section) => section.initiatives)
      .map((initiative, index) => ({
        index,
        id: initiative.id,
        name: [initiative.number, initiative.title].filter(Boolean).join(" "),
      }));
    const valueRow = (name: string) =>
      ({ getValue: () => name }) as unknown as Parameters<typeof sortFn_alphanumeric>[0];
    const expected = [...names]
      .sort(
        (a, b) => -sortFn_alphanumeric(valueRow(a.name), valueRow(b.name), "initiative") || a.index - b.index,
      )
      .map((entry) => entry.id);
    expect(result.current.lines.rows.map((row) => row.id)).toEqual(expected);
  });

  it("sorts worst first within each section by core's severity, ties in document order", () => {
    const followUp = generateFollowUp({ initiatives: 500 });
    const round = reportingRound(followUp) ?? "";
    const { result } = renderHook(() =>
      useMilestoneTable(followUp, { defaultSorting: [{ id: roundColumnId(round), desc: true }] }),
    );
    const { lines } = result.current;
    let section: { severity: number; index: number }[] = [];
    const sections: (typeof section)[] = [section];
    for (let index = 0; index < lines.length; index += 1) {
      const row = lines.rowAt(index);
      if (lines.kindAt(index) === "group") {
        section = [];
        sections.push(section);
      } else if (row)
        section.push({
          severity: statusSeverity(row.original.statuses[round] ?? "not-assessed"),
          index: row.index,
        });
    }
    for (const rows of sections)
      for (let index = 1; index < rows.length; index += 1) {
        const [previous, current] = [rows[index - 1], rows[index]];
        if (!previous || !current) continue;
        expect(
          previous.severity > current.severity ||
            (previous.severity === current.severity && previous.index < current.index),
        ).toBe(true);
      }
    expect(sections.flat()).toHaveLength(500);
  });

  it("sorts what a filter lets through by a column's order, and gives TanStack only those rows", () => {
    const followUp = generateFollowUp({ initiatives: 800 });
    const round = reportingRound(followUp) ?? "";
    const { result } = renderHook(() =>
      useMilestoneTable(followUp, {
        defaultGrouping: [],
        defaultColumnFilters: [{ id: roundColumnId(round), value: "yellow" }],
        defaultSorting: [{ id: "committee", desc: false }],
      }),
    );
    const all = followUp.sections.flatMap((section) => section.initiatives);
    const yellow = all.filter((initiative) =>
      initiative.milestones.some((milestone) => milestone.round === round && milestone.status === "yellow"),
    );
    const byCommittee = (initiative: (typeof all)[number]) => initiative.responsibleCommittee ?? "";
    const valueRow = (name: string) =>
      ({ getValue: () => name }) as unknown as Parameters<typeof sortFn_alphanumeric>[0];
    const expected = yellow
      .map((initiative, index) => ({ initiative, index }))
      .sort(
        (a, b) =>
          sortFn_alphanumeric(
            valueRow(byCommittee(a.initiative)),
            valueRow(byCommittee(b.initiative)),
            "c",
          ) || a.index - b.index,
      )
      .map((entry) => entry.initiative.id);
    expect(yellow.length).toBeGreaterThan(0);
    expect(yellow.length).toBeLessThan(all.length);
    expect(result.current.shown).toBe(yellow.length);
    expect(result.current.lines.rows.map((row) => row.id)).toEqual(expected);
    expect(result.current.table.getCoreRowModel().rows).toHaveLength(yellow.length);
  });

  it("sorts by several columns in turn, and keeps rows made for drawn lines across renders", () => {
    const followUp = generateFollowUp({ initiatives: 600 });
    const round = reportingRound(followUp) ?? "";
    const { result, rerender } = renderHook(() =>
      useMilestoneTable(followUp, {
        defaultGrouping: [],
        defaultSorting: [
          { id: "committee", desc: true },
          { id: roundColumnId(round), desc: true },
        ],
      }),
    );
    const rows = toMilestoneRows(followUp);
    const committeeRank = new MilestoneSortIndex(rows).rank("committee");
    const severity = (index: number) => statusSeverity(rows[index]?.statuses[round] ?? "not-assessed");
    const expected = rows
      .map((_, index) => index)
      .sort((a, b) => (committeeRank[b] ?? 0) - (committeeRank[a] ?? 0) || severity(b) - severity(a) || a - b)
      .map((index) => rows[index]?.initiative.id);
    expect(result.current.lines.rows.map((row) => row.id)).toEqual(expected);
    const drawn = result.current.lines.rowAt(3);
    rerender();
    expect(result.current.lines.rowAt(3)).toBe(drawn);
  });

  it("finds a search term across a large document, combined with an attribute filter", () => {
    const followUp = generateFollowUp({ initiatives: 1500 });
    const all = followUp.sections.flatMap((section) => section.initiatives);
    const committee = all[7]?.responsibleCommittee ?? "";
    const { result } = renderHook(() =>
      useMilestoneTable(followUp, {
        defaultGrouping: [],
        defaultColumnFilters: [{ id: "committee", value: committee }],
      }),
    );
    act(() => result.current.setGlobalFilter(" Borgerservice "));
    const rows = toMilestoneRows(followUp);
    const expected = rows
      .filter(
        (row) =>
          row.initiative.responsibleCommittee === committee && row.searchText.includes("borgerservice"),
      )
      .map((row) => row.initiative.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.current.lines.rows.map((row) => row.id)).toEqual(expected);
  });

  it("leaves the column labels to the view, in its locale", () => {
    const round = budgetFollowUp2017.rounds[0];
    expect(milestoneColumnLabel("economy", budgetFollowUp2017, messages("en"))).toBe("Economy");
    expect(milestoneColumnLabel(roundColumnId(round?.id ?? ""), budgetFollowUp2017, messages("da"))).toBe(
      round?.label,
    );
  });

  it("follows the page's round: the status filter applies to it and the toolbar's round reports back", () => {
    const onRoundChange = vi.fn();
    const filters = [{ id: roundColumnId("2017-3"), value: "red" }];
    const { result } = renderHook(() =>
      useMilestoneTable(budgetFollowUp2017, { round: "2017-2", onRoundChange, columnFilters: filters }),
    );
    expect(result.current.round).toBe("2017-2");
    expect(result.current.roundStatus).toBe("red");
    const redAtTwo = initiatives.filter((initiative) =>
      initiative.milestones.some((milestone) => milestone.round === "2017-2" && milestone.status === "red"),
    ).length;
    expect(result.current.shown).toBe(redAtTwo);
    act(() => result.current.setRoundFilter("2017-1", "red"));
    expect(onRoundChange).toHaveBeenCalledWith("2017-1");
  });
});
