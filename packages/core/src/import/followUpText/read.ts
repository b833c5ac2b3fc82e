import { normalizeDateText } from "../../date/tokenize";
import {
  type BudgetFollowUp,
  budgetFollowUpSchema,
  type Economy,
  type Initiative,
  type InitiativeKind,
  type Milestone,
  type Round,
  type Section,
} from "../../model/budgetFollowUp.schema";
import {
  escapeHtml,
  maxRichTextDepth,
  parseRichText,
  type RichNode,
  richTextToPlainText,
  sanitizeRichText,
} from "../../richText/richText";
import type { Status } from "../../status/status";
import { sadFaces, smileyFaces, statusByWord, wingdingsFaces } from "../../status/vocabulary";
import { cellText, ownValue, sanitizeCell } from "../shared/cells";
import { checkInputSize, DiagnosticCollector, guardImport, reportIfInvalid } from "../shared/collector";
import { inferYear, readHeader } from "../shared/header";
import { IdAllocator, slugify } from "../shared/ids";
import { isDebris, type SourceLine, sourceLines } from "../shared/lines";
import { readableText } from "../shared/normalize";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import { inferCutOff } from "../shared/roundCutOff";

export interface FollowUpImportOptions extends CommonImportOptions {
  /**
   * How to read ☹ on a milestone, whose colour the text extraction lost: the reading guide uses
   * it for both yellow and red. Default `red`; every such milestone gets a warning either way.
   */
  sadFace?: "red" | "yellow" | undefined;
  /** The municipality's rounds with their real cut-offs; matched to the document's labels. */
  rounds?: readonly Round[];
}

/** The Wingdings letters of Word's smileys: J ☺, K 😐, L ☹ (a cell of exactly that letter). */
const initiativeHeader = /Kort beskrivelse af indsatsen\s*(?:\(([^)]*)\))?/i;
const sectionHeader = /^(\d+)\.\s+(\S.*)$/;
const initiativeNumber = /^(\d+(?:\.\d+)+)\.?\s+(\S.*)$/;

/**
 * Reads the text of a budget follow-up (tab-separated table rows, as extracted from Word or PDF)
 * into a `budget-follow-up` document. Never throws: what it cannot place is reported with its
 * line and raw text.
 *
 * @example
 * const { document, diagnostics } = importFollowUpText(text, { sadFace: "red" });
 * document?.sections[0]?.initiatives[0]?.milestones[0]; // { round: "2017-1", text: "...", status: "green" }
 */
export function importFollowUpText(
  text: string,
  options: FollowUpImportOptions = {},
): ImportResult<BudgetFollowUp> {
  const refused = checkInputSize(text, options);
  if (refused) return { document: null, diagnostics: [refused] };
  const collector = new DiagnosticCollector();
  const source = readableText(text, collector, { recoverColumns: true });
  const reader = new FollowUpReader(sourceLines(source), options, collector);
  return guardImport(
    collector,
    () => reader.read(),
    () => reader.assemble(),
  );
}

class FollowUpReader {
  private readonly sections: Section[] = [];
  private readonly ids = new IdAllocator();
  private readonly roundLabels: { label: string; line: number }[] = [];
  private readonly roundLabelsSeen = new Set<string>();
  private readonly pendingMilestones: { milestone: Milestone; label: string }[] = [];
  private metadata: BudgetFollowUp["metadata"] = { title: "Uden titel" };
  private year: number | undefined;
  private initiative: Initiative | null = null;
  private descriptionLine: SourceLine | null = null;
  /** The description row's cells, each as the pieces of its lines, joined once it is complete. */
  private descriptionCells: string[][] = [];
  /** A heading line waiting to see whether the initiative it names follows. */
  private pendingHeading: { line: SourceLine; title: string } | null = null;

  constructor(
    private readonly lines: SourceLine[],
    private readonly options: FollowUpImportOptions,
    private readonly collector: DiagnosticCollector,
  ) {}

