import type { BudgetFollowUp, Status } from "@milepael/core/lite";
import {
  type ColumnFiltersState,
  type ColumnVisibilityState,
  columnFilteringFeature,
  columnGroupingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  type ExpandedState,
  type FilterFn,
  type GroupingState,
  globalFilteringFeature,
  type Row,
  rowExpandingFeature,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useMemo } from "react";
import { useControllableState } from "../internal/useControllableState";
import type { Messages } from "../locale/messages";
import { compareStatus, type MilestoneRow, toMilestoneRows } from "./rows";

// v9: features are explicit and must be stable, so they live at module scope. Expansion keeps
// its state here, but the rows are laid out by `visibleItems`: sections open by default, which
// the stock expanded row model cannot express.
export const milestoneTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnGroupingFeature,
  rowExpandingFeature,
  columnVisibilityFeature,
  filteredRowModel: createFilteredRowModel(),
  groupedRowModel: createGroupedRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
type Features = typeof milestoneTableFeatures;
export type MilestoneTableRow = Row<Features, MilestoneRow>;

/** Columns a reader can filter by besides the rounds: each filter is the exact value. */
export const attributeColumns = ["committee", "centre", "kind"] as const;
export type AttributeColumn = (typeof attributeColumns)[number];

/** The column id of a round's status. */
export const roundColumnId = (roundId: string) => `round:${roundId}`;

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

const statusFilter: FilterFn<Features, MilestoneRow> = (row, columnId, value) =>
  value === undefined || value === "" || row.getValue(columnId) === value;

const exactFilter: FilterFn<Features, MilestoneRow> = (row, columnId, value) =>
  value === undefined || value === "" || row.getValue(columnId) === value;

const searchFilter: FilterFn<Features, MilestoneRow> = (row, _columnId, value) =>
  typeof value !== "string" || row.original.searchText.includes(value.trim().toLowerCase());

const helper = createColumnHelper<Features, MilestoneRow>();

function buildColumns(document: BudgetFollowUp, text: Messages) {
  return helper.columns([
    helper.accessor((row) => [row.initiative.number, row.initiative.title].filter(Boolean).join(" "), {
      id: "initiative",
      header: text.initiative,
      sortFn: "alphanumeric",
      enableHiding: false,
    }),
    helper.accessor((row) => row.sectionLabel, {
      id: "section",
      header: text.section,
      sortFn: "alphanumeric",
    }),
    helper.accessor((row) => row.initiative.responsibleCommittee ?? "", {
      id: "committee",
      header: text.committee,
      sortFn: "alphanumeric",
      filterFn: exactFilter,
    }),
    helper.accessor((row) => row.initiative.responsibleCenter ?? "", {
      id: "centre",
      header: text.centre,
      sortFn: "alphanumeric",
      filterFn: exactFilter,
    }),
    helper.accessor((row) => row.initiative.kind ?? "", {
      id: "kind",
      header: text.kind,
      sortFn: "alphanumeric",
      filterFn: exactFilter,
    }),
    ...document.rounds.map((round) =>
      helper.accessor((row): Status => row.statuses[round.id] ?? "not-assessed", {
        id: roundColumnId(round.id),
        header: round.label,
        sortFn: (a, b, columnId) => compareStatus(a.getValue<Status>(columnId), b.getValue<Status>(columnId)),
        filterFn: statusFilter,
        sortDescFirst: true,
      }),
    ),
    helper.accessor((row) => row.economy, {
      id: "economy",
      header: text.economy,
      sortFn: (a, b, columnId) => compareStatus(a.getValue<Status>(columnId), b.getValue<Status>(columnId)),
      filterFn: statusFilter,
      sortDescFirst: true,
    }),
  ]);
}

/**
 * The state and row model of a milestone table: TanStack Table with sorting, filters, free-text
 * search, grouping by section and expandable rows, every slice controlled or uncontrolled.
 */
export function useMilestoneTable(document: BudgetFollowUp, text: Messages, state: MilestoneTableState) {
  const data = useMemo(() => toMilestoneRows(document), [document]);
  const columns = useMemo(() => buildColumns(document, text), [document, text]);
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

  return {
    table,
    data,
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
    state: { sorting, columnFilters, globalFilter, grouping },
    setGlobalFilter,
    setColumnFilters,
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
