// The cells and inline markup of a plan's text: pipe rows, Markdown-style bold, cells continued over
// a page break, and an activity cell that carries a list.

import { escapeHtml, richTextToPlainText } from "../../richText/richText";
import { reportPlainCellMarkup, richCell } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import type { SourceLine } from "../shared/lines";

/**
 * "| 11. april 2018 | Ballerup … |" as cells, or `null` for a line that is no pipe row.
 *
 * @example
 * pipeRow("| 11. april 2018 | Ballerup |"); // ["11. april 2018", "Ballerup"]
 */
export function pipeRow(text: string): string[] | null {
  const trimmed = text.trim().replace(/^-\s+(?=\|)/, "");
  if (!/^\|.*\|$/.test(trimmed)) return null;
  return trimmed
    .slice(1, -1)
    .split("|")
    .map((cell) => cell.trim());
}

/**
 * The text without extraction's Markdown-style bold marks.
 *
 * @example
 * stripBold("**Kattegatkursus:**"); // "Kattegatkursus:"
 */
export function stripBold(text: string): string {
  return text.replace(/\*\*/g, "").trim();
}

/**
 * Markdown-style bold from extraction becomes `strong`; the rest is escaped text.
 *
 * @example
 * inlineMarkup("**Kursus** for A & B"); // "<strong>Kursus</strong> for A &amp; B"
 */
export function inlineMarkup(text: string): string {
  return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
}

/**
 * A plain-text cell: HTML flattened, and runs of two or more spaces, which extraction leaves
 * where the author broke the line, become line breaks.
 *
 * @example
 * plainCell("Chefgruppen  Alle ledere"); // "Chefgruppen\nAlle ledere"
 */
export function plainCell(cell: string): string {
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
 *
 * @example
 * const pieces = ["Bal-"];
 * joinContinued(pieces, "lerup"); // pieces.join("") === "Ballerup"
 */
export function joinContinued(pieces: string[], after: string): void {
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
 *
 * @example
 * splitTitleAndList("Møde * Udlevering * Materialesamling", line, collector);
 * // { title: "Møde", list: "<ul><li>Udlevering</li><li>Materialesamling</li></ul>" }
 */
export function splitTitleAndList(
  cell: string,
  line: SourceLine,
  collector: DiagnosticCollector,
): { title: string; list: string } {
  const listStart = cell.search(/<(ul|ol)\b|(^|\s)\*\s/i);
  const titleCell = listStart < 0 ? cell : cell.slice(0, listStart);
  reportPlainCellMarkup(titleCell, line.number, collector);
  if (listStart < 0) return { title: plainCell(cell), list: "" };
  let list = cell.slice(listStart);
  const title = plainCell(titleCell);
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
  return { title, list: richCell(list, line.number, collector) };
}
