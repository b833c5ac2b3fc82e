import { unescapeCell } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import type { DelimitedRow } from "../shared/delimited";
import { cappedRaw, maxUnknownColumnsEach } from "../shared/rowReports";
import type { MeetingCsvColumn } from "./csvColumns";

// What the meetings CSV importer does not read, said so that nothing is lost silently.

/**
 * The header's unknown columns, once for the header: their names (capped) and number.
 *
 * @example
 * reportUnknownHeaders(header, headerColumns(header.cells, meetingCsvColumnByHeader), collector);
 */
export function reportUnknownHeaders(
  header: DelimitedRow,
  columns: readonly (MeetingCsvColumn | null)[],
  collector: DiagnosticCollector,
) {
  const unknown: string[] = [];
  header.cells.forEach((cell, index) => {
    if (columns[index] === null && cell.trim() !== "") unknown.push(`"${cell.trim()}"`);
  });
  if (unknown.length === 0) return;
  const shown = unknown.slice(0, maxUnknownColumnsEach).join(", ");
  collector.add("info", "meetings.csv-unknown-columns", header.line, {
    count: unknown.length,
    columns: unknown.length > maxUnknownColumnsEach ? `${shown}, …` : shown,
  });
}

/**
 * A row's cells that are not read, so that nothing is lost silently: each cell under an unknown
 * column with its text, and the cells beyond the header once for the row.
 *
 * @example
 * reportIgnoredCells(row, header.cells, columns, collector); // "import.cell-ignored": "Mødested: Rådhuset"
 */
export function reportIgnoredCells(
  row: DelimitedRow,
  header: readonly string[],
  columns: readonly (MeetingCsvColumn | null)[],
  collector: DiagnosticCollector,
) {
  // One finding for the row, however many columns it has that no field takes (a sheet of 8,000
  // extra columns is one report a row, not 8,000): each cell's text under its column's name.
  const width = Math.min(row.cells.length, header.length);
  const ignored: string[] = [];
  const names: string[] = [];
  for (let index = 0; index < width; index += 1) {
    const cell = row.cells[index] ?? "";
    if (columns[index] !== null || cell.trim() === "") continue;
    const name = header[index]?.trim() || `#${index + 1}`;
    names.push(name);
    ignored.push(`${name}: ${unescapeCell(cell)}`);
  }
  if (names.length > 0)
    collector.add(
      "info",
      "import.cell-ignored",
      row.line,
      { column: names.length === 1 ? (names[0] as string) : `${names[0]}–${names.at(-1)}` },
      ignored.join("\n"),
    );
  let extra = 0;
  for (let index = header.length; index < row.cells.length; index += 1)
    if ((row.cells[index] ?? "").trim() !== "") extra += 1;
  if (extra > 0)
    collector.add(
      "warning",
      "meetings.csv-extra-cells",
      row.line,
      { count: extra },
      cappedRaw(row.cells.slice(header.length).join(";")),
    );
}
