import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
} from "@tanstack/react-table";

/**
 * The TanStack Table v9 features every data table uses: sorting, column filters, free-text search,
 * open rows and column choice, with filtered and sorted row models and the alphanumeric sort. A
 * table spreads them into its own `tableFeatures({...})` at module scope (features must be
 * stable), adding what only it needs (the milestone table's grouping).
 *
 * @example
 * export const features = tableFeatures({ ...dataTableFeatures, columnGroupingFeature });
 */
export const dataTableFeatures = {
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowExpandingFeature,
  columnVisibilityFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
};
