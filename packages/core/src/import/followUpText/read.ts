import type {
  BudgetFollowUp,
  Economy,
  Initiative,
  InitiativeKind,
  Round,
  Section,
} from "../../model/budgetFollowUp.schema";
import { maxRichTextDepth } from "../../richText/richText";
import { cellText } from "../shared/cells";
import { type DiagnosticCollector, importText } from "../shared/collector";
import { inferYear, readHeader } from "../shared/header";
import { IdAllocator, slugify } from "../shared/ids";
import { isDebris, LineReader, type SourceLine, splitCells } from "../shared/lines";
import { readableSource } from "../shared/normalize";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import { readDescriptionRow, SharedNames } from "./description";
import { mergeEconomies, readEconomy } from "./economy";
import { reportIgnoredCells } from "./ignoredCells";
import { RowInPlace, readMilestoneRow } from "./milestoneRow";
import {
  HeaderCells,
  initiativeKind,
  initiativeNumber,
  isInitiativeHeaderCell,
  readHead,
  rowLabel,
  sectionHeading,
} from "./patterns";
import { reportPreamble } from "./preamble";
import { RoundLabels } from "./roundLabels";
import { currentRoundId, resolveRounds } from "./rounds";
import { checkUnderstood } from "./understood";

const markdownHeading = /^#{1,6}\s+(.*)$/;
/** No description rows: shared, never pushed to. */
const noRows: string[][] = [];
/** No header cells kept: an initiative table of the four usual columns. */
const noColumns: readonly string[] = [];

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

class FollowUpReader {
  private readonly sections: Section[] = [];
  private readonly ids = new IdAllocator();
  private readonly roundLabels = new RoundLabels();
  /** Whether the milestones name their rounds' ids yet: until `assemble`, each holds its label as first read. */
  private roundsNamed = false;
  /** The kind each "(…)" text names, read once per distinct text. */
  private readonly kindByText = new Map<string, InitiativeKind | undefined>();
  private readonly headers = new HeaderCells();
  /** One string for each centre's and committee's name read so far. */
  private readonly names = new SharedNames();
  private metadata: BudgetFollowUp["metadata"] = { title: "Uden titel" };
  private year: number | undefined;
  private initiative: Initiative | null = null;
  /** The current initiative's header cells, when it has columns right of Smiley (else none). */
  private columnNames: readonly string[] = noColumns;
  /** The current initiative's last economy row read, should another follow (`setEconomy`). */
  private economyRow: SourceLine | null = null;
  private descriptionLine: SourceLine | null = null;
  /** The description row's lines (more than one when continued after a page break), joined once complete. */
  private descriptionRows: string[][] = noRows;
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
    this.metadata = { ...header.metadata, title: header.metadata.title ?? "Uden titel" };
    if (header.metadata.title === undefined) this.collector.add("warning", "import.no-title", undefined);
    const preamble = head
      .slice(0, Math.max(firstSection, 0))
      .map((line) => line.text)
      .join("\n");
    this.year = inferYear(
      `${this.metadata.title}\n${preamble}`,
      this.metadata.date,
      this.options.year,
      this.collector,
    );
    if (this.year !== undefined) this.metadata.year = this.year;

