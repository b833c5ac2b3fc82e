import type { BudgetFollowUp, Initiative, Round } from "../../model/budgetFollowUp.schema";
import { maxRichTextDepth } from "../../richText/richText";
import { cellText, reportPlainCellMarkup } from "../shared/cells";
import { type DiagnosticCollector, importText } from "../shared/collector";
import { headerDate, inferYear, readHeader, readHeaderFields, reportHeader } from "../shared/header";
import { isDebris, LineReader, type SourceLine, splitCells } from "../shared/lines";
import { readableSource } from "../shared/normalize";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import { DescriptionRow } from "./description";
import { EconomyRows } from "./economyRows";
import { reportIgnoredCells } from "./ignoredCells";
import { RowInPlace, readMilestoneRow } from "./milestoneRow";
import { reportNotesUnderSummary } from "./paperSummary";
import { HeaderCells, isInitiativeHeaderCell, readHead, rowLabel, sectionHeading } from "./patterns";
import { paperFrontMatterStart, reportPreamble } from "./preamble";
import { RoundLabels } from "./roundLabels";
import { currentRoundId, resolveRounds } from "./rounds";
import { FollowUpSections, headerColumns, noColumns } from "./sections";
import { readStatedRounds, type StatedCalendar } from "./statedRounds";
import { checkUnderstood } from "./understood";

const markdownHeading = /^#{1,6}\s+(.*)$/;

export interface FollowUpImportOptions extends CommonImportOptions {
  /**
   * How to read ☹ on a milestone, whose colour the text extraction lost: the reading guide uses
   * it for both yellow and red. Default `red`; every such milestone gets a warning either way.
   */
  sadFace?: "red" | "yellow" | undefined;
  /** The municipality's rounds with their real cut-offs; matched to the document's labels. */
  rounds?: readonly Round[];
}

/**
 * Reads the text of a budget follow-up (tab-separated table rows, as extracted from Word or PDF)
 * into a `budget-follow-up` document. Never throws: what it cannot place is reported with its
 * line and raw text. Each cell is read once; the document is checked against the schema by
 * whoever validates it (`validateDocument`), and by this reader's property tests.
 *
 * @example
 * const { document, diagnostics } = importFollowUpText(text, { sadFace: "red" });
 * document?.sections[0]?.initiatives[0]?.milestones[0]; // { round: "2017-1", text: "...", status: "green" }
 */
export function importFollowUpText(
  text: string,
  options: FollowUpImportOptions = {},
): ImportResult<BudgetFollowUp> {
  return importText(text, options, (collector) => {
    const { text: source, plainSpace } = readableSource(text, collector, { recoverColumns: true });
    const reader = new FollowUpReader(new LineReader(source), options, collector, plainSpace);
    return { read: () => reader.read(), partial: () => reader.assemble() };
  });
}

/**
 * Reads a follow-up's rows, each by its kind: the head and preamble (`readHead`, `readHeader`,
 * `reportPreamble`), section headings and initiatives' header rows (`FollowUpSections`), milestone
 * rows (`readMilestoneRow`, `RowInPlace`), economy rows (`EconomyRows`) and description rows
 * (`DescriptionRow`); the rounds are resolved once the document is assembled.
 */
class FollowUpReader {
  private readonly sections: FollowUpSections;
  private readonly roundLabels = new RoundLabels();
  private readonly headers = new HeaderCells();
  private metadata: BudgetFollowUp["metadata"] = { title: "Uden titel" };
  private year: number | undefined;
  /** The round the document says it reports on ("Dokumentet rapporterer på: …"), when it says. */
  private statedCurrent: StatedCalendar["current"];
  private initiative: Initiative | null = null;
  /** The current initiative's header cells, when it has columns right of Smiley (else none). */
  private columnNames: readonly string[] = noColumns;
  private readonly economies: EconomyRows;
  private readonly description: DescriptionRow;
  /** A heading line waiting to see whether the initiative it names follows. */
  private pendingHeading: { line: SourceLine; title: string } | null = null;
  /** The number of the line being read. */
  private lineNumber = 0;
  /** Reports markup nested too deep in a cell of the line being read: one function, not one per line. */
  private readonly reportTooDeepHere = () =>
    this.collector.add("warning", "import.markup-too-deep", this.lineNumber, { depth: maxRichTextDepth });

