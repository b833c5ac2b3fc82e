import type { BudgetFollowUp, Locale } from "@milepael/core/lite";
import {
  type ColumnFiltersState,
  type ColumnVisibilityState,
  type ExpandedState,
  type GroupingState,
  type SortingState,
  useTable,
} from "@tanstack/react-table";
import { useMemo } from "react";
import { useControllableState } from "../internal/useControllableState";
import { useLocale } from "../locale/LocaleProvider";
import { type MilestoneTableRow, milestoneColumns, milestoneTableFeatures, searchFilter } from "./columns";
import { toMilestoneRows } from "./rows";
import { useMilestoneFilters } from "./useMilestoneFilters";

export { roundColumnId } from "./columns";

export interface MilestoneTableState {
  sorting?: SortingState;
  defaultSorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  /** Filters by column id: `round:<id>` takes a status, `committee`, `centre`, `kind` a value. */
  columnFilters?: ColumnFiltersState;
  defaultColumnFilters?: ColumnFiltersState;
  onColumnFiltersChange?: (filters: ColumnFiltersState) => void;
  /** Free-text search over number, title, texts and responsibility. */
  globalFilter?: string;
  defaultGlobalFilter?: string;
  onGlobalFilterChange?: (filter: string) => void;
  /**
   * Open rows by row id. Initiative rows are closed unless `true`; section rows are open unless
   * `false`, so a table starts with every section shown and every detail hidden.
   */
  expanded?: Record<string, boolean>;
  defaultExpanded?: Record<string, boolean>;
  onExpandedChange?: (expanded: Record<string, boolean>) => void;
  /** Column ids to group by; default `["section"]`, `[]` for a flat list. */
  grouping?: GroupingState;
  defaultGrouping?: GroupingState;
  onGroupingChange?: (grouping: GroupingState) => void;
  columnVisibility?: ColumnVisibilityState;
  defaultColumnVisibility?: ColumnVisibilityState;
  onColumnVisibilityChange?: (visibility: ColumnVisibilityState) => void;
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
  const [sorting, setSorting] = useControllableState(
    state.sorting,
    state.defaultSorting ?? [],
    state.onSortingChange,
  );
  const [columnFilters, setColumnFilters] = useControllableState(
    state.columnFilters,
    state.defaultColumnFilters ?? [],
    state.onColumnFiltersChange,
  );
  const [globalFilter, setGlobalFilter] = useControllableState(
    state.globalFilter,
    state.defaultGlobalFilter ?? "",
    state.onGlobalFilterChange,
  );
  const [expanded, setExpanded] = useControllableState(
    state.expanded,
    state.defaultExpanded ?? {},
    state.onExpandedChange,
  );
  const [grouping, setGrouping] = useControllableState(
    state.grouping,
    state.defaultGrouping ?? ["section"],
    state.onGroupingChange,
  );
  const [columnVisibility, setColumnVisibility] = useControllableState(
    state.columnVisibility,
    state.defaultColumnVisibility ?? { section: false, committee: false, centre: false, kind: false },
    state.onColumnVisibilityChange,
  );

  const table = useTable({
    features: milestoneTableFeatures,
    columns,
    data,
    getRowId: (row) => row.initiative.id,
    state: {
      sorting,
      columnFilters,
      globalFilter,
      expanded: expanded as ExpandedState,
      grouping,
      columnVisibility,
    },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: (updater) =>
      setGlobalFilter((previous) => String(typeof updater === "function" ? updater(previous) : updater)),
    onExpandedChange: (updater) =>
      setExpanded((previous) => {
        const next = typeof updater === "function" ? updater(previous) : updater;
        return next === true ? {} : next;
      }),
    onGroupingChange: setGrouping,
    onColumnVisibilityChange: setColumnVisibility,
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
  const filters = useMilestoneFilters(document, data, columnFilters, setColumnFilters, locale);

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
