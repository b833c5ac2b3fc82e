import type { Economy, Milestone } from "../../model/budgetFollowUp.schema";
import type { Status } from "../../status/status";
import { cellText, reportPlainCellMarkup } from "../shared/cells";
import { DiagnosticCollector } from "../shared/collector";
import type { SourceLine } from "../shared/lines";
import { plainCellText } from "../shared/plainCell";
import { splitStatusNote } from "./blocks";
import { economyOf, readAmount } from "./economy";
import { isInitiativeHeaderCell, isRoundLabel } from "./patterns";
import type { RoundLabels } from "./roundLabels";
import { readSmiley } from "./smiley";

/** What a milestone row's reading needs of its reader. */
export interface MilestoneRowContext {
  collector: DiagnosticCollector;
  roundLabels: RoundLabels;
  sadFace: "red" | "yellow" | undefined;
  /** The text's cells have no white space to collapse (`hasPlainSpace`). */
  plainSpace: boolean;
  /** Reports markup nested too deep in a cell of the line being read. */
  onTooDeep: () => void;
}

/**
 * A milestone, in the order of the schema: written out, since spreads of the optional fields made
 * each milestone with a note or a guess through a generic copy, into an object of its own shape.
 *
 * @example
 * milestoneOf("2017-1", "Skolen er bygget.", undefined, { status: "green", guessed: false });
 * // { round: "2017-1", text: "Skolen er bygget.", status: "green" }
 */
export function milestoneOf(
  round: string,
  text: string,
  statusNote: string | undefined,
  { status, guessed }: Readonly<{ status: Status; guessed: boolean }>,
): Milestone {
  return statusNote === undefined
    ? guessed
      ? { round, text, status, statusGuessed: true }
      : { round, text, status }
    : guessed
      ? { round, text, statusNote, status, statusGuessed: true }
      : { round, text, statusNote, status };
}

/**
 * The milestone a row's cells state ("Milepæl", text, round, smiley), with what was guessed or not
 * understood reported at its line; its round is the label as first read, until the round's id
 * replaces it when the document is assembled.
 *
 * @example
 * readMilestoneRow(["Milepæl", "Skolen er bygget", "31.12.2017", "☺"], line, context);
 * // { round: "31.12.2017", text: "Skolen er bygget", status: "green" }
 */
export function readMilestoneRow(
  written: string[],
  line: SourceLine,
  context: MilestoneRowContext,
): Milestone | undefined {
  const { collector, roundLabels, sadFace, plainSpace, onTooDeep } = context;
  // Columns recovered from spaces lose their empty cells: a round in the text's place means
  // the text was empty. With real tabs a milestone row always has its four cells.
  const cells =
    written.length < 4 && isRoundLabel(cellText(written[1])) && !isRoundLabel(cellText(written[2]))
      ? [written[0] ?? "", "", ...written.slice(1)]
      : written;
  const label = cellText(cells[2], plainSpace);
  if (label === "") return withoutRound(line, collector);
  const round = roundLabels.place(label, line.number);
  // The text is read as plain text: what its markup loses is said.
  reportPlainCellMarkup(cells[1] ?? "", line.number, collector);
  const { text, statusNote } = splitStatusNote(cells[1] ?? "", onTooDeep, plainSpace);
  const reading = readSmiley(cells[3], "milestone", line, sadFace, collector, plainSpace);
  return milestoneOf(round, text, statusNote, reading);
}

/**
 * A milestone row with an empty round (Tid) cell: no round to assess it at, so it is not placed in
 * the document (a milestone of round "ukendt" made a document `validate` refuses); the row goes
 * into a warning at its line with its raw text instead.
 */
function withoutRound(line: SourceLine, collector: DiagnosticCollector): undefined {
  collector.add("warning", "import.milestone-without-round", line.number, {}, line.text);
  return undefined;
}

/**
 * A milestone or economy row found where it stands in the source text, so that it is read without a
 * copy of the line, an array of its cells or a string for each of them: only its text cell, which
 * the document keeps, is copied, and each distinct round and smiley cell is read once. Five rows in
 * eight of a follow-up are milestone or economy rows. One object per import, refilled by each `find`.
 *
 * @example
 * const row = new RowInPlace(context);
 * if (row.find(source, start)) milestones.push(row.read(source, start, lineNumber));
 */
export class RowInPlace {
  /** Where the row ends: its "\n", or the end of the text. */
  end = 0;
  /** The text cell, as written. */
  text = "";
  /** Where the round cell starts and ends. */
  labelStart = 0;
  labelEnd = 0;
  /** Where the smiley cell starts; it ends with the row. */
  smileyStart = 0;
  private readonly labels: CellValues<string>;
  /** A smiley cell's reading where it reports nothing (`null`: read it with its line each time). */
  private readonly smileys: CellValues<Readonly<{ status: Status; guessed: boolean }> | null>;
  /** The same on the economy scale. */
  private readonly economySmileys: CellValues<Readonly<{ status: Status; guessed: boolean }> | null>;

