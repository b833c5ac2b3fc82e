import type { DecisionOutcome } from "@milepael/core/lite";
import { createColumnHelper, type FilterFn, type Row, tableFeatures } from "@tanstack/react-table";
import { dataTableFeatures } from "../internal/dataTableFeatures";
import { type DecisionLogRow, outcomeOrder } from "./decisionRows";

// v9: features are explicit and stable, so they live at module scope (as the milestone table's).
export const decisionLogFeatures = tableFeatures(dataTableFeatures);
export type DecisionLogFeatures = typeof decisionLogFeatures;
export type DecisionLogTableRow = Row<DecisionLogFeatures, DecisionLogRow>;

/** The columns a reader filters by, each by its exact value. */
export const decisionFilterColumns = ["committee", "outcome", "year"] as const;
export type DecisionFilterColumn = (typeof decisionFilterColumns)[number];

/** The exact value (compared as text, so a year from a select matches), or anything when empty. */
const exactFilter: FilterFn<DecisionLogFeatures, DecisionLogRow> = (row, columnId, value) =>
  value === undefined || value === "" || String(row.getValue(columnId)) === String(value);

/** Free-text search in what `toDecisionLogRows` collected. */
export const decisionSearchFilter: FilterFn<DecisionLogFeatures, DecisionLogRow> = (row, _columnId, value) =>
  typeof value !== "string" || row.original.searchText.includes(value.trim().toLocaleLowerCase("da"));

const helper = createColumnHelper<DecisionLogFeatures, DecisionLogRow>();

/**
 * The decision log's columns: date, committee, item (number and title), outcome, case number,
 * and the year (hidden; it filters). Headers are the view's words.
 *
 * @example
 * decisionLogColumns.map((column) => column.id); // ["date", "committee", "title", "outcome", "caseNumber", "year"]
 */
export const decisionLogColumns = helper.columns([
  helper.accessor((row) => row.date, { id: "date", sortFn: "alphanumeric" }),
  helper.accessor((row) => row.committee, { id: "committee", sortFn: "alphanumeric", filterFn: exactFilter }),
  helper.accessor((row) => `${row.number}. ${row.title}`, {
    id: "title",
    sortFn: "alphanumeric",
    enableHiding: false,
  }),
  helper.accessor((row): DecisionOutcome => row.outcome, {
    id: "outcome",
    sortFn: (a, b, columnId) =>
      outcomeOrder.indexOf(a.getValue<DecisionOutcome>(columnId)) -
      outcomeOrder.indexOf(b.getValue<DecisionOutcome>(columnId)),
    filterFn: exactFilter,
  }),
  helper.accessor((row) => row.caseNumber ?? "", { id: "caseNumber", sortFn: "alphanumeric" }),
  helper.accessor((row) => row.year, { id: "year", filterFn: exactFilter }),
]);
