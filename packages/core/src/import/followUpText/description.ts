import type { Initiative } from "../../model/budgetFollowUp.schema";
import { maxRichTextDepth } from "../../richText/richText";
import { cellText, richCell } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import type { SourceLine } from "../shared/lines";
import { joinRows } from "./blocks";
import { readResponsibility } from "./responsibility";

/**
 * One string for each centre's and committee's name: a document names a few of them thousands of
 * times, and one string each is less to keep and to copy, and compares with itself at once (the
 * roll-up's groups, the table's filters).
 *
 * @example
 * const names = new SharedNames();
 * names.of("Center for Kultur") === names.of(`Center for ${"Kultur"}`); // the same string object
 */
export class SharedNames {
  private readonly names = new Map<string, string>();

  /** The name's one string. */
  of(name: string): string {
    const known = this.names.get(name);
    if (known !== undefined) return known;
    // A text of thousands of distinct names gains nothing: those past the first are kept as read.
    if (this.names.size < 1024) this.names.set(name, name);
    return name;
  }
}

/** No description rows: shared, never pushed to. */
const noRows: string[][] = [];

/**
 * The description row of the initiative being read, gathered until it is complete: a row continued
 * after a page break comes as more than one line, whose cells are joined once the next row starts.
 *
 * @example
 * const description = new DescriptionRow(collector, true);
 * description.add(["Formål …", "Ansvarligt center: Kultur"], line);
 * description.finish(initiative); // initiative.description "Formål …", responsibleCenter "Kultur"
 */
export class DescriptionRow {
  /** The row's first line, where its findings are reported; `null` when no row is waiting. */
  private line: SourceLine | null = null;
  /** The row's lines' cells (more than one line when continued after a page break). */
  private rows: string[][] = noRows;
  /** One string for each centre's and committee's name, across the document's initiatives. */
  private readonly names = new SharedNames();

  constructor(
    private readonly collector: DiagnosticCollector,
    /** The text's cells have no white space to collapse (`hasPlainSpace`). */
    private readonly plainSpace: boolean,
  ) {}

  /** A new initiative: no description row read for it yet. */
  startInitiative(): void {
    this.line = null;
    this.rows = noRows;
  }

  /** The description row's line, or a piece of it continued after a page break. */
  add(cells: string[], line: SourceLine): void {
    // An array of one row: pushed into an empty one, it reserved 17 places.
    if (this.line === null) this.rows = [cells];
    else this.rows.push(cells);
    this.line ??= { number: line.number, text: line.text };
  }

  /** Puts the row read so far into `initiative` (the one it was read for), once it is complete. */
  finish(initiative: Initiative | null): void {
    const line = this.line;
    if (initiative === null || line === null) return;
    this.line = null;
    readDescriptionRow(initiative, this.rows, line, this.collector, this.names, this.plainSpace);
  }
}

/**
 * Puts an initiative's description row into it once the row is complete (its cells may run over
 * several lines): the description, the responsibility cell's centre, committee, contributors and
 * notes, and any text in columns further right, reported rather than lost.
 *
 * @example
 * readDescriptionRow(initiative, [["Formål …", "Ansvarligt center: Kultur"]], line, collector, names, true);
 */
export function readDescriptionRow(
  initiative: Initiative,
  rows: string[][],
  line: SourceLine,
  collector: DiagnosticCollector,
  names: SharedNames,
  plainSpace: boolean,
): void {
  const cells = joinRows(rows);
  const description = cells[0] ?? "";
  const responsibility = cells[1] ?? "";
  // Joined pieces of the text's cells: still plain where the text is.
  initiative.description = richCell(description, line.number, collector, plainSpace);
  const reportTooDeep = () =>
    collector.add("warning", "import.markup-too-deep", line.number, { depth: maxRichTextDepth });
  const found = readResponsibility(responsibility, line.number, collector, reportTooDeep, plainSpace);
  if (found.responsibleCenter !== undefined) found.responsibleCenter = names.of(found.responsibleCenter);
  if (found.responsibleCommittee !== undefined)
    found.responsibleCommittee = names.of(found.responsibleCommittee);
  Object.assign(initiative, found);
  // Text in the columns to the right (most rows have them empty): reported, not lost.
  const leftover: string[] = [];
  for (let index = 2; index < cells.length; index += 1) {
    const text = cellText(cells[index]);
    if (text !== "") leftover.push(text);
  }
  if (leftover.length > 0)
    collector.add("warning", "import.unrecognized-line", line.number, {}, leftover.join("\t"));
}
