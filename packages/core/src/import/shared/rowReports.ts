// Reports about a table row or header that take one diagnostic per row, however many cells it has:
// a line of a million cells must not make a million diagnostics (time and memory grew with them).

import { unescapeCell } from "./cells";
import type { DiagnosticCollector } from "./collector";

/** The most of a row's text a diagnostic carries; the row's cells themselves are kept in the document. */
export const maxRawRowLength = 1_000;

/**
 * The text as a diagnostic's `raw`: at most `maxRawRowLength` characters, an ellipsis marking the cut.
 *
 * @example
 * cappedRaw("a\t".repeat(10_000)).length; // 1001
 */
export function cappedRaw(text: string): string {
  return text.length > maxRawRowLength ? `${text.slice(0, maxRawRowLength)}…` : text;
}

/**
 * Reports a row's cells beyond its table's columns once for the row: `import.extra-cells` with
 * their number and the row's text (capped). Nothing when the extra cells are all empty.
 *
 * @example
 * reportExtraCells(["8. maj", "Møde", "x", "y"], 2, "8. maj\tMøde\tx\ty", 4, collector); // one warning, count 2
 */
export function reportExtraCells(
  cells: readonly string[],
  columnCount: number,
  rowText: string,
  line: number,
  collector: DiagnosticCollector,
): void {
  if (cells.length <= columnCount) return;
  let filled = false;
  for (let index = columnCount; index < cells.length && !filled; index += 1)
    filled = (cells[index] ?? "").trim() !== "";
  if (!filled) return;
  collector.add(
    "warning",
    "import.extra-cells",
    line,
    { count: cells.length - columnCount },
    cappedRaw(rowText),
  );
}

/** Up to this many unknown columns in a header are reported one by one; more, once for the header. */
export const maxUnknownColumnsEach = 20;

/**
 * Reports a header's columns milepael does not know: each as `import.unknown-column`, or, when
 * there are more than `maxUnknownColumnsEach`, once for the header as `import.unknown-columns`
 * with their number and names (capped).
 *
 * @example
 * reportUnknownColumns(["Dato", "Sted"], [true, false], 1, collector); // info: the column "Sted" is not known
 */
export function reportUnknownColumns(
  cells: readonly string[],
  known: readonly boolean[],
  line: number,
  collector: DiagnosticCollector,
): void {
  const unknown: string[] = [];
  cells.forEach((cell, index) => {
    if (!known[index] && cell.trim() !== "") unknown.push(cell.trim());
  });
  if (unknown.length <= maxUnknownColumnsEach) {
    for (const column of unknown) collector.add("info", "import.unknown-column", line, { column });
    return;
  }
  const names = unknown.slice(0, maxUnknownColumnsEach * 5).join(", ");
  collector.add("info", "import.unknown-columns", line, { count: unknown.length }, cappedRaw(names));
}

/**
 * Reports a CSV row's cells that no column reads, once for the row (a sheet of 8,000 unknown
 * columns is one report a row, not 8,000): `import.cell-ignored`, named by the first and last such
 * column with their `count` when there are several, and each cell's text under its column's name,
 * so nothing is lost silently. It looks at
 * the first `width` cells: the header's width when the importer reports cells beyond it apart, or
 * the whole row, whose cells beyond the header are named by their place (`#9`).
 *
 * @example
 * reportUnreadCells(row, header.cells, columns, collector); // "import.cell-ignored": "Mødested: Rådhuset"
 */
export function reportUnreadCells(
  row: { readonly cells: readonly string[]; readonly line: number },
  header: readonly string[],
  columns: readonly (string | null)[],
  collector: DiagnosticCollector,
  width = row.cells.length,
): void {
  const ignored: string[] = [];
  const names: string[] = [];
  for (let index = 0; index < width; index += 1) {
    const cell = row.cells[index] ?? "";
    if ((columns[index] ?? null) !== null || cell.trim() === "") continue;
    const name = header[index]?.trim() || `#${index + 1}`;
    names.push(name);
    ignored.push(`${name}: ${unescapeCell(cell)}`);
  }
  if (names.length === 0) return;
  const params =
    names.length === 1
      ? { column: names[0] as string }
      : { column: `${names[0]}–${names.at(-1)}`, count: names.length };
  collector.add("info", "import.cell-ignored", row.line, params, ignored.join("\n"));
}
