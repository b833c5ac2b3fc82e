import { parseDanishDate } from "../../date/parseDanishDate";
import type { DateExpression } from "../../model/common.schema";
import type { Activity, PlanDocument, Track } from "../../model/plan.schema";
import { escapeHtml, sanitizeRichText } from "../../richText/richText";
import { ownValue } from "../shared/cells";
import { type DiagnosticCollector, importText } from "../shared/collector";
import { inferYear, readHeader } from "../shared/header";
import { IdAllocator } from "../shared/ids";
import { isDebris, type SourceLine, sourceLines } from "../shared/lines";
import { readableText } from "../shared/normalize";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import { reportUnknownColumns } from "../shared/rowReports";
import { activityDate, activityFromCells } from "./activityRow";
import { inlineMarkup, joinContinued, pipeRow, stripBold } from "./cells";
import { columnName, type PlanColumn, planColumnNames } from "./columns";
import { planDocument } from "./planDocument";

export interface PlanImportOptions extends CommonImportOptions {
  /** Which column holds what, by header text, when the names are not the usual Danish or English ones. */
  columns?: Record<string, PlanColumn>;
}

/**
 * Reads the text of a plan, communication plan or programme (tab-separated or pipe tables as
 * extracted from Word, plus headings, paragraphs and bullet lists) into a `plan` document.
 * Never throws; what it cannot place is reported with its line and raw text.
 *
 * @example
 * const { document } = importPlanText(text);
 * document?.activities[0]; // { id: "a1", date: { text: "Løbende", kind: "ongoing", ... }, theme: "...", ... }
 */
export function importPlanText(text: string, options: PlanImportOptions = {}): ImportResult<PlanDocument> {
  return importText(text, options, (collector) => {
    const source = readableText(text, collector, { recoverColumns: true });
    const reader = new PlanReader(sourceLines(source), options, collector);
    return { read: () => reader.read(), partial: () => reader.assemble() };
  });
}

type Row = { cells: string[]; line: SourceLine };

class PlanReader {
  private metadata: PlanDocument["metadata"] = { title: "Uden titel" };
  private year: number | undefined;
  private readonly introduction: string[] = [];
  private readonly tracks: (Track & { paragraphs: string[] })[] = [];
  private readonly activities: Activity[] = [];
  private track: (Track & { paragraphs: string[] }) | null = null;
  private readonly trackIds = new IdAllocator();
  private columns: (PlanColumn | string)[] | null = null;
  /**
   * The last table row: its cells, and once it is continued, its cells as pieces of the lines it was
   * continued over, read again when complete. The pieces are made only then: an array per cell of
   * every row cost a long line of cells its memory many times over.
   */
  private lastRow: {
    activity: Activity;
    cells: string[];
    pieces: string[][] | null;
    /** Where the diagnostics of the row's first read lie in the collector's items, replaced when it is read again. */
    reported: { start: number; end: number };
    line: SourceLine;
    continued: boolean;
  } | null = null;
  private lastItem: { activity: Activity; nested: string[]; pending: boolean } | null = null;
  private listItems: string[] = [];
  private sawTable = false;

  constructor(
    private readonly lines: SourceLine[],
    private readonly options: PlanImportOptions,
    private readonly collector: DiagnosticCollector,
  ) {}

  read(): PlanDocument | null {
    const header = readHeader(this.lines);
    this.metadata = { ...header.metadata, title: header.metadata.title ?? "Uden titel" };
    if (header.metadata.title === undefined) this.collector.add("warning", "import.no-title", undefined);
    const body = this.lines.slice(header.bodyStart);
    const prose = body.filter((line) => !line.text.includes("\t")).map((line) => line.text);
    this.year = inferYear(
      `${this.metadata.title}\n${prose.join("\n")}`,
      this.metadata.date,
      this.options.year,
      this.collector,
    );
    if (this.year !== undefined) this.metadata.year = this.year;
    for (const line of body) this.readLine(line);
    const document = this.assemble();
    // No activity (reported as import.no-table): nothing was understood, so there is no plan.
    if (document === null || document.activities.length === 0) return null;
    // Rows with tabs but no title above them and not one date among them: a list of names or a
    // pasted spreadsheet of something else would otherwise pass as a plan.
    if (header.metadata.title === undefined && !document.activities.some(hasDate)) {
      this.collector.add("error", "import.nothing-understood", undefined, { kind: "dated-activities" });
      return null;
    }
    return document;
  }

