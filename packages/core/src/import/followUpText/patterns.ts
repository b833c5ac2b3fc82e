import { normalizeDateText } from "../../date/tokenize";
import type { InitiativeKind } from "../../model/budgetFollowUp.schema";
import { cellText, ownValue } from "../shared/cells";
import { type LineReader, type SourceLine, splitCells } from "../shared/lines";
import { isPaperLead } from "./preamble";

/** The words of an initiative's header cell, wherever they stand: the quick test before `headerCell`. */
const initiativeHeader = /Kort beskrivelse af indsatsen/i;
/**
 * The second cell of an initiative's first row as text: it starts with the words (bold marks
 * allowed), its kind in parentheses after them; a footnote mark or a remark may follow ("(drift)¹",
 * "(drift) - se bilag 2"). A cell that quotes the words mid-sentence ("Se Kort beskrivelse af
 * indsatsen ovenfor") is no header.
 */
const headerCell = /^[*\s]*Kort beskrivelse af indsatsen[*\s]*(?:\(([^)]*)\))?/i;
const sectionHeader = /^(\d+)\.\s+(\S.*)$/;
const headingMark = /^#{1,6}\s+/;
/** The mark the Word reader gives an item of a numbered list, before its number: "- 5. Erhverv". */
const numberedListMark = /^-\s+(?=\d)/;
const roundLabel = /^\d\.\s*budgetopfølgning(?:\s+\d{4})?$|^\d{1,2}\.\d{1,2}\.\d{4}$/i;
/** "5.03. Title": an initiative's number and title. */
export const initiativeNumber = /^(\d+(?:\.\d+)+)\.?\s+(\S.*)$/;
const kinds: Readonly<Record<string, InitiativeKind>> = {
  drift: "drift",
  anlæg: "anlaeg",
  "drift og anlæg": "drift-og-anlaeg",
  "anlæg og drift": "drift-og-anlaeg",
  "øvrig finansiering": "oevrig-finansiering",
};

/**
 * A section heading's number and title: "5. Erhverv", alone on its line (a Markdown heading mark
 * allowed, or the list mark of Word's auto-numbered headings: "- 5. Erhverv"), and not an
 * initiative's number. `null` for any other line.
 *
 * @example
 * sectionHeading("## 5. Erhverv"); // { number: "5", title: "Erhverv" }
 */
export function sectionHeading(text: string): { number: string; title: string } | null {
  // Most lines start with neither "#" nor "-": no pattern run for them.
  const first = text.charCodeAt(0);
  const bare =
    first === 0x23
      ? text.replace(headingMark, "")
      : first === 0x2d
        ? text.replace(numberedListMark, "")
        : text;
  // Tabs that only close the line are empty cells after the heading, not a table row.
  if (bare.trimEnd().includes("\t")) return null;
  const plain = cellText(bare);
  const match = sectionHeader.exec(plain);
  if (match === null || initiativeNumber.test(plain)) return null;
  return { number: match[1] ?? "", title: (match[2] ?? "").trim() };
}

/**
 * The "(…)" text of initiative tables' header cells ("Kort beskrivelse af indsatsen (drift)"):
 * `undefined` for a header without one, `null` for a cell that is no header. The last header cell
 * is kept: a follow-up writes the same one for every initiative, and matching it again made a
 * match array for each.
 *
 * @example
 * new HeaderCells().kindText("Kort beskrivelse af indsatsen (drift)"); // "drift"
 */
export class HeaderCells {
  private last: string | null = null;
  private lastKind: string | undefined;

  kindText(cell: string): string | undefined | null {
    if (cell === this.last) return this.lastKind;
    const kind = initiativeHeaderKind(cell);
    if (kind === null) return null;
    this.last = cell;
    this.lastKind = kind;
    return kind;
  }
}

/**
 * The "(…)" text of an initiative's header cell ("Kort beskrivelse af indsatsen (drift)", markup
 * allowed around it): `undefined` for a header without one, `null` for a cell that is no header. A
 * cell that only quotes the words ("Se Kort beskrivelse af indsatsen ovenfor.") is no header: it made
 * a milestone row a bogus initiative "Milepæl".
 *
 * @example
 * initiativeHeaderKind("<p>Kort beskrivelse af indsatsen (anlæg)</p>"); // "anlæg"
 */
