import { statusByWord } from "../../status/vocabulary";
import type { DiagnosticCollector } from "../shared/collector";
import { amountLocale, parseAmount } from "./amount";
import { type FollowUpCsvColumn, followUpCsvColumnGroups } from "./columns";
import type { CellReader, HeaderOf, LineOf, SourceRow } from "./rowFields";

// The cells the follow-up CSV repeats on each row of an initiative, read from all its rows: Excel
// users edit one row, so the rows may disagree, and the disagreement is reported, not lost.

/** The cells the export repeats on every row of an initiative: its own and its economy's. */
const repeatedColumns: readonly FollowUpCsvColumn[] = [
  ...followUpCsvColumnGroups.initiative.filter((column) => column !== "id"),
  ...followUpCsvColumnGroups.economy,
];

/**
 * One initiative's repeated cells read from all its rows. The export writes the same value on
 * each row, so a row that says something else was edited in Excel, where staff usually change
 * one row: the one they see after filtering on a round, or the top one. Of the values the rows
 * give, the one the fewest rows carry is kept; on a tie, the one that comes first in the file (so
 * of two rows that differ, the first row's: the row that opens the initiative). An empty cell
 * gives no value. Every later row that disagrees with the first is reported with both values, the
 * column's header as the file writes it, the value kept and the value not kept. Returns the cells
 * kept and the line each was read from.
 *
 * @example
 * const { cell, lineOf } = repeatedCells(rows, (column) => headerText[column], collector);
 * readInitiative("5.03", cell, lineOf, collector);
 */
export function repeatedCells(
  rows: readonly SourceRow[],
  headerOf: (column: FollowUpCsvColumn) => string,
  collector: DiagnosticCollector,
): { cell: CellReader; lineOf: LineOf } {
  const [top] = rows;
  if (top === undefined) return { cell: () => "", lineOf: () => 0 };
  if (rows.length === 1) return { cell: top.cell, lineOf: () => top.line };
  const kept = new Map<FollowUpCsvColumn, { key: string; value: string; line: number }>();
  const differences: {
    line: number;
    order: number;
    column: FollowUpCsvColumn;
    first: SeenValue;
    key: string;
    value: string;
  }[] = [];
  repeatedColumns.forEach((column, order) => {
    // By first appearance: the map keeps that order, which decides a tie.
    const values = new Map<string, { key: string; count: number; value: string; line: number }>();
    let first: SeenValue | undefined;
    rows.forEach((row) => {
      const value = row.cell(column);
      if (value.trim() === "") return;
      const key = comparable(column, value, headerOf);
      const seen = values.get(key);
      if (seen === undefined) values.set(key, { key, count: 1, value, line: row.line });
      else seen.count += 1;
      if (first === undefined) first = { key, value, line: row.line };
      else if (key !== first.key) differences.push({ line: row.line, order, column, first, key, value });
    });
    let chosen: { key: string; count: number; value: string; line: number } | undefined;
    for (const candidate of values.values())
      if (chosen === undefined || candidate.count < chosen.count) chosen = candidate;
    kept.set(column, chosen ?? { key: "", value: top.cell(column), line: top.line });
  });
  differences.sort((a, b) => a.line - b.line || a.order - b.order);
  for (const { line, column, first, key, value } of differences) {
    const chosen = kept.get(column);
    collector.add(
      "warning",
      "import.repeated-cell-differs",
      line,
      {
        column: headerOf(column),
        first: first.value,
        firstLine: first.line,
        value,
        kept: chosen?.value ?? "",
        // Of the two values this finding compares, the one not used (this row's, unless it is the one kept).
        notKept: chosen?.key === key ? first.value : value,
      },
      value,
    );
  }
  return {
    cell: (column) => kept.get(column)?.value ?? top.cell(column),
    lineOf: (column) => kept.get(column)?.line ?? top.line,
  };
}

interface SeenValue {
  key: string;
  value: string;
  line: number;
}

/** A cell as compared between rows: "Rød" and "rød" are one status, "1.500" and "1,5" one amount. */
function comparable(column: FollowUpCsvColumn, value: string, headerOf: HeaderOf): string {
  const text = value.trim();
  if (column === "economyStatus") return statusByWord(text.toLowerCase()) ?? text.toLowerCase();
  if (column === "amount") return String(parseAmount(text, amountLocale(headerOf("amount"))) ?? text);
  return text;
}
