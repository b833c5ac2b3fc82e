import {
  type Economy,
  economyAmountTypes,
  type Initiative,
  initiativeKinds,
  type Milestone,
} from "../../model/budgetFollowUp.schema";
import { lifecycleStates, type Status } from "../../status/status";
import { statusByWord } from "../../status/vocabulary";
import { initiativeKind } from "../followUpText/patterns";
import { readSmiley, writesSmiley } from "../followUpText/smiley";
import { richCell, storedRichCell, typedLinesAsRichText } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import { amountLocale, parseAmount } from "./amount";
import { type FollowUpCsvColumn, yesNoWords } from "./columns";

// One row of a follow-up CSV read into an initiative, a milestone or an economy line: the cells of
// the row through its header, each checked against the words and numbers the columns allow.

/** A row's cell under a column, "" when the row has none. */
export type CellReader = (column: FollowUpCsvColumn) => string;

/** A row of the table: its cells through the header, and the 1-based line it starts on. */
export interface SourceRow {
  cell: CellReader;
  line: number;
}

/** The line a cell was read from, for an initiative read from several rows. */
export type LineOf = (column: FollowUpCsvColumn) => number;
/** A column's name as the file's header writes it, for messages ("Milepæl: status", not "milestoneStatus"). */
export type HeaderOf = (column: FollowUpCsvColumn) => string;

/**
 * The initiative a row opens: its id, title, kind, lifecycle and economy from the row's cells
 * (or its rows' cells, `repeatedCells`, with the line each was read from); words outside a
 * column's list are reported, on the line they stand on, and left out.
 *
 * @example
 * readInitiative("5.03", (column) => row[header.indexOf(column)] ?? "", 4, collector).title;
 */
export function readInitiative(
  id: string,
  cell: CellReader,
  line: number | LineOf,
  collector: DiagnosticCollector,
  headerOf: HeaderOf = (column) => column,
): Initiative {
  const at: LineOf = typeof line === "number" ? () => line : line;
  const optional = <K extends string>(key: K, value: string) =>
    value === "" ? {} : ({ [key]: value } as Record<K, string>);
  const columns: ColumnReading = { cell, at, headerOf, collector };
  const kind = oneOf("kind", initiativeKinds, columns, kindOfWord);
  const lifecycle = oneOf("lifecycle", lifecycleStates, columns);
  // Lines typed with Alt+Enter in Excel are paragraphs or a list, as in a plan CSV's description.
  const rich = (column: "description" | "notes") =>
    richCell(typedLinesAsRichText(cell(column)), at(column), collector, false, headerOf(column));
  const notes = rich("notes");
  const economy = readEconomy(columns);
  return {
    id,
    ...optional("number", cell("number")),
    title: cell("title") === "" ? id : cell("title"),
    ...(kind === undefined ? {} : { kind }),
    description: rich("description"),
    ...optional("responsibleCenter", cell("responsibleCenter")),
    ...optional("responsibleCommittee", cell("responsibleCommittee")),
    keyContributors: cell("keyContributors")
      .split("\n")
      .filter((name) => name.trim() !== ""),
    ...(notes === "" ? {} : { notes }),
    ...(lifecycle === undefined ? {} : { lifecycle }),
    milestones: [],
    ...(economy === undefined ? {} : { economy }),
  };
}

/**
 * The milestone on a row: its round (as written; ids come later), text, status note and status,
 * whether the status was guessed; none when the row names no round (reported when it has a
 * milestone or status all the same).
 *
 * @example
 * readMilestone((column) => row[header.indexOf(column)] ?? "", 7, collector)?.status; // "green" for "grøn"
 */
export function readMilestone(
  cell: CellReader,
  line: number,
  collector: DiagnosticCollector,
  headerOf: HeaderOf = (column) => column,
): Milestone | undefined {
  const round = cell("round");
  const statusText = cell("milestoneStatus");
  if (filled(round) === "") {
    if (statusText.trim() !== "" || cell("milestone").trim() !== "")
      collector.add("warning", "import.milestone-without-round", line, {}, cell("milestone"));
    return undefined;
  }
  const guessedText = cell("statusGuessed").trim().toLowerCase();
  const note = cell("milestoneNote");
  const text = storedRichCell(cell("milestone"), line, collector, headerOf("milestone"));
  const { status, guessed } = readStatus(
    statusText,
    headerOf("milestoneStatus"),
    "milestone",
    line,
    collector,
  );
  // The column says whether the status was guessed; where it is empty, a guessed sad face says so.
  const statusGuessed =
    guessedText === "" ? guessed : guessedText === yesNoWords.da.yes || guessedText === yesNoWords.en.yes;
  return {
    round,
    // Rich text in the model, sanitised as `parseDocumentJson` does; what goes is reported.
    text,
    ...(note === "" ? {} : { statusNote: note }),
    status,
    ...(guessedText === "" && !guessed ? {} : { statusGuessed }),
  };
}