  read(): BudgetFollowUp | null {
    const firstSection = this.lines.findIndex(
      (line) => this.isSectionLine(line.text) || initiativeHeader.test(line.text.split("\t")[1] ?? ""),
    );
    const header = readHeader(
      this.lines,
      (line) => this.lines.indexOf(line) >= firstSection && firstSection >= 0,
    );
    this.metadata = { ...header.metadata, title: header.metadata.title ?? "Uden titel" };
    if (header.metadata.title === undefined) this.collector.add("warning", "import.no-title", undefined);
    const preamble = this.lines
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
    // definitions are the status scales themselves.
    for (const line of this.lines.slice(Math.max(firstSection, 0))) this.readLine(line);
    const document = this.assemble();
    return document === null ? null : this.checkUnderstood(document);
  }

  /** A text with no initiative is no follow-up, whatever else it held; thin ones are warned about. */
  private checkUnderstood(document: BudgetFollowUp): BudgetFollowUp | null {
    const initiatives = document.sections.flatMap((section) => section.initiatives);
    if (initiatives.length === 0) {
      this.collector.add("error", "import.nothing-understood", undefined, { kind: "initiatives" });
      return null;
    }
    if (initiatives.every((initiative) => initiative.milestones.length === 0))
      this.collector.add("warning", "import.no-milestones", undefined);
    if (initiatives.every((initiative) => initiative.economy === undefined))
      this.collector.add("warning", "import.no-economy", undefined);
    return document;
  }

  private isSectionLine(text: string): boolean {
    const bare = withoutHeadingMark(text);
    return (
      !bare.includes("\t") && sectionHeader.test(cellText(bare)) && !initiativeNumber.test(cellText(bare))
    );
  }