  /** Milestone rows read in place (`readMilestoneInPlace`). */
  private readonly row: RowInPlace;

  constructor(
    private readonly lines: LineReader,
    private readonly options: FollowUpImportOptions,
    private readonly collector: DiagnosticCollector,
    /** No cell of the text has white space to collapse (`hasPlainSpace`): the cells need no check. */
    private readonly plainSpace: boolean,
  ) {
    this.sections = new FollowUpSections(collector);
    this.economies = new EconomyRows(collector, plainSpace, this.reportTooDeepHere);
    this.description = new DescriptionRow(collector, plainSpace);
    this.row = new RowInPlace({
      collector,
      roundLabels: this.roundLabels,
      sadFace: options.sadFace,
      plainSpace,
      onTooDeep: this.reportTooDeepHere,
    });
  }

  read(): BudgetFollowUp | null {
    const { head, firstSection } = readHead(this.lines);
    const header = readHeader(head, (line) => firstSection >= 0 && line.number > firstSection);
    // milepael's paper prints the organisation and the year under "Om dokumentet", before the sections.
    const front = head.slice(0, Math.max(firstSection, 0));
    const paper = paperFrontMatterStart(front);
    if (paper >= 0) readHeaderFields(front.slice(paper), header);
    this.metadata = { ...header.metadata, title: header.metadata.title ?? "Uden titel" };
    reportHeader(header, this.collector);
    const preamble = head
      .slice(0, Math.max(firstSection, 0))
      .map((line) => line.text)
      .join("\n");
    this.year = inferYear(
      `${this.metadata.title}\n${preamble}`,
      this.metadata.date,
      this.options.year ?? header.metadata.year,
      this.collector,
    );
    if (this.year !== undefined) this.metadata.year = this.year;
    // A year given, not one guessed from the text: the document's own date may lie the year before.
    const date = headerDate(header, this.options.year ?? header.metadata.year, this.collector);
    if (date !== undefined) this.metadata.date = date;
    // The rounds' calendar the document states (milepael's paper prints it under "Om dokumentet"),
    // read before the milestones name its rounds.
    const stated = readStatedRounds(front, this.year, this.collector);
    for (const number of stated.lines) header.used.add(number);
    for (const round of stated.rounds) this.roundLabels.state(round);
    this.statedCurrent = stated.current;

    // Everything before the first section is the header, title and reading guide, whose smiley
    // definitions are the status scales themselves; what the header does not read is reported.
    const summaryLines =
      firstSection > 0 ? reportPreamble(head.slice(0, firstSection), header.used, this.collector) : [];
    for (let index = Math.max(firstSection, 0); index < head.length; index += 1)
      this.readLine(head[index] as SourceLine);
    // One line object for the rest of the text, refilled line by line: what keeps a line copies it.
    const line: SourceLine = { number: 0, text: "" };
    for (;;) {
      if (this.readMilestoneInPlace()) continue;
      const text = this.lines.nextText();
      if (text === null) break;
      line.number = this.lines.lineNumber;
      line.text = text;
      this.readLine(line);
    }
    const document = this.assemble();
    if (document === null) return null;
    reportNotesUnderSummary(summaryLines, document, this.collector);
    return checkUnderstood(document, this.collector);
  }

