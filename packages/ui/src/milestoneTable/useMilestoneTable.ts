import type { BudgetFollowUp, Locale } from "@milepael/core/lite";
import { type GroupingState, useTable } from "@tanstack/react-table";
import { useEffect, useMemo } from "react";
import { useControllableState } from "../internal/useControllableState";
import { type DataTableState, useDataTableState } from "../internal/useDataTableState";
import { useLocale } from "../locale/LocaleProvider";
import {
  MilestoneSortIndex,
  type MilestoneTableRow,
  milestoneColumns,
  milestoneTableFeatures,
  roundColumnId,
} from "./columns";
import { filterMilestoneRows } from "./filterRows";
import { type MilestoneRow, toMilestoneRows } from "./rows";
import { MilestoneSearchIndex } from "./searchIndex";
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
  // Built while the page is idle, so the first search finds it ready.
  useEffect(() => searchIndex.warm(), [searchIndex]);
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
    getIsRowExpanded: (row) => (row.getIsGrouped() ? expanded[row.id] !== false : expanded[row.id] === true),
    getRowCanExpand: () => true,
    groupedColumnMode: false,
    autoResetExpanded: false,
  });

  const sortedRows = table.getSortedRowModel().rows;
  const lines = useMemo(() => bodyLines(sortedRows, grouping, expanded), [sortedRows, grouping, expanded]);
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

/** A line of the table body: a section heading, an initiative, or an initiative's open details. */
export type MilestoneTableItem =
  | { kind: "group"; row: MilestoneTableRow }
  | { kind: "initiative"; row: MilestoneTableRow }
  | { kind: "detail"; row: MilestoneTableRow };

const lineKinds = ["group", "initiative", "detail"] as const satisfies readonly MilestoneTableItem["kind"][];

/**
 * The body's lines by index, without an object per line: at 100,000 initiatives the table draws
 * about thirty of them, so only those are ever asked for. `kinds` holds each line's kind as an
 * index into `lineKinds`; without it every line is an initiative.
 */
export class MilestoneTableLines {
  readonly rows: readonly MilestoneTableRow[];
  readonly #kinds: Uint8Array | undefined;
  #items: MilestoneTableItem[] | undefined;
  #keys: string[] | undefined;

  constructor(rows: readonly MilestoneTableRow[], kinds?: Uint8Array) {
    this.rows = rows;
    this.#kinds = kinds;
  }

  get length(): number {
    return this.rows.length;
  }

  kindAt(index: number): MilestoneTableItem["kind"] | undefined {
    if (index < 0 || index >= this.rows.length) return undefined;
    return this.#kinds === undefined ? "initiative" : lineKinds[this.#kinds[index] ?? 1];
  }

  rowAt(index: number): MilestoneTableRow | undefined {
    return this.rows[index];
  }

  /** The line's key: its kind and row id, so a line keeps its element while it moves. */
  keyAt(index: number): string {
    return `${this.kindAt(index)}:${this.rows[index]?.id}`;
  }

  itemAt(index: number): MilestoneTableItem | undefined {
    const row = this.rows[index];
    const kind = this.kindAt(index);
    return row && kind ? { kind, row } : undefined;
  }

  /** Every line as an object, built once when first asked for. */
  get items(): MilestoneTableItem[] {
    this.#items ??= this.rows.map((_, index) => this.itemAt(index) as MilestoneTableItem);
    return this.#items;
  }

  get keys(): string[] {
    this.#keys ??= this.rows.map((_, index) => this.keyAt(index));
    return this.#keys;
  }
}

/**
 * The body's lines in order: filtered, grouped and sorted rows, with closed sections' rows left
 * out and open initiatives followed by their details. A flat list with no open details is the
 * sorted rows themselves.
 */
function bodyLines(
  rows: readonly MilestoneTableRow[],
  grouping: GroupingState,
  expanded: Record<string, boolean>,
): MilestoneTableLines {
  if (grouping.length === 0 && !Object.values(expanded).includes(true)) return new MilestoneTableLines(rows);
  const lineRows: MilestoneTableRow[] = [];
  const kinds: number[] = [];
  const walk = (level: readonly MilestoneTableRow[]) => {
    for (const row of level) {
      if (row.getIsGrouped()) {
        lineRows.push(row);
        kinds.push(0);
        if (row.getIsExpanded()) walk(row.subRows);
      } else {
        lineRows.push(row);
        kinds.push(1);
        if (row.getIsExpanded()) {
          lineRows.push(row);
          kinds.push(2);
        }
      }
    }
  };
  walk(rows);
  return new MilestoneTableLines(lineRows, Uint8Array.from(kinds));
}

export type MilestoneTableModel = ReturnType<typeof useMilestoneTable>;