  private readLine(line: SourceLine): void {
    if (isDebris(line.text)) return;
    const cells = line.text.split("\t");
    const label = cellText(cells[0]).toLowerCase();
    const pending = this.pendingHeading;
    this.pendingHeading = null;
    // A heading above an initiative's table that names it (Word's navigation pane, issue #21)
    // says nothing the table does not; anything else under a heading is reported as before.
    if (pending !== null && !(initiativeHeader.test(cells[1] ?? "") && cellText(cells[0]) === pending.title))
      this.collector.add("warning", "import.unrecognized-line", pending.line.number, {}, pending.line.text);

    if (this.isSectionLine(line.text)) {
      this.finishDescription();
      const match = sectionHeader.exec(cellText(withoutHeadingMark(line.text)));
      this.sections.push({ number: match?.[1] ?? "", title: (match?.[2] ?? "").trim(), initiatives: [] });
      this.initiative = null;
      return;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line.text);
    if (heading !== null && !line.text.includes("\t")) {
      this.pendingHeading = { line, title: cellText(heading[1]) };
      return;
    }
    const kindCell = initiativeHeader.exec(cells[1] ?? "");
    if (kindCell) {
      this.finishDescription();
      this.startInitiative(cells[0] ?? "", kindCell[1], line);
      return;
    }
    if (label === "milepæl" || label === "milepæle" || label === "økonomi") {
      this.finishDescription();
      if (this.initiative === null) {
        this.collector.add("warning", "import.row-outside-initiative", line.number, {}, line.text);
        return;
      }
      if (label === "økonomi") this.initiative.economy = this.readEconomy(cells, line);
      else this.readMilestone(cells, line);
      return;
    }
    if (
      this.initiative !== null &&
      this.initiative.milestones.length === 0 &&
      this.initiative.economy === undefined
    ) {
      // The description row, or a piece of it continued after a page break.
      if (this.descriptionLine === null) {
        this.descriptionLine = line;
        this.descriptionCells = cells.map((cell) => [cell]);
      } else {
        // Pieces are collected and joined once: joining and trimming the text so far at every line
        // took quadratic time over a long description.
        const before = this.descriptionCells;
        this.descriptionCells = cells.map((cell, index) => {
          const pieces = before[index] ?? [];
          pieces.push(cell);
          return pieces;
        });
      }
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

  private startInitiative(titleCell: string, kindText: string | undefined, line: SourceLine): void {
    const heading = cellText(titleCell);
    const numbered = initiativeNumber.exec(heading);
    const number = numbered?.[1];
    const title = (numbered?.[2] ?? heading).trim() || "Uden titel";
    const initiative: Initiative = {
      id: this.ids.take(number ?? slugify(title)),
      ...(number === undefined ? {} : { number }),
      title,
      ...this.readKind(kindText, line),
      description: "",
      keyContributors: [],
      milestones: [],
    };
    this.currentSection().initiatives.push(initiative);
    this.initiative = initiative;
    this.descriptionLine = null;
    this.descriptionCells = [];
  }

  private readKind(text: string | undefined, line: SourceLine): { kind?: InitiativeKind } {
    if (text === undefined) return {};
    const normalized = normalizeDateText(text).replace(/[/&]/g, " og ").replace(/\s+/g, " ");
    const kinds: Record<string, InitiativeKind> = {
      drift: "drift",
      anlæg: "anlaeg",
      "drift og anlæg": "drift-og-anlaeg",
      "anlæg og drift": "drift-og-anlaeg",
      "øvrig finansiering": "oevrig-finansiering",
    };
    const kind = ownValue(kinds, normalized);
    if (kind === undefined) this.collector.add("warning", "import.unknown-kind", line.number, { text }, text);
    return kind === undefined ? {} : { kind };
  }

  /** Puts the description row into the initiative once it is complete. */
  private finishDescription(): void {
    const initiative = this.initiative;
    const line = this.descriptionLine;
    if (initiative === null || line === null) return;
    this.descriptionLine = null;
    const [description = "", responsibility = "", ...rest] = this.descriptionCells.map(joinLines);
    initiative.description = this.rich(description, line);
    Object.assign(initiative, this.readResponsibility(responsibility, line));
    const leftover = rest.map(cellText).filter((cell) => cell !== "");
    if (leftover.length > 0)
      this.collector.add("warning", "import.unrecognized-line", line.number, {}, leftover.join("\t"));
  }

  /** Reports markup nested too deep in a cell of the line (kept as its text). */
  private reportTooDeep(line: SourceLine): () => void {
    return () =>
      this.collector.add("warning", "import.markup-too-deep", line.number, { depth: maxRichTextDepth });
  }

  private rich(cell: string, line: SourceLine): string {
    const { html, removed } = sanitizeCell(cell, line.number, this.collector);
    if (removed.length > 0)
      this.collector.add(
        "warning",
        "import.html-removed",
        line.number,
        { elements: removed.join(", ") },
        cell,
      );
    return html;
  }

  /** "Ansvarligt center: … Ansvarligt udvalg: … Væsentlig bidragsyder: …", then free notes. */
  private readResponsibility(cell: string, line: SourceLine) {
    const blocks = topLevelBlocks(cell, this.reportTooDeep(line));
    const first = richTextToPlainText(blocks[0] ?? "").replace(/\s+/g, " ");
    const labels = /(Ansvarligt center|Ansvarligt udvalg|Væsentlig(?:e)? bidragsydere?):/gi;
    const found = [...first.matchAll(labels)];
    if (found.length === 0) {
      const notes = this.rich(cell, line);
      return notes === "" ? {} : { notes };
    }
    const values: Record<string, string> = {};
    found.forEach((match, index) => {
      const start = (match.index ?? 0) + match[0].length;
      const end = found[index + 1]?.index ?? first.length;
      values[(match[1] ?? "").toLowerCase().slice(0, 12)] = first.slice(start, end).trim();
    });
    const noteBlocks = blocks.slice(1);
    let contributor = values["væsentlig bi"] ?? "";
    const sentence = splitTrailingSentence(contributor);
    if (sentence !== null) {
      contributor = sentence.before;
      noteBlocks.unshift(escapeHtml(sentence.note));
      this.collector.add("info", "import.note-split", line.number, { text: sentence.note });
    }
    const notes = this.rich(joinBlocks(noteBlocks), line);
    return {
      ...(values["ansvarligt c"] ? { responsibleCenter: values["ansvarligt c"] } : {}),
      ...(values["ansvarligt u"] ? { responsibleCommittee: values["ansvarligt u"] } : {}),
      // Lists of units stay one string: unit names hold commas themselves ("By, Erhverv og Miljø").
      keyContributors: contributor === "" ? [] : [contributor],
      ...(notes === "" ? {} : { notes }),
    };
  }

  private readMilestone(written: string[], line: SourceLine): void {
    const initiative = this.initiative as Initiative;
    // Columns recovered from spaces lose their empty cells: a round in the text's place means
    // the text was empty. With real tabs a milestone row always has its four cells.
    const cells =
      written.length < 4 && isRoundLabel(cellText(written[1])) && !isRoundLabel(cellText(written[2]))
        ? [written[0] ?? "", "", ...written.slice(1)]
        : written;
    const label = cellText(cells[2]);
    if (label !== "" && !this.roundLabelsSeen.has(label)) {
      this.roundLabelsSeen.add(label);
      this.roundLabels.push({ label, line: line.number });
    }
    const { text, statusNote } = splitStatusNote(cells[1] ?? "", this.reportTooDeep(line));
    const { status, guessed } = this.readSmiley(cells[3], "milestone", line);
    const milestone: Milestone = {
      round: label,
      text,
      ...(statusNote === undefined ? {} : { statusNote }),
      status,
      ...(guessed ? { statusGuessed: true } : {}),
    };
    initiative.milestones.push(milestone);
    this.pendingMilestones.push({ milestone, label });
  }

  private readEconomy(cells: string[], line: SourceLine): Economy {
    const { text, statusNote } = splitStatusNote(cells[1] ?? "", this.reportTooDeep(line));
    const amount = readAmount(text);
    const { status } = this.readSmiley(cells[3] ?? cells[2], "economy", line);
    // Kept as written, and said at its line (validate says it again, by path).
    if (status === "yellow")
      this.collector.add("warning", "rules.economy-level-undefined", line.number, { status }, line.text);
    return { text, ...(statusNote === undefined ? {} : { statusNote }), ...amount, status };
  }

  private readSmiley(
    cell: string | undefined,
    scale: "milestone" | "economy",
    line: SourceLine,
  ): { status: Status; guessed: boolean } {
    const written = cellText(cell)
      .replace(/[\uFE0E\uFE0F]/g, "")
      .trim();
    if (written === "") return { status: "not-assessed", guessed: false };
    // Word's smileys are Wingdings letters; pasted as plain text only the letter is left.
    const symbol = ownValue(wingdingsFaces, written) ?? written;
    if (symbol !== written)
      this.collector.add(
        "info",
        "import.wingdings-smiley",
        line.number,
        { letter: written, symbol },
        line.text,
      );
    if (sadFaces.has(symbol)) {
      // On the economy scale a sad face can only be red; on milestones it is yellow or red.
      if (scale === "economy") return { status: "red", guessed: false };
      const chosen = this.options.sadFace ?? "red";
      this.collector.add("warning", "import.smiley-guessed", line.number, { symbol, chosen }, line.text);
      return { status: chosen, guessed: true };
    }
    const status = ownValue(smileyFaces, symbol) ?? statusByWord(symbol);
    if (status !== undefined) return { status, guessed: false };
    this.collector.add("warning", "import.unknown-smiley", line.number, { symbol }, line.text);
    return { status: "not-assessed", guessed: false };
  }

  /** The document as read so far: rounds resolved, milestones pointed at round ids. */
  assemble(): BudgetFollowUp | null {
    this.finishDescription();
    const rounds = this.resolveRounds();
    const idByLabel = new Map(rounds.map((round) => [round.label, round.id]));
    for (const { milestone, label } of this.pendingMilestones)
      milestone.round = idByLabel.get(label) ?? (label || "ukendt");
    const current = this.currentRoundId(rounds);
    const document: BudgetFollowUp = {
      schemaVersion: 2,
      type: "budget-follow-up",
      metadata: this.metadata,
      rounds,
      ...(current === undefined ? {} : { currentRound: current }),
      sections: this.sections,
    };
    // The reader only builds what the schema allows; checking keeps that promise honest.
    reportIfInvalid(budgetFollowUpSchema, document, this.collector);
    return document;
  }

  private resolveRounds(): Round[] {
    // The calendar's rounds by normalised label, the first of each, looked up once per label.
    const calendar = new Map<string, Round>();
    for (const round of this.options.rounds ?? []) {
      const key = normalizeDateText(round.label);
      if (!calendar.has(key)) calendar.set(key, round);
    }
    const year = this.year ?? new Date(0).getUTCFullYear();
    const rounds = this.roundLabels.map(({ label, line }, order): Round & { order: number } => {
      const known = calendar.get(normalizeDateText(label));
      if (known) return { ...known, order };
      // Without a calendar, the cut-off is inferred from the label as every follow-up importer does.
      const inferred = inferCutOff(label, order, year);
      const { cutOff, kind } = inferred;
      if (inferred.assumed)
        this.collector.add("info", "import.round-cut-off-assumed", line, { round: label, cutOff });
      const id =
        inferred.ordinal !== undefined
          ? `${cutOff.slice(0, 4)}-${inferred.ordinal}`
          : !inferred.assumed
            ? kind === "year-end"
              ? `${cutOff.slice(0, 4)}-year-end`
              : cutOff
            : slugify(label);
      return { id, label, kind, cutOff, order };
    });
    const ids = new IdAllocator();
    return rounds
      .sort((a, b) => (a.cutOff === b.cutOff ? a.order - b.order : a.cutOff < b.cutOff ? -1 : 1))
      .map(({ order: _order, ...round }) => ({ ...round, id: ids.take(round.id) }));
  }

  /** "Tredje opfølgning på …" reports on the third round. */
  private currentRoundId(rounds: Round[]): string | undefined {
    const ordinals: Record<string, number> = {
      første: 1,
      anden: 2,
      andet: 2,
      tredje: 3,
      fjerde: 4,
      "1.": 1,
      "2.": 2,
      "3.": 3,
      "4.": 4,
    };
    const match = /\b(første|anden|andet|tredje|fjerde|[1-4]\.)\s*(?:budget)?opfølgning/i.exec(
      this.metadata.title,
    );
    const number = match ? ordinals[(match[1] ?? "").toLowerCase()] : undefined;
    if (number === undefined) return undefined;
    return rounds.find((round) => new RegExp(`^${number}\\.\\s*budgetopfølgning`, "i").test(round.label))?.id;
  }
}

/** A line without its Markdown heading mark ("## 5. Erhverv" → "5. Erhverv"), as Word headings come. */
function withoutHeadingMark(text: string): string {
  return text.replace(/^#{1,6}\s+/, "");
}

/** "1. budgetopfølgning 2017", "31.12.2017": what stands in a milestone's round cell. */
function isRoundLabel(text: string): boolean {
  return /^\d\.\s*budgetopfølgning(?:\s+\d{4})?$|^\d{1,2}\.\d{1,2}\.\d{4}$/i.test(text);
}

/**
 * A cell continued over several lines: the pieces joined by a space, each trimmed (the same text,
 * once white space is collapsed, as joining and trimming line by line). One piece stays as written.
 */
function joinLines(pieces: string[]): string {
  if (pieces.length === 1) return pieces[0] ?? "";
  return pieces
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "")
    .join(" ");
}

/** The canonical HTML of each top-level block of a cell: paragraphs, lists, loose text. */
function topLevelBlocks(cell: string, onTooDeep?: () => void): string[] {
  const { nodes, tooDeep } = parseRichText(cell);
  if (tooDeep) onTooDeep?.();
  const blocks: RichNode[][] = [];
  let inline: RichNode[] = [];
  const flush = () => {
    if (inline.length > 0) blocks.push(inline);
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === "element" && node.tag === "p") {
      flush();
      blocks.push(node.children);
    } else if (node.type === "element" && (node.tag === "ul" || node.tag === "ol")) {
      flush();
      blocks.push([node]);
    } else {
      inline.push(node);
    }
  }
  flush();
  return blocks.map((block) => sanitizeRichText(serializeNodes(block)).html).filter((html) => html !== "");
}

function serializeNodes(nodes: RichNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return escapeHtml(node.text);
      if (node.tag === "br") return "<br>";
      return `<${node.tag}>${serializeNodes(node.children)}</${node.tag}>`;
    })
    .join("");
}