  constructor(readonly context: MilestoneRowContext) {
    const { sadFace, plainSpace } = context;
    this.labels = new CellValues((raw) => cellText(raw, plainSpace));
    const quietReading = (scale: "milestone" | "economy") => (raw: string) => {
      const probe = new DiagnosticCollector();
      const chosen = scale === "milestone" ? sadFace : undefined;
      const reading = readSmiley(raw, scale, { number: 0, text: "" }, chosen, probe, plainSpace);
      return probe.items.length === 0 ? reading : null;
    };
    this.smileys = new CellValues(quietReading("milestone"));
    this.economySmileys = new CellValues(quietReading("economy"));
  }

  /**
   * Whether the line at `start` is a milestone row exactly as Word writes it ("Milepæl", and four
   * cells) whose text does not start an initiative: then the row's places are set. `false` for any
   * other line, which the general reading takes.
   */
  find(source: string, start: number, label: "Milepæl\t" | "Økonomi\t" = "Milepæl\t"): boolean {
    if (!source.startsWith(label, start)) return false;
    const newline = source.indexOf("\n", start);
    const end = newline === -1 ? source.length : newline;
    const textStart = start + label.length;
    const labelTab = source.indexOf("\t", textStart);
    if (labelTab === -1 || labelTab >= end) return false;
    const smileyTab = source.indexOf("\t", labelTab + 1);
    if (smileyTab === -1 || smileyTab >= end) return false;
    const fifth = source.indexOf("\t", smileyTab + 1);
    if (fifth !== -1 && fifth < end) return false;
    const text = source.slice(textStart, labelTab);
    if (isInitiativeHeaderCell(text)) return false;
    this.end = end;
    this.text = text;
    this.labelStart = labelTab + 1;
    this.labelEnd = smileyTab;
    this.smileyStart = smileyTab + 1;
    return true;
  }

  /**
   * The milestone of the row `find` found at `start`, on line `number`, read as the general reading
   * reads a row of four cells, with the same diagnostics; its round is the label as first read.
   */
  read(source: string, start: number, number: number): Milestone | undefined {
    const { collector, roundLabels, sadFace, plainSpace, onTooDeep } = this.context;
    const label = this.labels.of(source, this.labelStart, this.labelEnd);
    if (label === "") return withoutRound({ number, text: source.slice(start, this.end) }, collector);
    const round = roundLabels.place(label, number);
    // A plain text without a note (most of them) as `splitStatusNote` reads it, without its object.
    const plain = plainCellText(this.text, plainSpace);
    let text = plain ?? "";
    let statusNote: string | undefined;
    if (plain === undefined) reportPlainCellMarkup(this.text, number, collector);
    if (plain === undefined || plain.indexOf("Status:") !== -1)
      ({ text, statusNote } = splitStatusNote(this.text, onTooDeep, plainSpace));
    const reading =
      this.smileys.of(source, this.smileyStart, this.end) ??
      readSmiley(
        source.slice(this.smileyStart, this.end),
        "milestone",
        { number, text: source.slice(start, this.end) },
        sadFace,
        collector,
        plainSpace,
      );
    return milestoneOf(round, text, statusNote, reading);
  }

  /** The economy of the row `find` found at `start` (label "Økonomi\t"), on line `number`, as `readEconomy` reads it. */
  readEconomy(source: string, start: number, number: number): Economy {
    const { collector, plainSpace, onTooDeep } = this.context;
    reportPlainCellMarkup(this.text, number, collector);
    const { text, statusNote } = splitStatusNote(this.text, onTooDeep, plainSpace);
    const amount = readAmount(text);
    const line = () => ({ number, text: source.slice(start, this.end) });
    const { status } =
      this.economySmileys.of(source, this.smileyStart, this.end) ??
      readSmiley(
        source.slice(this.smileyStart, this.end),
        "economy",
        line(),
        undefined,
        collector,
        plainSpace,
      );
    if (status === "yellow")
      collector.add("warning", "rules.economy-level-undefined", number, { status }, line().text);
    return economyOf(text, statusNote, amount, status);
  }
}

/**
 * The value read from each of the few distinct cells a column holds (round labels, smileys), found
 * by comparing the cell where it stands in the source with the cells seen before: no copy of a
 * cell seen before. Up to eight cells are kept; any other is read every time, as without the cache.
 *
 * @example
 * const labels = new CellValues((raw) => raw.trim());
 * labels.of("a\t31.12.2017\t", 2, 12); // "31.12.2017", read once for every row that writes it
 */
export class CellValues<T> {
  private readonly raws: string[] = [];
  private readonly values: T[] = [];

  /** `read` is a pure function of the cell's text. */
  constructor(private readonly read: (raw: string) => T) {}

  /** The value of the cell from `start` to `end` of `source`. */
  of(source: string, start: number, end: number): T {
    const length = end - start;
    const raws = this.raws;
    for (let index = 0; index < raws.length; index += 1) {
      const raw = raws[index] as string;
      if (raw.length === length && sameAt(source, start, raw)) return this.values[index] as T;
    }
    const raw = source.slice(start, end);
    const value = this.read(raw);
    if (raws.length < 8) {
      raws.push(raw);
      this.values.push(value);
    }
    return value;
  }
}

/** Whether `source` holds `raw` at `start`: compared in place, a fraction of `startsWith`'s call. */
function sameAt(source: string, start: number, raw: string): boolean {
  for (let index = 0; index < raw.length; index += 1)
    if (source.charCodeAt(start + index) !== raw.charCodeAt(index)) return false;
  return true;
}
