// A plan's table: its header row (which column holds what) and its rows, each an activity, with a
// row split by a page break read again once complete.

import type { Activity } from "../../model/plan.schema";
import { ownValue } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import type { SourceLine } from "../shared/lines";
import { cappedRaw, reportUnknownColumns } from "../shared/rowReports";
import { activityFromCells } from "./activityRow";
import { joinContinued } from "./cells";
import { columnName, type PlanColumn, planColumnOf } from "./columns";
import type { PlanProse } from "./tracks";

/** What the parts of a plan's reading share: the activities in reading order, the year, the findings. */
export interface PlanReading {
  /** Every activity read so far, the table's and the tracks' alike: their ids count them. */
  readonly activities: Activity[];
  /** The year dates without one are read in; set once the header is read. */
  year: number | undefined;
  readonly collector: DiagnosticCollector;
}

/** The last row read, to continue when the next line starts with empty cells. */
interface LastRow {
  activity: Activity;
  cells: string[];
  /**
   * Once the row is continued, its cells as pieces of the lines it was continued over, read again
   * when complete. The pieces are made only then: an array per cell of every row cost a long line
   * of cells its memory many times over.
   */
  pieces: string[][] | null;
  /** Where the diagnostics of the row's first read lie in the collector's items, replaced when it is read again. */
  reported: { start: number; end: number };
  line: SourceLine;
  continued: boolean;
}

/**
 * The rows of a plan's table (tab-separated or pipe rows) as activities, in the order read: the
 * first row that names at least two columns, one the date, is the header; a row whose first cell
 * is empty continues the row above. `prose` is told of every header and row (they end a track's
 * free text), and gives the rows the track under whose heading the table stands.
 *
 * @example
 * const table = new PlanTable(reading, options.columns, prose);
 * table.cells(["Dato", "Aktivitet"], line); // the header
 * table.cells(["8. maj", "Kick-off"], next); // reading.activities[0]
 */
export class PlanTable {
  private columns: (PlanColumn | string)[] | null = null;
  private lastRow: LastRow | null = null;
  private sawTable = false;
  /** The header's cells as names, to know the header again where a page repeats it. */
  private headerNames: string | null = null;

  constructor(
    private readonly reading: PlanReading,
    /** Which column holds what, by header text (`PlanImportOptions.columns`). */
    private readonly columnOptions: Record<string, PlanColumn> | undefined,
    private readonly prose: Pick<PlanProse, "endTrack" | "tableTrack">,
    /** Rows are whole (a Word table's): an empty first cell starts a row, it does not continue one. */
    private readonly wholeRows = false,
  ) {}

  /** A table's row, or its header row when its cells name at least two columns, one the date. */
  cells(cells: string[], line: SourceLine): void {
    const names = cells.map((cell) => this.columnFor(cell));
    const known = names.filter((name) => name !== null);
    const namesHeader = known.length >= 2 && known.includes("date");
    const headerNames = namesHeader
      ? cells.map((cell) => (columnName(cell) ?? cell.trim()).toLowerCase()).join("\t")
      : null;
    // Word repeats a table's header row on each page it prints (a PDF's text has it again): no row.
    // The row above stays open, so that a row the page broke still continues below the header.
    if (headerNames !== null && this.sawTable && headerNames === this.headerNames) {
      this.reading.collector.add("info", "import.header-repeated", line.number, {}, cells.join("\t"));
      return;
    }
    if (headerNames !== null && !this.sawTable) {
      this.headerNames = headerNames;
      this.columns = cells.map((cell, index) => names[index] ?? columnName(cell) ?? cell.trim());
      reportUnknownColumns(
        cells.map((cell) => columnName(cell) ?? cell),
        names.map((name) => name !== null),
        line.number,
        this.reading.collector,
      );
      this.prose.endTrack();
      return;
    }
    this.row(cells, line);
  }

  /** Completes the last row: a line that is no table row ends it, and so does the end of the text. */
  endRow(): void {
    this.finishRow();
    this.lastRow = null;
  }

  /** Reads a row continued after page breaks again, with its cells joined. */
  finishRow(): void {
    const row = this.lastRow;
    if (row === null || !row.continued || row.pieces === null) return;
    row.continued = false;
    const merged = row.pieces.map((pieces) => pieces.join(""));
    // What the first read reported is reported again, from the whole row: once for the line.
    const { items } = this.reading.collector;
    const { start, end } = row.reported;
    items.splice(start, end - start);
    const again = items.length;
    const replaced = this.activity(merged, row.line, row.activity.id);
    row.reported = { start: again, end: items.length };
    Object.assign(row.activity, replaced);
    for (const key of Object.keys(row.activity) as (keyof Activity)[]) {
      if (!(key in replaced)) delete row.activity[key];
    }
  }

  private columnFor(cell: string): PlanColumn | null {
    const fromOptions = ownValue(this.columnOptions, cell.trim());
    if (fromOptions !== undefined) return fromOptions;
    const name = columnName(cell);
    if (name === null) return null;
    return ownValue(this.columnOptions, name) ?? planColumnOf(name) ?? null;
  }

  private row(cells: string[], line: SourceLine): void {
    this.sawTable = true;
    this.prose.endTrack();
    if (this.wholeRows && cells.every((cell) => cell.trim() === "")) return;
    // A row whose first cells are empty continues the row above, split by a page break.
    if (!this.wholeRows && (cells[0] ?? "").trim() === "" && this.lastRow !== null) {
      // Joined piece by piece and read again once the row is complete: re-joining and re-reading
      // the whole row at every continued line took quadratic time (16,000 lines: 70 s).
      this.lastRow.pieces ??= this.lastRow.cells.map((cell) => [cell]);
      const pieces = this.lastRow.pieces;
      cells.forEach((cell, index) => {
        const continued = pieces[index];
        if (continued === undefined) pieces.push([cell]);
        else joinContinued(continued, cell);
      });
      this.lastRow.continued = true;
      // A page break leaves a cell's last words, seldom more: a line of several cells may be an
      // activity of its own whose date the author left out, so the join is said, not done silently.
      if (cells.filter((cell) => cell.trim() !== "").length >= 2)
        this.reading.collector.add("info", "import.row-joined", line.number, {}, cappedRaw(line.text));
      return;
    }
    this.finishRow();
    const { activities, collector } = this.reading;
    const start = collector.items.length;
    const activity = this.activity(cells, line, `a${activities.length + 1}`);
    activities.push(activity);
    const reported = { start, end: collector.items.length };
    this.lastRow = { activity, cells, pieces: null, reported, line, continued: false };
  }

  private activity(cells: string[], line: SourceLine, id: string): Activity {
    const table = { columns: this.columns, year: this.reading.year };
    const activity = activityFromCells(cells, line, id, table, this.reading.collector);
    const track = this.prose.tableTrack();
    // A track column, where the table has one, says more than the heading above the table.
    return track === undefined || activity.track !== undefined ? activity : { ...activity, track };
  }
}