  private readLine(line: SourceLine): void {
    if (isDebris(line.text)) return;
    this.lineNumber = line.number;
    const cells = splitCells(line.text);
    const first = cellText(cells[0], this.plainSpace);
    const pending = this.pendingHeading;
    this.pendingHeading = null;
    // A heading above an initiative's table that names it (Word's navigation pane, issue #21)
    // says nothing the table does not; anything else under a heading is reported as before.
    if (pending !== null && !(isInitiativeHeaderCell(cells[1] ?? "") && first === pending.title))
      this.collector.add("warning", "import.unrecognized-line", pending.line.number, {}, pending.line.text);

    const section = sectionHeading(line.text);
    if (section !== null) {
      reportPlainCellMarkup(line.text, line.number, this.collector);
      this.finishDescription();
      this.sections.startSection(section);
      this.initiative = null;
      return;
    }
    const heading = cells.length === 1 ? markdownHeading.exec(line.text) : null;
    if (heading !== null) {
      this.pendingHeading = { line: { number: line.number, text: line.text }, title: cellText(heading[1]) };
      return;
    }
    const kindText = cells.length === 1 ? null : this.headers.kindText(cells[1] as string);
    if (kindText !== null) {
      // The initiative's title is its first cell's plain text; a bullet before it (a title cell
      // Word styles as a list item) is no part of the number or the title.
      reportPlainCellMarkup(cells[0] ?? "", line.number, this.collector);
      this.finishDescription();
      this.initiative = this.sections.startInitiative(first.replace(/^[•·▪]\s+/, ""), kindText, line);
      this.description.startInitiative();
      this.economies.startInitiative();
      this.columnNames = headerColumns(cells, line, this.plainSpace, this.collector);
      return;
    }
    const label = rowLabel(first);
    if (label === "milepæl" || label === "milepæle" || label === "økonomi") {
      this.finishDescription();
      if (this.initiative === null) {
        this.collector.add("warning", "import.row-outside-initiative", line.number, {}, line.text);
        return;
      }
      if (label === "økonomi") this.economies.readRow(this.initiative, cells, line, this.columnNames);
      else {
        const milestone = readMilestoneRow(cells, line, this.row.context);
        if (milestone !== undefined) this.initiative.milestones.push(milestone);
      }
      reportIgnoredCells(cells, 4, line, this.columnNames, this.plainSpace, this.collector);
      return;
    }
    if (
      this.initiative !== null &&
      this.initiative.milestones.length === 0 &&
      this.initiative.economy === undefined
    ) {
      this.description.add(cells, line);
      return;
    }
    this.collector.add("warning", "import.unrecognized-line", line.number, {}, line.text);
  }

  /** Puts the description row into the initiative once it is complete. */
  private finishDescription(): void {
    this.description.finish(this.initiative);
  }

  /**
   * The next line when it is a milestone or economy row as Word writes it (`RowInPlace`),
   * read as `readLine` reads it, where it stands: `false` (nothing read) for any other line.
   */
  private readMilestoneInPlace(): boolean {
    const start = this.lines.nextStart();
    if (start < 0 || this.initiative === null || this.pendingHeading !== null) return false;
    const { text: source } = this.lines;
    const economy = !this.row.find(source, start);
    if (economy && !this.row.find(source, start, "Økonomi\t")) return false;
    this.lines.skipLine(this.row.end);
    this.lineNumber = this.lines.lineNumber;
    this.finishDescription();
    if (economy) {
      const { initiative, row, lineNumber, columnNames } = this;
      this.economies.readInPlace(initiative, row, source, start, lineNumber, columnNames);
    } else {
      const milestone = this.row.read(source, start, this.lineNumber);
      if (milestone !== undefined) this.initiative.milestones.push(milestone);
    }
    return true;
  }

  /** The document as read so far: rounds resolved, milestones pointed at round ids. */
  assemble(): BudgetFollowUp | null {
    this.finishDescription();
    const year = this.year ?? new Date(0).getUTCFullYear();
    // The round the document says it reports on is one of its rounds, also when no row names it.
    const stated = this.statedCurrent;
    const currentLabel = stated === undefined ? undefined : this.roundLabels.place(stated.label, stated.line);
    const rounds = resolveRounds(this.roundLabels.read, this.options.rounds ?? [], year, this.collector);
    const sections = this.sections.list;
    this.roundLabels.nameMilestones(sections, rounds);
    const current =
      currentLabel === undefined
        ? currentRoundId(rounds, this.metadata.title)
        : this.roundLabels.idsFrom(rounds)(currentLabel);
    return {
      schemaVersion: 2,
      type: "budget-follow-up",
      metadata: this.metadata,
      rounds,
      ...(current === undefined ? {} : { currentRound: current }),
      sections,
    };
  }
}