export function initiativeHeaderKind(cell: string): string | undefined | null {
  // Most cells do not hold the words: no plain text made of them.
  if (!initiativeHeader.test(cell)) return null;
  const match = headerCell.exec(cellText(cell));
  return match === null ? null : match[1];
}

/**
 * Whether a cell is an initiative's header cell (`initiativeHeaderKind`).
 *
 * @example
 * isInitiativeHeaderCell("Se Kort beskrivelse af indsatsen ovenfor."); // false
 */
export function isInitiativeHeaderCell(cell: string): boolean {
  return initiativeHeaderKind(cell) !== null;
}

/**
 * "1. budgetopfølgning 2017", "31.12.2017": what stands in a milestone's round cell.
 *
 * @example
 * isRoundLabel("31.12.2017"); // true
 */
export function isRoundLabel(text: string): boolean {
  return roundLabel.test(text);
}

/**
 * The kind "(drift)", "(anlæg/drift)" names, or `undefined`; each distinct text read once through `seen`.
 *
 * @example
 * initiativeKind("Anlæg & drift", new Map()); // "drift-og-anlaeg"
 */
export function initiativeKind(
  text: string,
  seen: Map<string, InitiativeKind | undefined>,
): InitiativeKind | undefined {
  if (seen.has(text)) return seen.get(text);
  const kind = ownValue(kinds, normalizeDateText(text).replace(/[/&]/g, " og ").replace(/\s+/g, " "));
  seen.set(text, kind);
  return kind;
}

/**
 * The lines up to and with the first section heading or initiative table (all of them when there
 * is none), read from `lines`, and the place of that first one (-1: none).
 *
 * @example
 * readHead(new LineReader("Titel\n\n1. Afsnit\nmere")); // { head: [3 lines], firstSection: 2 }
 */
export function readHead(lines: LineReader): { head: SourceLine[]; firstSection: number } {
  const head: SourceLine[] = [];
  // Read from Word or PDF, milepael's paper (its guide's lead sentence stands first) marks its
  // headings ("# Sammenfatning"), its sections' too: under its summary, an unmarked line is the
  // chart's, such as the label of a round with no milestone, printed without a count
  // ("1. budgetopfølgning 2018"), and no section.
  let paper = false;
  let underMarkedSummary = false;
  for (let line = lines.next(); line !== null; line = lines.next()) {
    head.push(line);
    const marked = line.text.charCodeAt(0) === 0x23;
    paper ||= isPaperLead(line.text);
    if (marked) underMarkedSummary = paper && isSummaryHeading(line.text);
    const section = underMarkedSummary && !marked ? null : sectionHeading(line.text);
    if (section !== null || isInitiativeHeaderCell(splitCells(line.text)[1] ?? ""))
      return { head, firstSection: head.length - 1 };
  }
  return { head, firstSection: -1 };
}

/** "# Sammenfatning" or "## Summary", as the paper's summary heading reads from Word or PDF. */
function isSummaryHeading(text: string): boolean {
  return /^#{1,6}\s+(?:\*\*)?(?:sammenfatning|summary)(?:\*\*)?\s*$/i.test(text);
}

/**
 * The first cell in lower case where it may be a row label ("Milepæl", "Økonomi"), else "". The
 * labels as Word writes them need no copy, and only a short cell starting with m or ø can be one:
 * a lower-case copy of every first cell cost a tenth of the import (the smileys make the text
 * two-byte, and two-byte strings take the slow path).
 *
 * @example
 * rowLabel("MILEPÆL"); // "milepæl"
 */
export function rowLabel(first: string): string {
  if (first === "Milepæl") return "milepæl";
  if (first === "Økonomi") return "økonomi";
  if (first.length > 8) return "";
  const initial = first.charCodeAt(0);
  // M, m, Ø, ø: no other character has a lower case of m or ø.
  return initial === 0x4d || initial === 0x6d || initial === 0xd8 || initial === 0xf8
    ? first.toLowerCase()
    : "";
}
