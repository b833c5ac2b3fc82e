import { parseDanishDate } from "../../date/parseDanishDate";
import type { DateExpression } from "../../model/common.schema";
import { toDateExpression } from "../../model/dateExpression";
import type { Activity, PlanDocument, planKinds, Track } from "../../model/plan.schema";
import { escapeHtml, richTextToPlainText, sanitizeRichText } from "../../richText/richText";
import { ownValue, sanitizeCell } from "../shared/cells";
import { type DiagnosticCollector, importText } from "../shared/collector";
import { inferYear, readHeader } from "../shared/header";
import { isDebris, type SourceLine, sourceLines } from "../shared/lines";
import { readableText } from "../shared/normalize";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import { isPlanColumn, type PlanColumn, planColumnNames } from "./columns";

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
  private columns: (PlanColumn | string)[] | null = null;
  /** The last table row, its cells as pieces of the lines it was continued over, read again when complete. */
  private lastRow: { activity: Activity; cells: string[][]; line: SourceLine; continued: boolean } | null =
    null;
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
    return document !== null && document.activities.length === 0 ? null : document;
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
      this.tableRow({ cells: pipeCells, line });
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
      const entry = { id: `ad-${label}`, label, title: (track[2] ?? "").trim() || text, paragraphs: [] };
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
    const date = toDateExpression(text, this.dateOptions());
    if (text.trim() === "")
      this.collector.add("info", "import.activity-without-date", line.number, {}, line.text);
    else if (date.kind === null) {
      this.collector.add(
        "warning",
        "import.date-not-understood",
        line.number,
        { text, reason: date.reason ?? "" },
        line.text,
      );
    }
    return date;
  }

  private tableLine(line: SourceLine): void {
    const cells = line.text.split("\t");
    const names = cells.map((cell) => this.columnFor(cell));
    const known = names.filter((name) => name !== null);
    if (known.length >= 2 && known.includes("date") && !this.sawTable) {
      this.columns = cells.map((cell, index) => names[index] ?? cell.trim());
      for (const [index, name] of names.entries()) {
        const header = (cells[index] ?? "").trim();
        if (name === null && header !== "")
          this.collector.add("info", "import.unknown-column", line.number, { column: header });
      }
      this.track = null;
      return;
    }
    this.tableRow({ cells, line });
  }

  private columnFor(cell: string): PlanColumn | null {
    const name = cell.trim().toLowerCase().replace(/\s+/g, " ");
    return ownValue(this.options.columns, cell.trim()) ?? ownValue(planColumnNames, name) ?? null;
  }

  private tableRow({ cells, line }: Row): void {
    this.sawTable = true;
    this.track = null;
    // A row whose first cells are empty continues the row above, split by a page break.
    if ((cells[0] ?? "").trim() === "" && this.lastRow !== null) {
      // Joined piece by piece and read again once the row is complete: re-joining and re-reading
      // the whole row at every continued line took quadratic time (16,000 lines: 70 s).
      const pieces = this.lastRow.cells;
      cells.forEach((cell, index) => {
        const continued = pieces[index];
        if (continued === undefined) pieces.push([cell]);
        else joinContinued(continued, cell);
      });
      this.lastRow.continued = true;
      return;
    }
    this.finishRow();
    const activity = this.fromCells(cells, line, `a${this.activities.length + 1}`);
    this.activities.push(activity);
    this.lastRow = { activity, cells: cells.map((cell) => [cell]), line, continued: false };
  }

  /** Reads a row continued after page breaks again, with its cells joined. */
  private finishRow(): void {
    const row = this.lastRow;
    if (row === null || !row.continued) return;
    row.continued = false;
    const merged = row.cells.map((pieces) => pieces.join(""));
    const replaced = this.fromCells(merged, row.line, row.activity.id);
    Object.assign(row.activity, replaced);
    for (const key of Object.keys(row.activity) as (keyof Activity)[]) {
      if (!(key in replaced)) delete row.activity[key];
    }
  }

  private fromCells(cells: string[], line: SourceLine, id: string): Activity {
    const columns = this.columns ?? ["date", "title", "participants", "responsible"];
    const fields: Partial<Record<PlanColumn, string>> = {};
    const tags: string[] = [];
    // Cells beyond the columns join the description, in one join rather than one per cell.
    const extra: string[] = [];
    for (const [index, raw] of cells.entries()) {
      const column = columns[index];
      const value = raw.trim();
      if (value === "") continue;
      if (column === undefined) {
        this.collector.add(
          "warning",
          "import.extra-cells",
          line.number,
          { count: cells.length - columns.length },
          raw,
        );
        extra.push(raw);
        continue;
      }
      if (isPlanColumn(column)) fields[column] = value;
      else tags.push(`${column}: ${plainCell(value)}`);
    }
    if (extra.length > 0) fields.description = [fields.description, ...extra].filter(Boolean).join(" ");
    const { title, list } = splitTitleAndList(fields.title ?? "", line, this.collector);
    // A date broken over two lines in its cell ("15.-17. marts" / "2018") is one date.
    const dateCell = plainCell(fields.date ?? "").replace(/\n/g, " ");
    const date = this.date(dateCell, line);
    const description = sanitizeCell(
      [list, fields.description ?? ""].filter(Boolean).join(""),
      line.number,
      this.collector,
    ).html;
    const activity: Activity = {
      id,
      date,
      ...(fields.theme ? { theme: plainCell(fields.theme) } : {}),
      // An activity named only in the date column ("Fotografering:") keeps that name as its title.
      title: title || (date.kind === null ? dateCell.replace(/:$/, "") : ""),
      ...(description !== "" ? { description } : {}),
      ...(fields.participants ? { participants: plainCell(fields.participants) } : {}),
      ...(fields.responsible ? { responsible: plainCell(fields.responsible) } : {}),
      ...(fields.track ? { track: plainCell(fields.track) } : {}),
      tags,
    };
    return activity;
  }

  assemble(): PlanDocument | null {
    this.finishRow();
    this.finishItem();
    this.flushList();
    if (this.activities.length === 0) this.collector.add("error", "import.no-table", undefined);
    const introduction = sanitizeRichText(this.introduction.join("")).html;
    const document: PlanDocument = {
      schemaVersion: 2,
      type: "plan",
      planKind: planKindOf(this.metadata.title),
      metadata: this.metadata,
      ...(introduction === "" ? {} : { introduction }),
      tracks: this.tracks.map(({ paragraphs, ...track }) => {
        const description = sanitizeRichText(paragraphs.join("")).html;
        return description === "" ? track : { ...track, description };
      }),
      activities: this.activities,
    };
    return document;
  }
}

