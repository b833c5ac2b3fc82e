import type { ColumnFiltersState } from "@tanstack/react-table";
import { useMemo } from "react";
import type { Updater } from "./useControllableState";
import { useStableCallback } from "./useStableCallback";

/**
 * A table's exact-value filters, one per column, as one object: what a toolbar's `FilterSelects`
 * draws (milestone table, assessment table, decision log).
 */
export interface ValueFilters<Column extends string> {
  /** The filtered columns, in toolbar order. */
  columns: readonly Column[];
  /** The values each column offers. */
  options: Readonly<Record<Column, readonly string[]>>;
  /** A column's filter value, `""` for none. */
  value: (column: Column) => string;
  /** Sets a column's filter; `""` clears it. */
  onChange: (column: Column, value: string) => void;
}

/**
 * Exact-value filters over some columns of a TanStack table's `columnFilters`. The object is the
 * same from render to render until the columns, their options or the filters change, so a
 * memoised toolbar is not drawn again while a search is typed.
 *
 * @example
 * const filters = useValueFilters(["committee", "year"], options, columnFilters, setColumnFilters);
 * filters.onChange("year", "2017");
 */
export function useValueFilters<Column extends string>(
  columns: readonly Column[],
  options: Readonly<Record<Column, readonly string[]>>,
  columnFilters: ColumnFiltersState,
  setColumnFilters: (updater: Updater<ColumnFiltersState>) => void,
): ValueFilters<Column> {
  // A host's inline `onColumnFiltersChange` makes a new setter each render; this one stays.
  const onChange = useStableCallback((column: Column, value: string) =>
    setColumnFilters((previous) => [
      ...previous.filter((filter) => filter.id !== column),
      ...(value === "" ? [] : [{ id: column, value }]),
    ]),
  );
  return useMemo(
    () => ({
      columns,
      options,
      value: (column: Column) => {
        const value = columnFilters.find((filter) => filter.id === column)?.value;
        return value === undefined || value === null ? "" : String(value);
      },
      onChange,
    }),
    [columns, options, columnFilters, onChange],
  );
}
