import type { BudgetFollowUp, Locale } from "@milepael/core/lite";
import { type GroupingState, useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { useControllableState } from "../internal/useControllableState";
import { type DataTableState, useDataTableState } from "../internal/useDataTableState";
import { useLocale } from "../locale/LocaleProvider";
import {
  type MilestoneTableRow,
  milestoneColumns,
  milestoneTableFeatures,
  roundColumnId,
  searchFilter,
} from "./columns";
import { toMilestoneRows } from "./rows";
import { useMilestoneFilters } from "./useMilestoneFilters";

export { roundColumnId } from "./columns";

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
 * are the view's: `milestoneColumnLabel`. `MilestoneTable` is one view on it.
 *
 * @example
 * const model = useMilestoneTable(followUp, { defaultGrouping: [] });
 * model.items.map((item, index) => <li key={model.itemKeys[index]}>{item.row.original.initiative.title}</li>);
 */
export function useMilestoneTable(document: BudgetFollowUp, state: UseMilestoneTableOptions = {}) {
  const locale = useLocale(state.locale);
  const data = useMemo(() => toMilestoneRows(document), [document]);
  const columns = useMemo(() => milestoneColumns(document), [document]);
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

  const table = useTable({
    features: milestoneTableFeatures,
    columns,
    data,
    getRowId: (row) => row.initiative.id,
    state: { ...slices.state, columnFilters, grouping },
    ...slices.handlers,
    onGroupingChange: setGrouping,
    globalFilterFn: searchFilter,
    getColumnCanGlobalFilter: (column) => column.id === "initiative",
    // Sections start open, details closed: see `MilestoneTableState.expanded`.
    getIsRowExpanded: (row) => (row.getIsGrouped() ? expanded[row.id] !== false : expanded[row.id] === true),
    getRowCanExpand: () => true,
    groupedColumnMode: false,
    autoResetExpanded: false,
  });

  const sortedRows = table.getSortedRowModel().rows;
  // biome-ignore lint/correctness/useExhaustiveDependencies: rows read their open state from `expanded`.
  const lines = useMemo(() => visibleItems(sortedRows), [sortedRows, expanded]);
  // The keys are built once per list: a virtualiser asks for the key of every line after each
  // newly measured one, and building 100,000 strings per frame was most of a scroll frame.
  const keys = useMemo(() => lines.map((item) => `${item.kind}:${item.row.id}`), [lines]);
  const filteredRows = table.getFilteredRowModel().flatRows;
  // Once per change of filter or open rows, not on every scroll frame (100,000 rows at 60 fps).
  // biome-ignore lint/correctness/useExhaustiveDependencies: rows read their open state from `expanded`.
  const { shown, allDetailsOpen } = useMemo(() => {
    const initiatives = filteredRows.filter((row) => !row.getIsGrouped());
    return {
      shown: initiatives.length,
      allDetailsOpen: initiatives.length > 0 && initiatives.every((row) => row.getIsExpanded()),
    };
  }, [filteredRows, expanded]);
  const filters = useMilestoneFilters(document, data, columnFilters, setColumnFilters, locale, {
    round: pageRound,
    onRoundChange: state.onRoundChange,
  });

  return {
    locale,
    table,
    data,
    /** The body's lines in order, and a key per line. */
    items: lines,
    itemKeys: keys,
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
      const initiatives = table
        .getFilteredRowModel()
        .flatRows.filter((row) => !row.getIsGrouped())
        .map((row) => row.id);
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

/** A line of the table body: a section heading, an initiative, or an initiative's open details. */
export type MilestoneTableItem =
  | { kind: "group"; row: MilestoneTableRow }
  | { kind: "initiative"; row: MilestoneTableRow }
  | { kind: "detail"; row: MilestoneTableRow };

/**
 * The body's lines in order: filtered, grouped and sorted rows, with closed sections' rows left
 * out and open initiatives followed by their details.
 */
export function visibleItems(rows: readonly MilestoneTableRow[]): MilestoneTableItem[] {
  const items: MilestoneTableItem[] = [];
  const walk = (level: readonly MilestoneTableRow[]) => {
    for (const row of level) {
      if (row.getIsGrouped()) {
        items.push({ kind: "group", row });
        if (row.getIsExpanded()) walk(row.subRows);
      } else {
        items.push({ kind: "initiative", row });
        if (row.getIsExpanded()) items.push({ kind: "detail", row });
      }
    }
  };
  walk(rows);
  return items;
}

export type MilestoneTableModel = ReturnType<typeof useMilestoneTable>;
