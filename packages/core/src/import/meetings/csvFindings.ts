import type { DiagnosticCollector } from "../shared/collector";
import type { DelimitedRow } from "../shared/delimited";
import { cappedRaw, maxUnknownColumnsEach, reportUnreadCells } from "../shared/rowReports";
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
 * A row's cells that are not read, so that nothing is lost silently: the cells under unknown
 * columns once for the row (`reportUnreadCells`), and the cells beyond the header once for the row.
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
  reportUnreadCells(row, header, columns, collector, Math.min(row.cells.length, header.length));
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