function planKindOf(title: string): (typeof planKinds)[number] {
  const lower = title.toLowerCase();
  if (lower.includes("implementeringsplan")) return "implementation-plan";
  if (lower.includes("kommunikation")) return "communication-plan";
  if (lower.includes("program") || lower.includes("forløb")) return "programme";
  if (lower.includes("handleplan") || lower.includes("handlingsplan")) return "action-plan";
  return "other";
}

/** "| 11. april 2018 | Ballerup … |" as cells, or `null` for a line that is no pipe row. */
function pipeRow(text: string): string[] | null {
  const trimmed = text.trim().replace(/^-\s+(?=\|)/, "");
  if (!/^\|.*\|$/.test(trimmed)) return null;
  return trimmed
    .slice(1, -1)
    .split("|")
    .map((cell) => cell.trim());
}

function stripBold(text: string): string {
  return text.replace(/\*\*/g, "").trim();
}

/** Markdown-style bold from extraction becomes `strong`; the rest is escaped text. */
function inlineMarkup(text: string): string {
  return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
}

/**
 * A plain-text cell: HTML flattened, and runs of two or more spaces, which extraction leaves
 * where the author broke the line, become line breaks.
 */
function plainCell(cell: string): string {
  const text = hasTag(cell) ? richTextToPlainText(cell) : cell;
  return text
    .split(/\s{2,}|\n/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part !== "")
    .join("\n");
}

/**
 * Whether a cell holds something like an HTML tag, as `/<[a-z][^>]*>/i` tells, without that
 * pattern's rescan to the end from every "<a" when no ">" follows.
 */
function hasTag(cell: string): boolean {
  const start = cell.search(/<[a-z]/i);
  return start >= 0 && cell.indexOf(">", start + 2) >= 0;
}

/**
 * A cell continued after a page break joins its first half; a word hyphenated across the break
 * ("Bal-" + "lerup") is joined again, but not before "og" ("Børne- og Unge…"). The cell is kept as
 * pieces (`pieces.join("")` is its text) so that each line costs only its own length.
 */
function joinContinued(pieces: string[], after: string): void {
  const second = after.trim();
  if (second === "") return;
  // The text so far without trailing white space; only the first piece, as written, can have it.
  let last = "";
  while (pieces.length > 0) {
    last = (pieces[pieces.length - 1] as string).trimEnd();
    if (last !== "") break;
    pieces.pop();
  }
  if (pieces.length === 0) {
    pieces.push(second);
    return;
  }
  // Pieces after the first start with a letter or a space, so the last two characters are in the last piece.
  if (/[a-zæøå]-$/i.test(last.slice(-2)) && /^[a-zæøå]/.test(second) && !/^(og|eller|samt)\b/.test(second)) {
    pieces[pieces.length - 1] = last.slice(0, -1);
    pieces.push(second);
    return;
  }
  pieces[pieces.length - 1] = last;
  pieces.push(` ${second}`);
}

/**
 * An activity cell may carry a list ("Workshop omkring: <ul>• mindset,• …", "Møde … * Udlevering
 * … * Materialesamling"): the text before it is the title, the list the description.
 */
function splitTitleAndList(
  cell: string,
  line: SourceLine,
  collector: DiagnosticCollector,
): { title: string; list: string } {
  const listStart = cell.search(/<(ul|ol)\b|(^|\s)\*\s/i);
  if (listStart < 0) return { title: plainCell(cell), list: "" };
  let list = cell.slice(listStart);
  const title = plainCell(cell.slice(0, listStart));
  if (/^\s*\*\s/.test(list)) {
    const items = list
      .split(/(?:^|\s)\*\s/)
      .map((item) => item.trim())
      .filter(Boolean);
    list = `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
  } else if (!/<li\b|[•·▪]/i.test(list)) {
    // A list whose items lost both markup and bullets: items run together at a capital letter.
    const opened = /^<(?:ul|ol)\b[^>]*>/i.exec(list)?.[0] ?? "<ul>";
    const items = list.slice(opened.length).replace(/([a-zæøå])([A-ZÆØÅ])/g, "$1•$2");
    if (items.includes("•")) collector.add("info", "import.list-items-split", line.number, {}, cell);
    list = `${opened}${items}`;
  }
  return { title, list: sanitizeRichText(list).html };
}
