import type { BudgetFollowUp, Locale } from "@milepael/core/lite";
import { constructRow, type GroupingState, useTable } from "@tanstack/react-table";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { warmWhenIdle } from "../internal/searchWarmUp";
import { useControllableState } from "../internal/useControllableState";
import { type DataTableState, useDataTableState } from "../internal/useDataTableState";
import { useLocale } from "../locale/LocaleProvider";
import { type MilestoneTableRow, milestoneColumns, milestoneTableFeatures, roundColumnId } from "./columns";
import { filterMilestoneRows } from "./filterRows";
import { sortedPositions } from "./flatOrder";
import { bodyLines, flatLines } from "./lines";
import { type MilestoneRow, toMilestoneRows } from "./rows";
import { MilestoneSearchIndex } from "./searchIndex";
import { MilestoneSortIndex } from "./sortIndex";
import { useMilestoneFilters } from "./useMilestoneFilters";

export { roundColumnId } from "./columns";
export type { MilestoneTableItem } from "./lines";

/**
 * The milestone table's state, each slice controlled or uncontrolled (see `DataTableState`):
 * `sorting`; `columnFilters` by column id (`round:<id>` takes a status, `committee`, `centre`,
 * `kind` a value); `globalFilter`, free text over number, title, texts and responsibility;
 * `expanded`, open rows by row id: initiative rows are closed unless `true`, section rows open
 * unless `false`, so a table starts with every section shown and every detail hidden;
 * `columnVisibility`; and `grouping`.
 */
export interface MilestoneTableState extends DataTableState {
  /** Column ids to group by; default `["section"]`, `[]` for a flat list. */
  grouping?: GroupingState;
  defaultGrouping?: GroupingState;
  onGroupingChange?: (grouping: GroupingState) => void;
  /**
   * The round the page shows (controlled, e.g. by a page's round picker shared with a summary and
   * charts): the status filter applies to it, and picking another round in the table's toolbar
   * calls `onRoundChange`. Without it the filtered round, else the reporting round.
   */
  round?: string;
  onRoundChange?: (round: string) => void;
}

export interface UseMilestoneTableOptions extends MilestoneTableState {
  /** Overrides the locale from the nearest `LocaleProvider` (it orders the filters' values). */
  locale?: Locale | undefined;
}

/**
 * Everything a milestone table's markup needs, without the markup (TanStack Table with sorting,
 * filters, free-text search, grouping and expandable rows, every slice controlled or
 * uncontrolled): the body's lines, counts, and the filters as values and setters. Column labels
 * are the view's: `milestoneColumnLabel`. `MilestoneTable` is one view on it. Filters, search and
 * a flat table's order run over typed-array indexes, not TanStack's row models; TanStack holds
 * the rows the filters let through, and a flat table makes a row only for a line asked for.
 *
 * @example
 * const model = useMilestoneTable(followUp, { defaultGrouping: [] });
 * model.items.map((item) => <li key={item.row.id}>{item.row.original.initiative.title}</li>);
 */
