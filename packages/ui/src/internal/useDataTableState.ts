import type {
  ColumnFiltersState,
  ColumnVisibilityState,
  ExpandedState,
  SortingState,
  Updater,
} from "@tanstack/react-table";
import { useControllableState } from "./useControllableState";

/** The state slices every data table has, each controlled (value + handler) or uncontrolled (default). */
export interface DataTableState {
  sorting?: SortingState;
  defaultSorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  columnFilters?: ColumnFiltersState;
  defaultColumnFilters?: ColumnFiltersState;
  onColumnFiltersChange?: (filters: ColumnFiltersState) => void;
  globalFilter?: string;
  defaultGlobalFilter?: string;
  onGlobalFilterChange?: (filter: string) => void;
  expanded?: Record<string, boolean>;
  defaultExpanded?: Record<string, boolean>;
  onExpandedChange?: (expanded: Record<string, boolean>) => void;
  columnVisibility?: ColumnVisibilityState;
  defaultColumnVisibility?: ColumnVisibilityState;
  onColumnVisibilityChange?: (visibility: ColumnVisibilityState) => void;
}

const apply = <T>(updater: Updater<T>, previous: T): T =>
  typeof updater === "function" ? (updater as (old: T) => T)(previous) : updater;

/**
 * A data table's sorting, filters, search, open rows and visible columns, each controlled or
 * uncontrolled, as TanStack Table's `state` and its change handlers, plus the values and setters
 * the hook itself needs. Open rows are a record of row ids (never TanStack's `true` for all).
 *
 * @example
 * const slices = useDataTableState(options, { year: false });
 * useTable({ features, columns, data, state: slices.state, ...slices.handlers });
 */
export function useDataTableState(options: DataTableState, defaultColumnVisibility: ColumnVisibilityState) {
  const [sorting, setSorting] = useControllableState(
    options.sorting,
    options.defaultSorting ?? [],
    options.onSortingChange,
  );
  const [columnFilters, setColumnFilters] = useControllableState(
    options.columnFilters,
    options.defaultColumnFilters ?? [],
    options.onColumnFiltersChange,
  );
  const [globalFilter, setGlobalFilter] = useControllableState(
    options.globalFilter,
    options.defaultGlobalFilter ?? "",
    options.onGlobalFilterChange,
  );
  const [expanded, setExpanded] = useControllableState(
    options.expanded,
    options.defaultExpanded ?? {},
    options.onExpandedChange,
  );
  const [columnVisibility, setColumnVisibility] = useControllableState(
    options.columnVisibility,
    options.defaultColumnVisibility ?? defaultColumnVisibility,
    options.onColumnVisibilityChange,
  );
  return {
    sorting,
    columnFilters,
    setColumnFilters,
    globalFilter,
    setGlobalFilter,
    expanded,
    setExpanded,
    columnVisibility,
    /** For `useTable`'s `state`. */
    state: { sorting, columnFilters, globalFilter, expanded: expanded as ExpandedState, columnVisibility },
    /** For `useTable`: the change handlers of the same slices. */
    handlers: {
      onSortingChange: setSorting,
      onColumnFiltersChange: setColumnFilters,
      onGlobalFilterChange: (updater: Updater<unknown>) =>
        setGlobalFilter((previous) => String(apply(updater, previous))),
      onExpandedChange: (updater: Updater<ExpandedState>) =>
        setExpanded((previous) => {
          const next = apply(updater, previous as ExpandedState);
          return next === true ? {} : next;
        }),
      onColumnVisibilityChange: setColumnVisibility,
    },
  };
}