/** One block stays as it is; several become paragraphs (lists stay lists). */
function joinBlocks(blocks: string[]): string {
  if (blocks.length <= 1) return blocks[0] ?? "";
  return blocks
    .map((block) => (block.startsWith("<ul>") || block.startsWith("<ol>") ? block : `<p>${block}</p>`))
    .join("");
}

/**
 * "Status: …" at the end of a milestone or economy text is a note of its own. Paragraphs become
 * lines of plain text.
 */
function splitStatusNote(cell: string, onTooDeep?: () => void): { text: string; statusNote?: string } {
  const paragraphs = topLevelBlocks(cell, onTooDeep).map((block) =>
    richTextToPlainText(block)
      .replace(/[ \t]+/g, " ")
      .trim(),
  );
  const text: string[] = [];
  const note: string[] = [];
  let inNote = false;
  for (const paragraph of paragraphs) {
    if (inNote) {
      note.push(paragraph);
      continue;
    }
    const status = /(^|\s)Status:\s*/.exec(paragraph);
    if (status === null) {
      text.push(paragraph);
      continue;
    }
    const before = paragraph.slice(0, status.index).trim();
    if (before !== "") text.push(before);
    note.push(paragraph.slice(status.index + status[0].length).trim());
    inNote = true;
  }
  const noteText = note.filter((part) => part !== "").join("\n");
  return { text: text.join("\n"), ...(noteText === "" ? {} : { statusNote: noteText }) };
}

