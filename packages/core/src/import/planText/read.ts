import type { Activity, PlanDocument } from "../../model/plan.schema";
import { type DiagnosticCollector, importText } from "../shared/collector";
import { headerDate, inferYear, readHeader, reportHeader } from "../shared/header";
import { isDebris, type SourceLine, sourceLines } from "../shared/lines";
import { readableText } from "../shared/normalize";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import { inlineMarkup, pipeRow, stripBold } from "./cells";
import type { PlanColumn } from "./columns";
import { planDocument } from "./planDocument";
import { type PlanReading, PlanTable } from "./tableRows";
import { PlanProse } from "./tracks";

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
  return readPlanText(text, options, { wholeRows: false });
}

/**
 * `importPlanText` for a text whose table rows are whole rows (a Word file's, where a table row
 * never breaks into two): a row whose first cell is empty is a row of its own, not the rest of the
 * row above cut by a page break, and a row of empty cells is no activity.
 *
 * @example
 * readPlanText(wordText, options, { wholeRows: true });
 */
export function readPlanText(
  text: string,
  options: PlanImportOptions,
  rows: { wholeRows: boolean },
): ImportResult<PlanDocument> {
  return importText(text, options, (collector) => {
    const source = readableText(text, collector, { recoverColumns: true });
    const reader = new PlanReader(sourceLines(source), options, collector, rows.wholeRows);
    return { read: () => reader.read(), partial: () => reader.assemble() };
  });
}

/**
 * Reads a plan's lines, each by its kind: table rows (`PlanTable`), and headings, paragraphs and
 * bullets (`PlanProse`), into one list of activities in the order read.
 */
/**
 * A list item as Word copies it to text, its bullet ("•", Symbol's U+F0B7) or its number ("1.",
 * "b)") and a tab: no table row. A numbered item is its number, one tab and text with no other tab;
 * a line with more cells or an empty one ("2.⇥⇥9. maj") is a row of a table with a column of numbers.
 */
const tabBullet = /^( *)(?:[•·▪\uF0B7]\t+(.*)|((?:\d{1,2}|[a-zA-Z])[.)])\t([^\t]+))$/;

class PlanReader {
  private metadata: PlanDocument["metadata"] = { title: "Uden titel" };
  private readonly reading: PlanReading;
  private readonly prose: PlanProse;
  private readonly table: PlanTable;

  constructor(
    private readonly lines: SourceLine[],
    private readonly options: PlanImportOptions,
    private readonly collector: DiagnosticCollector,
    wholeRows: boolean,
  ) {
    this.reading = { activities: [], year: undefined, collector };
    const prose = new PlanProse(this.reading);
    this.prose = prose;
    // A table's header and rows end the track above them (what follows is not its text), and its
    // rows are activities of the track under whose heading it stands.
    this.table = new PlanTable(this.reading, options.columns, prose, wholeRows);
  }

  read(): PlanDocument | null {
    const header = readHeader(this.lines);
    this.metadata = { ...header.metadata, title: header.metadata.title ?? "Uden titel" };
    reportHeader(header, this.collector);
    const body = this.lines.slice(header.bodyStart);
    const prose = body
      .filter((line) => !line.text.includes("\t") || tabBullet.test(line.text))
      .map((line) => line.text);
    const year = inferYear(
      `${this.metadata.title}\n${prose.join("\n")}`,
      this.metadata.date,
      this.options.year ?? header.metadata.year,
      this.collector,
    );
    this.reading.year = year;
    if (year !== undefined) this.metadata.year = year;
    // A year given, not one guessed from the text: the document's own date may lie the year before.
    const date = headerDate(header, this.options.year ?? header.metadata.year, this.collector);
    if (date !== undefined) this.metadata.date = date;
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
    const { prose, table } = this;
    if (isDebris(text)) {
      prose.flushList();
      return;
    }
    const pipeCells = pipeRow(text);
    if (pipeCells !== null) {
      prose.flushList();
      if (pipeCells.every((cell) => cell === "" || /^[-:\s]+$/.test(cell))) return;
      table.cells(pipeCells, line);
      return;
    }
    const copiedBullet = tabBullet.exec(text);
    if (copiedBullet) {
      table.endRow();
      const text =
        copiedBullet[3] === undefined ? (copiedBullet[2] ?? "") : `${copiedBullet[3]} ${copiedBullet[4]}`;
      prose.bullet((copiedBullet[1] ?? "").length, text, line);
      return;
    }
    if (text.includes("\t")) {
      prose.flushList();
      table.cells(text.split("\t"), line);
      return;
    }
    table.endRow();
    const heading = /^#{1,6}\s+(.*)$/.exec(text.trim()) ?? /^\*\*(.+)\*\*$/.exec(text.trim());
    if (heading) {
      prose.flushList();
      prose.heading(stripBold(heading[1] ?? ""), line);
      return;
    }
    // Word's autoformat turns "- " into "– ", and its bullets copy as "•" or "·": each is a bullet.
    const bullet = /^(\s*)[-*•–·▪\uF0B7]\s+(.*)$/.exec(text);
    if (bullet) {
      prose.bullet((bullet[1] ?? "").length, bullet[2] ?? "", line);
      return;
    }
    prose.flushList();
    prose.paragraph(inlineMarkup(text.trim()));
  }

  assemble(): PlanDocument | null {
    this.table.finishRow();
    this.prose.finishItem();
    this.prose.flushList();
    const { activities } = this.reading;
    if (activities.length === 0) this.collector.add("error", "import.no-table", undefined);
    return planDocument(this.metadata, this.prose.introduction, this.prose.tracks, activities);
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
