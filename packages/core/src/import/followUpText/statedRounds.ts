// The rounds' calendar a follow-up's text states before its first section: the table milepael's
// paper prints under "Om dokumentet" (round, kind, cut-off, meeting date) and the line naming the
// round the document reports on, as the paper's Word pages, its PDF or its text pasted give them,
// or as staff type them.

import {
  keyOfWord,
  parsePageDate,
  type RoundColumn,
  roundColumns,
  roundKindWords,
  roundsWords,
} from "../../export/docx/pageTags";
import type { Round } from "../../model/budgetFollowUp.schema";
import { cellText } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import { csvColumnByHeader, firstColumnIndexes, headerColumns } from "../shared/csvColumns";
import { isoDayOf } from "../shared/dayCell";
import { isDebris, type SourceLine, splitCells } from "../shared/lines";
import { roundKey } from "../shared/roundKey";

/** A round as the document states it: its label and line, and what its row gives of the rest. */
export interface StatedRound {
  label: string;
  line: number;
  kind?: Round["kind"];
  cutOff?: string;
  meetingDate?: string;
}

/** The rounds a text states, the round it says it reports on, and the lines that said it. */
export interface StatedCalendar {
  rounds: StatedRound[];
  current?: { label: string; line: number };
  lines: number[];
}

const columnByHeader = csvColumnByHeader(
  roundColumns,
  { da: roundsWords.da.columns, en: roundsWords.en.columns },
  // Headers as staff type them.
  [
    ["opgjort pr", "cutOff"],
    ["skæringsdato", "cutOff"],
    ["mødedato", "meetingDate"],
    ["møde", "meetingDate"],
  ],
);

const currentLine = new RegExp(`^(?:${roundsWords.da.current}|${roundsWords.en.current})\\s*:\\s*(.+)$`, "i");

/**
 * The rounds' calendar among the lines before a follow-up's first section: a table whose header
 * names at least the round and its cut-off ("Opfølgning", "Opgjort pr."; the kind and the meeting
 * date may follow, in any order), its rows up to the first line that is no row, and the line
 * "Dokumentet rapporterer på: …". A day is read as the paper prints it or as staff type it ("31.
 * marts 2017", "31.03.2017", "pr. 31.03", the year then the document's); a cell that cannot be read
 * is reported (`import.invalid-value`) and what the label says is used instead; a row without a
 * label, or with a label an earlier row has, is reported with its text (`import.unrecognized-line`).
 *
 * @example
 * readStatedRounds(front, 2017, collector).rounds[0]; // { label: "1. budgetopfølgning 2017", line: 25, kind: "follow-up", cutOff: "2017-03-31", meetingDate: "2017-05-02" }
 */
export function readStatedRounds(
  lines: readonly SourceLine[],
  year: number | undefined,
  collector: DiagnosticCollector,
): StatedCalendar {
  const calendar: StatedCalendar = { rounds: [], lines: [] };
  let table: { headers: string[]; columns: Map<RoundColumn, number> } | null = null;
  const labels = new Set<string>();
  for (const line of lines) {
    const cells = splitCells(line.text).map((cell) => cellText(cell));
    if (cells.length < 2) {
      const current = currentLine.exec(cells[0] ?? "");
      if (current?.[1] !== undefined) {
        calendar.current = { label: current[1].trim(), line: line.number };
        calendar.lines.push(line.number);
      }
      // A blank line or page debris does not end the table; text does.
      if (!isDebris(line.text)) table = null;
      continue;
    }
    if (table === null) {
      const columns = firstColumnIndexes(
        headerColumns(
          cells.map((cell) => cell.replace(/:$/, "")),
          columnByHeader,
        ),
      );
      if (columns.has("label") && columns.has("cutOff")) {
        table = { headers: cells, columns };
        calendar.lines.push(line.number);
      }
      continue;
    }
    calendar.lines.push(line.number);
    const round = statedRound(cells, line, table, year, collector);
    if (round === undefined) continue;
    // A round stated twice: the first row is its calendar, the other is said.
    const key = roundKey(round.label);
    if (labels.has(key)) collector.add("warning", "import.unrecognized-line", line.number, {}, line.text);
    else calendar.rounds.push(round);
    labels.add(key);
  }
  return calendar;
}

function statedRound(
  cells: readonly string[],
  line: SourceLine,
  table: { headers: readonly string[]; columns: ReadonlyMap<RoundColumn, number> },
  year: number | undefined,
  collector: DiagnosticCollector,
): StatedRound | undefined {
  const cell = (column: RoundColumn) => cells[table.columns.get(column) ?? -1] ?? "";
  const label = cell("label");
  if (label === "") {
    collector.add("warning", "import.unrecognized-line", line.number, {}, line.text);
    return undefined;
  }
  const round: StatedRound = { label, line: line.number };
  /** The cell's value, or undefined for an empty cell and, reported, for one that cannot be read. */
  const value = <T>(column: RoundColumn, read: (text: string) => T | null | undefined) => {
    const text = cell(column);
    if (text === "") return undefined;
    const parsed = read(text);
    if (parsed === null || parsed === undefined) {
      const header = table.headers[table.columns.get(column) ?? -1] ?? column;
      collector.add("warning", "import.invalid-value", line.number, { value: text, column: header });
      return undefined;
    }
    return parsed;
  };
  const kind = value(
    "kind",
    (text) => keyOfWord(roundKindWords.da, text) ?? keyOfWord(roundKindWords.en, text),
  );
  const cutOff = value("cutOff", (text) => statedDay(text, year));
  const meetingDate = value("meetingDate", (text) => statedDay(text, year));
  if (kind !== undefined) round.kind = kind;
  if (cutOff !== undefined) round.cutOff = cutOff;
  if (meetingDate !== undefined) round.meetingDate = meetingDate;
  const known = new Set(table.columns.values());
  const ignored = cells.flatMap((text, index) => (known.has(index) || text === "" ? [] : [index]));
  if (ignored.length > 0)
    collector.add(
      "warning",
      "import.cell-ignored",
      line.number,
      { column: ignored.map((index) => table.headers[index] || `#${index + 1}`).join(", ") },
      ignored.map((index) => cells[index]).join("\t"),
    );
  return round;
}

/** A day as the paper prints it ("31. marts 2017", "31 March 2017") or as staff type it ("pr. 31.03"). */
function statedDay(text: string, year: number | undefined): string | undefined {
  return parsePageDate(text) ?? isoDayOf(text.replace(/^(?:pr\.?|per)\s*/i, ""), year);
}