  private readLine(line: SourceLine): void {
    const text = line.text;
    if (isDebris(text)) {
      this.flushList();
      return;
    }
    const pipeCells = pipeRow(text);
    if (pipeCells !== null) {
      this.flushList();
      if (pipeCells.every((cell) => cell === "" || /^[-:\s]+$/.test(cell))) return;
      this.tableCells(pipeCells, line);
      return;
    }
    if (text.includes("\t")) {
      this.flushList();
      this.tableLine(line);
      return;
    }
    this.finishRow();
    this.lastRow = null;
    const heading = /^#{1,6}\s+(.*)$/.exec(text.trim()) ?? /^\*\*(.+)\*\*$/.exec(text.trim());
    if (heading) {
      this.flushList();
      this.heading(stripBold(heading[1] ?? ""));
      return;
    }
    const bullet = /^(\s*)[-*•]\s+(.*)$/.exec(text);
    if (bullet) {
      this.bullet((bullet[1] ?? "").length, bullet[2] ?? "", line);
      return;
    }
    this.flushList();
    this.paragraph(inlineMarkup(text.trim()));
  }

  private heading(text: string): void {
    const track = /^Ad\s+(\w+)\)\s*(.*)$/i.exec(text);
    if (track) {
      const label = track[1] ?? "";
      // A heading that repeats ("Ad 2) … (fortsat)") starts a track of its own, with an id of its own.
      const entry = {
        id: this.trackIds.take(`ad-${label}`),
        label,
        title: (track[2] ?? "").trim() || text,
        paragraphs: [],
      };
      this.tracks.push(entry);
      this.track = entry;
      this.finishItem();
      this.lastItem = null;
      return;
    }
    // Any other heading ends the tracks and stands in the free text.
    this.track = null;
    this.finishItem();
    this.lastItem = null;
    this.introduction.push(`<p><strong>${escapeHtml(text)}</strong></p>`);
  }

  private paragraph(html: string): void {
    if (this.track !== null) this.track.paragraphs.push(`<p>${html}</p>`);
    else this.introduction.push(`<p>${html}</p>`);
  }

  private bullet(indent: number, text: string, line: SourceLine): void {
    if (this.track === null) {
      this.listItems.push(inlineMarkup(text));
      return;
    }
    if (indent > 0 && this.lastItem !== null) {
      // The description is made once the item is complete: remade at every nested bullet, it
      // took quadratic time.
      this.lastItem.nested.push(inlineMarkup(text));
      this.lastItem.pending = true;
      return;
    }
    this.trackItem(text, line);
  }

  private flushList(): void {
    if (this.listItems.length === 0) return;
    this.introduction.push(`<ul>${this.listItems.map((item) => `<li>${item}</li>`).join("")}</ul>`);
    this.listItems = [];
  }

  private descriptions = new WeakMap<Activity, string>();

  /** Gives the last track item the nested bullets read since its line. */
  private finishItem(): void {
    const item = this.lastItem;
    if (item === null || !item.pending) return;
    item.pending = false;
    item.activity.description = this.itemDescription(item);
  }

  private itemDescription(item: { activity: Activity; nested: string[] }): string {
    const lead = this.descriptions.get(item.activity) ?? "";
    const list =
      item.nested.length > 0 ? `<ul>${item.nested.map((entry) => `<li>${entry}</li>`).join("")}</ul>` : "";
    return sanitizeRichText(lead !== "" && list !== "" ? `<p>${lead}</p>${list}` : `${lead}${list}`).html;
  }

  /** "**Kattegatkursus:** Omhandler … (15.-17. marts eller 22.-24. marts 2018)" */
  private trackItem(raw: string, line: SourceLine): void {
    let text = raw.trim();
    let dateText = "";
    const trailing = /\(([^()]*)\)\s*\.?$/.exec(text);
    if (trailing && parseDanishDate(trailing[1] ?? "", this.dateOptions()).ok) {
      dateText = (trailing[1] ?? "").trim();
      text = text.slice(0, trailing.index).trim();
    }
    text = text.replace(/^[a-z]\.\s+/, "");
    let title: string;
    let rest: string;
    const bold = /^\*\*(.+?)\*\*\s*(.*)$/.exec(text);
    const labelled = /^([^:]{3,80}):\s+(.*)$/.exec(text);
    if (bold) {
      title = (bold[1] ?? "").trim().replace(/[:.]$/, "").trim();
      rest = bold[2] ?? "";
    } else if (labelled) {
      title = (labelled[1] ?? "").trim();
      rest = labelled[2] ?? "";
    } else {
      title = text;
      rest = "";
    }
    const activity: Activity = {
      id: `a${this.activities.length + 1}`,
      date: this.date(dateText, line),
      title: stripBold(title),
      track: this.track?.id,
      tags: [],
    };
    const lead = inlineMarkup(rest.trim());
    this.descriptions.set(activity, lead);
    const description = sanitizeRichText(lead).html;
    if (description !== "") activity.description = description;
    if (activity.track === undefined) delete activity.track;
    this.activities.push(activity);
    this.finishItem();
    this.lastItem = { activity, nested: [], pending: false };
  }

  private dateOptions() {
    return this.year === undefined ? {} : { year: this.year };
  }

  private date(text: string, line: SourceLine): DateExpression {
    return activityDate(text, line, this.year, this.collector);
  }

  private fromCells(cells: string[], line: SourceLine, id: string): Activity {
    return activityFromCells(cells, line, id, { columns: this.columns, year: this.year }, this.collector);
  }

  private tableLine(line: SourceLine): void {
    this.tableCells(line.text.split("\t"), line);
  }

  /** A table's row, or its header row when its cells name at least two columns, one the date. */
  private tableCells(cells: string[], line: SourceLine): void {
    const names = cells.map((cell) => this.columnFor(cell));
    const known = names.filter((name) => name !== null);
    if (known.length >= 2 && known.includes("date") && !this.sawTable) {
      this.columns = cells.map((cell, index) => names[index] ?? columnName(cell) ?? cell.trim());
      reportUnknownColumns(
        cells.map((cell) => columnName(cell) ?? cell),
        names.map((name) => name !== null),
        line.number,
        this.collector,
      );
      this.track = null;
      return;
    }
    this.tableRow({ cells, line });
  }

  private columnFor(cell: string): PlanColumn | null {
    const fromOptions = ownValue(this.options.columns, cell.trim());
    if (fromOptions !== undefined) return fromOptions;
    const name = columnName(cell);
    if (name === null) return null;
    return ownValue(this.options.columns, name) ?? ownValue(planColumnNames, name.toLowerCase()) ?? null;
  }

  private tableRow({ cells, line }: Row): void {
    this.sawTable = true;
    this.track = null;
    // A row whose first cells are empty continues the row above, split by a page break.
    if ((cells[0] ?? "").trim() === "" && this.lastRow !== null) {
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
      return;
    }
    this.finishRow();
    const start = this.collector.items.length;
    const activity = this.fromCells(cells, line, `a${this.activities.length + 1}`);
    this.activities.push(activity);
    const reported = { start, end: this.collector.items.length };
    this.lastRow = { activity, cells, pieces: null, reported, line, continued: false };
  }

  /** Reads a row continued after page breaks again, with its cells joined. */
  private finishRow(): void {
    const row = this.lastRow;
    if (row === null || !row.continued || row.pieces === null) return;
    row.continued = false;
    const merged = row.pieces.map((pieces) => pieces.join(""));
    // What the first read reported is reported again, from the whole row: once for the line.
    const { start, end } = row.reported;
    this.collector.items.splice(start, end - start);
    const again = this.collector.items.length;
    const replaced = this.fromCells(merged, row.line, row.activity.id);
    row.reported = { start: again, end: this.collector.items.length };
    Object.assign(row.activity, replaced);
    for (const key of Object.keys(row.activity) as (keyof Activity)[]) {
      if (!(key in replaced)) delete row.activity[key];
    }
  }

  assemble(): PlanDocument | null {
    this.finishRow();
    this.finishItem();
    this.flushList();
    if (this.activities.length === 0) this.collector.add("error", "import.no-table", undefined);
    return planDocument(this.metadata, this.introduction, this.tracks, this.activities);
  }
}

/**
 * Whether the row's date cell is a date: understood ("Løbende" too), or one milepael recognised but
 * could not place ("8. maj" with no year anywhere, "30. februar").
 */
function hasDate(activity: Activity): boolean {
  const { kind, reason } = activity.date;
  return kind !== null || (reason !== "not-a-date" && reason !== "empty" && reason !== "too-long");
}
