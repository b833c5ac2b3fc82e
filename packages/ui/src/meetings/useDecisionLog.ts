import type { DecisionOutcome, Locale, MeetingsDocument } from "@milepael/core/lite";
import { useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { type DataTableState, useDataTableState } from "../internal/useDataTableState";
import { useValueFilters } from "../internal/useValueFilters";
import { useLocale } from "../locale/LocaleProvider";
import {
  type DecisionFilterColumn,
  type DecisionLogTableRow,
  decisionFilterColumns,
  decisionLogColumns,
  decisionLogFeatures,
  decisionSearchFilter,
} from "./decisionColumns";
import { decisionFilterOptions, toDecisionLogRows } from "./decisionRows";

/**
 * The decision log's state, each slice controlled or uncontrolled: `sorting`, `columnFilters`
 * (ids `committee` (a committee's label), `outcome`, `year` such as `"2017"`), `globalFilter` (free
 * text over title, number, case number, committee, recommendation and decision), `expanded` (items
 * whose decision is shown, by row id `<meeting id>#<number>`) and `columnVisibility`.
 */
export type DecisionLogState = DataTableState;

export interface UseDecisionLogOptions extends DecisionLogState {
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale | undefined;
}

/** A line of the log's body: an item, or an open item's decision. */
export type DecisionLogItem =
  | { kind: "item"; row: DecisionLogTableRow }
  | { kind: "detail"; row: DecisionLogTableRow };

/**
 * Everything a decision log's markup needs, without the markup: the items of a meetings document
 * in a TanStack table with sorting, filters by committee, outcome and year, free-text search and
 * open decisions, every slice controlled or uncontrolled; the body's lines, counts, and the
 * filters as values, options and setters. `DecisionLog` is one view on it.
 *
 * @example
 * const log = useDecisionLog(meetings, { defaultColumnFilters: [{ id: "outcome", value: "approved" }] });
 * log.items.map((line) => line.kind === "item" && <li key={line.row.id}>{line.row.original.title}</li>);
 */
export function useDecisionLog(document: MeetingsDocument, state: UseDecisionLogOptions = {}) {
  const locale = useLocale(state.locale);
  const data = useMemo(() => toDecisionLogRows(document), [document]);
  const slices = useDataTableState(state, { year: false });
  const { columnFilters, setColumnFilters, globalFilter, setGlobalFilter, expanded, setExpanded } = slices;
  // The filters offer only the committees, outcomes and years the document has.
  const options = useMemo(() => decisionFilterOptions(data), [data]);
  const filters = useValueFilters(decisionFilterColumns, options, columnFilters, setColumnFilters);

  const table = useTable({
    features: decisionLogFeatures,
    columns: decisionLogColumns,
    data,
    getRowId: (row) => row.id,
    state: slices.state,
    ...slices.handlers,
    globalFilterFn: decisionSearchFilter,
    getColumnCanGlobalFilter: (column) => column.id === "title",
    getIsRowExpanded: (row) => expanded[row.id] === true,
    getRowCanExpand: () => true,
    autoResetExpanded: false,
  });

  const rows = table.getSortedRowModel().rows;
  const items = useMemo(() => {
    const lines: DecisionLogItem[] = [];
    for (const row of rows) {
      lines.push({ kind: "item", row });
      if (expanded[row.id] === true) lines.push({ kind: "detail", row });
    }
    return lines;
  }, [rows, expanded]);
  const itemKeys = useMemo(() => items.map((item) => `${item.kind}:${item.row.id}`), [items]);

  return {
    locale,
    table,
    /** Every item of the document, in document order. */
    data,
    /** The body's lines in order (items, and open items' decisions), and a key per line. */
    items,
    itemKeys,
    /** The filtered, sorted items, without detail lines: what the CSV of the view holds. */
    rows,
    /** How many items the filters let through, of `data.length`. */
    shown: rows.length,
    globalFilter,
    setGlobalFilter,
    /** The filter columns, in toolbar order. */
    filterColumns: decisionFilterColumns,
    /** The values each filter offers: committees' labels, outcomes present, years. */
    filterOptions: options as Record<DecisionFilterColumn, readonly string[]> & {
      outcome: DecisionOutcome[];
    },
    /** A filter's value, `""` for none. */
    filterValue: filters.value,
    /** Sets a filter, `""` clears it. */
    setFilter: filters.onChange,
    /** The filters as one object for `FilterSelects`: columns, options, values and setter. */
    filters,
    toggleRow: (row: DecisionLogTableRow) =>
      setExpanded((previous) => ({ ...previous, [row.id]: previous[row.id] !== true })),
  };
}

export type DecisionLogModel = ReturnType<typeof useDecisionLog>;