/**
 * A sentence after the last responsibility label is a note, not a unit name ("Væsentlig
 * bidragsyder: Skoler, Institutioner og Kultur Justeringen af … brugere."). Unit names never end
 * with a full stop; a sentence starts at a capitalised word followed by a lower-case one.
 */
function splitTrailingSentence(value: string): { before: string; note: string } | null {
  if (!value.endsWith(".")) return null;
  const words = value.split(" ");
  const joiners = new Set(["og", "samt", "&"]);
  for (let index = 0; index < words.length - 1; index += 1) {
    const word = words[index] as string;
    const next = words[index + 1] as string;
    const startsSentence = /^[A-ZÆØÅ]/.test(word) && /^[a-zæøå]/.test(next) && !joiners.has(next);
    if (startsSentence && words.length - index >= 4) {
      return { before: words.slice(0, index).join(" ").trim(), note: words.slice(index).join(" ") };
    }
  }
  return null;
}

/** "Investering i 2017: 29,8 mio. kr." is an investment of 29 800 000 kroner. */
function readAmount(text: string): Pick<Economy, "amount" | "amountType"> {
  // A number starts where a run of digits starts (and thousands groups where no digit and point
  // stand before): tried from inside a run too, "1.111.111…" and long digit runs took quadratic time.
  const match =
    /((?<!\d\.?)\d{1,3}(?:\.\d{3})+|(?<!\d)\d+)(?:,(\d+))?\s*(mia\.?|milliard(?:er)?|mio\.?|million(?:er)?|mill\.?|t\.?\s?kr\.?|tkr\.?|kr\.?)/i.exec(
      text,
    );
  if (match === null) return {};
  const whole = (match[1] ?? "0").replace(/\./g, "");
  const fraction = match[2] ?? "";
  const unit = (match[3] ?? "").toLowerCase();
  const multiplier = /^mia|^milliard/.test(unit)
    ? 1e9
    : /^mio|^mill/.test(unit)
      ? 1e6
      : /^t\.?\s?kr|^tkr/.test(unit)
        ? 1e3
        : 1;
  // Whole kroner from the digits, so that 29,8 mio. is 29800000 exactly.
  const amount = Math.round((Number(`${whole}${fraction}`) * multiplier) / 10 ** fraction.length);
  const lower = text.toLowerCase();
  const amountType = /besparelse|spare/.test(lower)
    ? "saving"
    : /investering|anlæg/.test(lower)
      ? "investment"
      : /indtægt|provenu/.test(lower)
        ? "income"
        : /afsættes|afsat|udgift|bevilg|tilføre|merforbrug/.test(lower)
          ? "expense"
          : undefined;
  return { amount, ...(amountType === undefined ? {} : { amountType }) };
}