function readEconomy(columns: ColumnReading): Economy | undefined {
  const { cell, at, headerOf, collector } = columns;
  const text = cell("economy");
  const statusText = cell("economyStatus");
  const amountText = cell("amount").trim();
  if (statusText.trim() === "" && text.trim() === "" && amountText === "") return undefined;
  const amount = parseAmount(amountText, amountLocale(headerOf("amount")));
  if (amountText !== "" && amount === undefined)
    collector.add(
      "warning",
      "import.invalid-value",
      at("amount"),
      { column: headerOf("amount"), value: amountText },
      amountText,
    );
  const amountType = oneOf("amountType", economyAmountTypes, columns);
  const note = cell("economyNote");
  const round = cell("economyRound");
  const { status } = readStatus(
    statusText,
    headerOf("economyStatus"),
    "economy",
    at("economyStatus"),
    collector,
  );
  // Kept as written, and said where it stands (validate says it again, by path).
  if (status === "yellow")
    collector.add("warning", "rules.economy-level-undefined", at("economyStatus"), { status }, text);
  return {
    // Rich text in the model, as the milestone's.
    text: storedRichCell(text, at("economy"), collector, headerOf("economy")),
    ...(note === "" ? {} : { statusNote: note }),
    ...(amount === undefined ? {} : { amount }),
    ...(amountType === undefined ? {} : { amountType }),
    status,
    // The round the status was set at (assessment); kept as written, as a milestone's round is.
    ...(round === "" ? {} : { round }),
  };
}

/**
 * The value when it has more than white space, else "".
 *
 * @example
 * filled("  "); // ""
 */
export function filled(value: string): string {
  return value.trim() === "" ? "" : value;
}

const notAssessed = { status: "not-assessed", guessed: false } as const;

/**
 * A status cell: a word ("Grøn", "red"), or a smiley as staff paste it from a follow-up in Word (a
 * face, or Wingdings' letter), read as the text importer reads it: a sad face on the milestone
 * scale is guessed and said so. Anything else is reported and read as not assessed.
 */
function readStatus(
  text: string,
  column: string,
  scale: "milestone" | "economy",
  line: number,
  collector: DiagnosticCollector,
): Readonly<{ status: Status; guessed: boolean }> {
  const word = text.trim().toLowerCase();
  if (word === "") return notAssessed;
  const status = statusByWord(word);
  if (status !== undefined) return { status, guessed: false };
  if (writesSmiley(text)) return readSmiley(text, scale, { number: line, text }, undefined, collector);
  collector.add("warning", "import.invalid-value", line, { column, value: text.trim() }, text);
  return notAssessed;
}

/** An initiative's cells, the line each was read from, the file's names for its columns, and where findings go. */
interface ColumnReading {
  cell: CellReader;
  at: LineOf;
  headerOf: HeaderOf;
  collector: DiagnosticCollector;
}

/**
 * The kind a cell names in the words a follow-up writes it ("Anlæg", "drift og anlæg", "øvrig
 * finansiering"), as staff type it over the id milepael's export writes ("anlaeg").
 */
const kindOfWord = (value: string) => initiativeKind(value, new Map());

/**
 * A column's word when it is one of `allowed` (or a word `read` gives one of them for); any other is
 * reported on its line and left out.
 */
function oneOf<T extends string>(
  column: FollowUpCsvColumn,
  allowed: readonly T[],
  { cell, at, headerOf, collector }: ColumnReading,
  read?: (value: string) => T | undefined,
): T | undefined {
  const value = cell(column).trim();
  if (value === "") return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const word = read?.(value);
  if (word !== undefined) return word;
  collector.add("warning", "import.invalid-value", at(column), { column: headerOf(column), value }, value);
  return undefined;
}