export function useMilestoneTable(document: BudgetFollowUp, state: UseMilestoneTableOptions = {}) {
  const locale = useLocale(state.locale);
  const data = useMemo(() => toMilestoneRows(document), [document]);
  // Sorting compares ranks in typed arrays over `data`, built per column on its first sort; the
  // search looks through one string per 512 rows' text.
  const sortIndex = useMemo(() => new MilestoneSortIndex(data), [data]);
  const searchIndex = useMemo(() => new MilestoneSearchIndex(data), [data]);
  const columns = useMemo(() => milestoneColumns(document, sortIndex), [document, sortIndex]);
  // Built while the page is idle, so the first search finds it ready: the first column's sort
  // order (the sort a reader reaches first), then the search text (see `warmWhenIdle`).
  useEffect(() => {
    let stopSearch = () => {};
    const stopSort = warmWhenIdle(() => {
      sortIndex.rank("initiative");
      stopSearch = searchIndex.warm();
      return false;
    });
    return () => {
      stopSort();
      stopSearch();
    };
  }, [sortIndex, searchIndex]);
  const columnIds = useMemo(() => new Set(columns.map((column) => column.id ?? "")), [columns]);
  const slices = useDataTableState(state, { section: false, committee: false, centre: false, kind: false });
  const { setColumnFilters, globalFilter, setGlobalFilter, expanded, setExpanded } = slices;
  const pageRound = state.round;
  // A page's round moves the status filter with it: one round setting drives every widget.
  const columnFilters = useMemo(
    () =>
      pageRound === undefined
        ? slices.columnFilters
        : slices.columnFilters.map((filter) =>
            filter.id.startsWith("round:") ? { ...filter, id: roundColumnId(pageRound) } : filter,
          ),
    [slices.columnFilters, pageRound],
  );
  const [grouping, setGrouping] = useControllableState(
    state.grouping,
    state.defaultGrouping ?? ["section"],
    state.onGroupingChange,
  );

  // The filters run over the indexes here, and TanStack holds only the rows they let through: no
  // filter state on each of 100,000 rows (see `filterMilestoneRows`).
  const filtered = useMemo(
    () => filterMilestoneRows(data, sortIndex, searchIndex, columnFilters, globalFilter, columnIds),
    [data, sortIndex, searchIndex, columnFilters, globalFilter, columnIds],
  );
  // Before TanStack sorts (in this render): the ranks then follow the rows it holds.
  sortIndex.setView(filtered.positions);

  // Reads the open rows of this render, also for rows made in an earlier one (see `rowOf`).
  const expandedNow = useRef(expanded);
  expandedNow.current = expanded;
  const getIsRowExpanded = useCallback(
    (row: MilestoneTableRow) =>
      row.getIsGrouped() ? expandedNow.current[row.id] !== false : expandedNow.current[row.id] === true,
    [],
  );

  const table = useTable({
    features: milestoneTableFeatures,
    columns,
    data: filtered.rows as MilestoneRow[],
    manualFiltering: true,
    getRowId: (row) => row.initiative.id,
    state: { ...slices.state, columnFilters, grouping },
    ...slices.handlers,
    onGroupingChange: setGrouping,
    getColumnCanGlobalFilter: (column) => column.id === "initiative",
    // Sections start open, details closed: see `MilestoneTableState.expanded`.
    getIsRowExpanded,
    getRowCanExpand: () => true,
    groupedColumnMode: false,
    autoResetExpanded: false,
  });

  // A flat table's rows in order come from the indexes, and a TanStack row is made only for a
  // line that is drawn (about thirty of 100,000); grouping uses TanStack's row models.
  const flat = grouping.length === 0;
  // `useTable` gives a new copy of the table (its options as of that render) on each render; the
  // rows are made with the first, and what they read of its options is stable.
  const [rowTable] = useState(() => table);
  const rowOf = useMemo(() => {
    const made: (MilestoneTableRow | undefined)[] = [];
    return (position: number): MilestoneTableRow | undefined => {
      const original = data[position];
      if (!original) return undefined;
      let row = made[position];
      if (row === undefined) {
        row = constructRow(rowTable, original.initiative.id, original, position, 0);
        made[position] = row;
      }
      return row;
    };
  }, [rowTable, data]);
  const order = useMemo(
    () =>
      flat
        ? sortedPositions(filtered.positions, data.length, sortIndex, slices.sorting, columnIds)
        : undefined,
    [flat, filtered, data, sortIndex, slices.sorting, columnIds],
  );
  const sortedRows = flat ? undefined : table.getSortedRowModel().rows;
  const lines = useMemo(
    () =>
      order === undefined
        ? bodyLines(sortedRows ?? [], grouping, expanded)
        : flatLines(order, data, rowOf, expanded),
    [order, data, rowOf, sortedRows, grouping, expanded],
  );
  // Once per change of filter or open rows, not on every scroll frame (100,000 rows at 60 fps).
  // An initiative's details are open only when `expanded` says `true` (see `getIsRowExpanded`).
  const shown = filtered.rows.length;
  const allDetailsOpen = useMemo(() => {
    if (shown === 0) return false;
    for (const row of filtered.rows) if (expanded[row.initiative.id] !== true) return false;
    return true;
  }, [filtered, shown, expanded]);
  const filters = useMilestoneFilters(document, data, columnFilters, setColumnFilters, locale, {
    round: pageRound,
    onRoundChange: state.onRoundChange,
  });

  return {
    locale,
    table,
    data,
    /** The body's lines, without an object per line: count, kind, row and key by index. */
    lines,
    /** The body's lines in order as objects (built when first read: prefer `lines`). */
    get items() {
      return lines.items;
    },
    /** A key per line (built when first read: prefer `lines.keyAt`). */
    get itemKeys() {
      return lines.keys;
    },
    /** How many initiatives the filters let through, of `data.length`. */
    shown,
    allDetailsOpen,
    globalFilter,
    grouping,
    ...filters,
    toggleRow: (row: MilestoneTableRow) =>
      setExpanded((previous) => ({ ...previous, [row.id]: !row.getIsExpanded() })),
    /**
     * Opens or closes the details of every initiative the filters let through; sections keep
     * their open or closed state.
     */
    setAllDetailsOpen: (open: boolean) => {
      const initiatives = filtered.rows.map((row) => row.initiative.id);
      setExpanded((previous) => {
        const next = { ...previous };
        for (const id of initiatives) {
          if (open) next[id] = true;
          else delete next[id];
        }
        return next;
      });
    },
    setGlobalFilter,
  };
}

export type MilestoneTableModel = ReturnType<typeof useMilestoneTable>;