    // Everything before the first section is the header, title and reading guide, whose smiley
    // definitions are the status scales themselves; what the header does not read is reported.
    if (firstSection > 0) reportPreamble(head.slice(0, firstSection), header.used, this.collector);
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
    return document === null ? null : checkUnderstood(document, this.collector);
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
      this.finishDescription();
      this.sections.push({ ...section, initiatives: [] });
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
      this.finishDescription();
      this.startInitiative(first, kindText, line);
      this.columnNames = noColumns;
      if (cells.length > 4) {
        // Columns right of Smiley ("Kommentar"): no field takes them; named in the reports of their cells.
        this.columnNames = cells.map((cell) => cellText(cell, this.plainSpace));
        reportIgnoredCells(cells, 4, line, this.columnNames, this.plainSpace, this.collector);
      }
      return;
    }
    const label = rowLabel(first);
    if (label === "milepæl" || label === "milepæle" || label === "økonomi") {
      this.finishDescription();
      if (this.initiative === null) {
        this.collector.add("warning", "import.row-outside-initiative", line.number, {}, line.text);
        return;
      }
      if (label === "økonomi") {
        this.setEconomy(
          this.initiative,
          readEconomy(cells, line, this.collector, this.reportTooDeepHere, this.plainSpace),
          line.number,
          line.text,
        );
        // The Tid cell, which an economy row leaves empty (with fewer cells it is the smiley's).
        if (cells.length >= 4)
          reportIgnoredCells(cells, 2, line, this.columnNames, this.plainSpace, this.collector, 3);
      } else {
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
      // The description row, or a piece of it continued after a page break (an array of one row:
      // pushed into an empty one, it reserved 17 places).
      if (this.descriptionLine === null) this.descriptionRows = [cells];
      else this.descriptionRows.push(cells);
      this.descriptionLine ??= { number: line.number, text: line.text };
      return;
    }
    this.collector.add("warning", "import.unrecognized-line", line.number, {}, line.text);
  }

  private currentSection(): Section {
    let section = this.sections[this.sections.length - 1];
    if (section === undefined) {
      // Initiatives before any section header still belong somewhere: an untitled section.
      section = { title: "Uden afsnit", initiatives: [] };
      this.sections.push(section);
    }
    return section;
  }

  private startInitiative(heading: string, kindText: string | undefined, line: SourceLine): void {
    const numbered = initiativeNumber.exec(heading);
    const number = numbered?.[1];
    const title = (numbered?.[2] ?? heading).trim() || "Uden titel";
    const id = this.ids.take(number ?? slugify(title));
    const kind = this.readKind(kindText, line);
    // Written out, in the schema's order: spreads of the optional fields made every initiative
    // through a generic copy of two temporary objects.
    const initiative: Initiative =
      number === undefined
        ? kind === undefined
          ? { id, title, description: "", keyContributors: [], milestones: [] }
          : { id, title, kind, description: "", keyContributors: [], milestones: [] }
        : kind === undefined
          ? { id, number, title, description: "", keyContributors: [], milestones: [] }
          : { id, number, title, kind, description: "", keyContributors: [], milestones: [] };
    this.currentSection().initiatives.push(initiative);
    this.initiative = initiative;
    this.descriptionLine = null;
    this.descriptionRows = noRows;
    this.economyRow = null;
  }

  /**
   * The economy of an economy row read on line `number` (raw text `raw`). The schema has one economy
   * per initiative; a second row (a "drift og anlæg" initiative may write one for each) is merged
   * into it (`mergeEconomies`) and reported with both rows' text, so that neither is lost.
   */
  private setEconomy(initiative: Initiative, economy: Economy, number: number, raw: string): void {
    const previous = this.economyRow;
    this.economyRow = { number, text: raw };
    if (initiative.economy === undefined || previous === null) {
      initiative.economy = economy;
      return;
    }
    initiative.economy = mergeEconomies(initiative.economy, economy);
    this.collector.add(
      "warning",
      "import.economy-rows-merged",
      number,
      { previous: previous.number, status: initiative.economy.status },
      `${previous.text}\n${raw}`,
    );
  }

  private readKind(text: string | undefined, line: SourceLine): InitiativeKind | undefined {
    if (text === undefined) return undefined;
    const kind = initiativeKind(text, this.kindByText);
    if (kind === undefined) this.collector.add("warning", "import.unknown-kind", line.number, { text }, text);
    return kind;
  }

  /** Puts the description row into the initiative once it is complete. */
  private finishDescription(): void {
    const initiative = this.initiative;
    const line = this.descriptionLine;
    if (initiative === null || line === null) return;
    this.descriptionLine = null;
    readDescriptionRow(initiative, this.descriptionRows, line, this.collector, this.names, this.plainSpace);
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
      const raw = source.slice(start, this.row.end);
      this.setEconomy(
        this.initiative,
        this.row.readEconomy(source, start, this.lineNumber),
        this.lineNumber,
        raw,
      );
      // The Tid cell, which an economy row leaves empty.
      if (
        this.row.labelEnd > this.row.labelStart &&
        cellText(source.slice(this.row.labelStart, this.row.labelEnd)) !== ""
      )
        reportIgnoredCells(
          splitCells(raw),
          2,
          { number: this.lineNumber, text: raw },
          this.columnNames,
          this.plainSpace,
          this.collector,
          3,
        );
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
    const rounds = resolveRounds(this.roundLabels.read, this.options.rounds ?? [], year, this.collector);
    // Once: a second assembly (of what was read before an error) finds ids in place already. Each
    // milestone holds its label as first read, so the few labels compare at once; no list of every
    // milestone and its label's place is kept while reading.
    if (!this.roundsNamed) {
      this.roundsNamed = true;
      const idOf = this.roundLabels.idsFrom(rounds);
      for (const section of this.sections)
        for (const initiative of section.initiatives)
          for (const milestone of initiative.milestones) milestone.round = idOf(milestone.round);
    }
    const current = currentRoundId(rounds, this.metadata.title);
    return {
      schemaVersion: 2,
      type: "budget-follow-up",
      metadata: this.metadata,
      rounds,
      ...(current === undefined ? {} : { currentRound: current }),
      sections: this.sections,
    };
  }
}
