// The text inside a PDF's table cell or text block: lines joined into paragraphs (a line that fills
// its width runs on into the next), list items, and headings by their size.

import { escapeHtml } from "../../richText/richText";
import type { Fragment, PdfCell } from "./layout";
import { pictureMark } from "./pictures";

/** A paragraph of a cell or text block, and the line it starts on. */
type Paragraph = { text: string; list: "ul" | "ol" | null; size: number; start: Fragment };

/** Lines further apart than this (in font sizes) have a blank line's space between them. */
const blankLine = 1.8;

/** How a PDF spaces the lines inside its table cells (`cellSpacing`). */
export interface CellSpacing {
  /** A line further below the one above it than this (in font sizes) starts a paragraph. */
  paragraphGap: number;
  /**
   * The PDF sets its paragraphs apart with space: a line at a paragraph's own distance then ends its
   * paragraph only when the next line's first word would have fitted after it with room to spare (a
   * line break typed in it); the usual estimate of a word's width is wrong for a line whose next
   * word only just did not fit ("… anvendelsen af" before "kommunens").
   */
  spaced: boolean;
}

/**
 * How the lines inside a PDF's table cells are spaced: the median distance under a blank line's
 * between two lines of one size is a paragraph's own, and the PDF sets paragraphs apart when more
 * than one distance exceeds it (by 0.15 of the font size: lines of a paragraph vary by less).
 *
 * @example
 * cellSpacing(cells); // { paragraphGap: 1.6, spaced: true } for a report printed by Chromium
 */
export function cellSpacing(cells: readonly PdfCell[]): CellSpacing {
  const gaps: number[] = [];
  for (const { lines } of cells)
    for (let at = 1; at < lines.length; at += 1) {
      const [above, line] = [lines[at - 1] as Fragment, lines[at] as Fragment];
      if (above.page !== line.page || Math.abs(above.size - line.size) >= 0.5) continue;
      const gap = (above.y - line.y) / line.size;
      if (gap > 0) gaps.push(gap);
    }
  gaps.sort((a, b) => a - b);
  const lineGaps = gaps.filter((gap) => gap < blankLine);
  const paragraphGap = (lineGaps[Math.floor(lineGaps.length / 2)] ?? blankLine) + 0.15;
  // Set apart by less than a blank line or by more (milepael's report gives a cell's paragraphs half
  // a line's margin): either way the space, not a line's length, ends a paragraph.
  return { paragraphGap, spaced: gaps.filter((gap) => gap > paragraphGap).length > 1 };
}

/**
 * The paragraphs of a cell or text block: a line with a paragraph's space above it starts one (a
 * blank line's, or in a PDF whose cells' paragraphs are spaced, `spacing`, that space); otherwise
 * a line that fills its width runs on into the next (in such a PDF, judged by a wide estimate of
 * the next word); a line that starts with a bullet (or in a cell with "1)") starts a list item.
 */
function paragraphs(
  lines: readonly Fragment[],
  width: number,
  numbered = false,
  spacing?: CellSpacing,
  words?: ReadonlySet<string>,
): Paragraph[] {
  const apart = spacing?.spaced ? spacing.paragraphGap : blankLine;
  // A paragraph's lines are kept apart and joined once: a paragraph over many pages (a table row
  // going on over them) joined line by line was copied whole at each line.
  const result: (Omit<Paragraph, "text"> & { lines: string[] })[] = [];
  let open: (typeof result)[number] | null = null;
  let previous: Fragment | null = null;
  for (const line of lines) {
    const number = numbered ? /^\d{1,2}\)\s+/.exec(line.text) : null;
    const bullet = /^[•▪◦·]\s*/.exec(line.text) ?? number;
    const text = bullet ? line.text.slice(bullet[0].length) : line.text;
    // A line was wrapped when the next line's first word would not have fitted after it.
    const firstWord = text.split(" ")[0] ?? "";
    const left = previous?.hang ?? lines[0]?.x ?? line.x;
    // A list item's lines start after the bullet: less room than the cell's.
    const room = width - (left - (lines[0]?.x ?? left));
    // ...and it stands right below: a line with a blank line's space above it starts a paragraph
    // ("Dato: 4. maj 2017", then the title), wherever it ends. Across a page break, any distance.
    const samePage = line.page === previous?.page;
    const below = samePage && previous !== null && previous.y - line.y < line.size * apart;
    const wrapped =
      open !== null &&
      previous !== null &&
      bullet === null &&
      Math.abs(line.size - previous.size) < 0.5 &&
      (!samePage || below) &&
      fullLine(previous, line, firstWord, left, room, spacing);
    if (open !== null && wrapped) {
      joinWrapped(open.lines, text, brokenWord(open.lines, previous as Fragment, text, left, room, words));
    } else {
      open = {
        lines: [text],
        list: bullet === null ? null : number === null ? "ul" : "ol",
        size: line.size,
        start: line,
      };
      result.push(open);
    }
    previous = line;
  }
  return result.map(({ lines: joined, ...paragraph }) => ({ ...paragraph, text: joined.join("") }));
}

/**
 * Whether a line that starts at `left` in a cell `width` wide is full: the first word of the line
 * after it (`next`, `word`) would not have fitted after it, so the line was wrapped rather than
 * ended. A character's width is an average one's, or in a PDF whose paragraphs are spaced
 * (`spacing`) a wide one's ("m"), since there the space tells a paragraph's end. Across a page
 * break there is no space to tell it: the word is as wide as the next line's letters are.
 *
 * @example
 * fullLine(line, next, "kommunens", cell.x, 160); // true when "kommunens" would not fit after the line
 */
export function fullLine(
  line: Fragment,
  next: Fragment,
  word: string,
  left: number,
  width: number,
  spacing?: CellSpacing,
): boolean {
  const letters = next.text.replace(/\*\*/g, "").length;
  const charWidth =
    line.page !== next.page && letters > 0
      ? (next.right - next.x) / letters
      : next.size * (spacing?.spaced ? 0.75 : 0.55);
  return line.right - left + (word.length + 1) * charWidth > width - 14;
}

/**
 * The words of a PDF's text, in lower case, as `brokenWord` looks a word up: a word that the PDF
 * writes whole somewhere (the line naming the round reported on, the summary) is known to be one.
 *
 * @example
 * pdfWords(fragments).has("håndværkervirksomheder"); // true when a line holds it whole
 */
export function pdfWords(fragments: readonly Fragment[]): Set<string> {
  const words = new Set<string>();
  for (const fragment of fragments)
    for (const word of fragment.text
      .replace(/\*\*/g, "")
      .toLowerCase()
      .match(/\p{L}{2,}/gu) ?? [])
      words.add(word);
  return words;
}

/**
 * Whether the line before `after` (the last of `lines`) is the start of a word that did not fit the
 * cell's width, broken by LibreOffice without a hyphen ("håndværkervirksomh" + "eder"): that line is
 * one word, full to the cell's edge (not even a letter more would have fitted), and the word and
 * the next line's first letters are a word the PDF writes whole elsewhere (`words`). A word written
 * nowhere else cannot be told from two words, and runs on with a space.
 */
function brokenWord(
  lines: readonly string[],
  line: Fragment,
  after: string,
  left: number,
  width: number,
  words: ReadonlySet<string> | undefined,
): boolean {
  const before = (lines[lines.length - 1] ?? "").replace(/\*\*/g, "");
  const rest = /^\p{L}+/u.exec(after.replace(/^\*\*/, ""))?.[0];
  if (words === undefined || rest === undefined || !/^\p{L}+$/u.test(before)) return false;
  return line.right - left + line.size > width - 14 && words.has(`${before}${rest}`.toLowerCase());
}

/**
 * Adds a line to the lines of its paragraph, `lines` (joined with "" once complete). A word broken
 * without a hyphen (`broken`, see `brokenWord`) runs on without a space. A line that
 * ends in a hyphen runs on without a space ("fortælle-" + "design", "C-" + "BUR", "17,4-" +
 * "udvalget", "00.01.00-A00-" + "1-17", "2016-" + "2017"), except before "og", "eller" and "samt"
 * ("Børne-" + "og Unge…"); one that ends in a soft hyphen loses it ("Bal\u00AD" + "lerup"); others
 * run on with a space. Only the line before is read, never the paragraph so far.
 */
function joinWrapped(lines: string[], after: string, broken: boolean): void {
  const last = lines.length - 1;
  const before = lines[last] ?? "";
  // Bold running on over the line break stays one bold run, its words joined as plain text's.
  const bold = before.endsWith("**") && after.startsWith("**");
  const [head, tail] = bold ? [before.slice(0, -2), after.slice(2)] : [before, after];
  if (broken) lines[last] = head;
  else if (head.endsWith("\u00AD")) lines[last] = head.slice(0, -1);
  else if (
    /[A-Za-zÆØÅæøå0-9]-$/.test(head) &&
    /^[A-Za-zÆØÅæøå0-9]/.test(tail) &&
    !/^(og|eller|samt)\b/.test(tail)
  )
    lines[last] = head;
  else lines[last] = `${head} `;
  lines.push(tail);
}

/**
 * A table cell's text as the text importers read a cell: one paragraph as it stands (escaped when
 * it holds a "<"), several paragraphs and list items as HTML; `spacing` the PDF's (`cellSpacing`),
 * `words` the PDF's (`pdfWords`), by which a word broken without a hyphen is joined again.
 *
 * @example
 * cellText(cell, 160); // "<ul><li>Workshop</li><li>Opfølgning</li></ul>"
 */
export function cellText(
  cell: PdfCell,
  width: number,
  spacing?: CellSpacing,
  words?: ReadonlySet<string>,
): string {
  const parts = paragraphs(cell.lines, width, true, spacing, words).map((part) => ({
    ...part,
    text: part.text.replace(/\*\*/g, ""),
  }));
  if (parts.length === 1 && parts[0]?.list === null) return escapeIfNeeded(parts[0]?.text ?? "");
  let html = "";
  let open: "ul" | "ol" | null = null;
  for (const part of parts) {
    if (open !== null && part.list !== open) {
      html += `</${open}>`;
      open = null;
    }
    if (part.list !== null && open === null) {
      html += `<${part.list}>`;
      open = part.list;
    }
    html += part.list !== null ? `<li>${escapeHtml(part.text)}</li>` : `<p>${escapeHtml(part.text)}</p>`;
  }
  if (open !== null) html += `</${open}>`;
  return html;
}

/**
 * The lines of text outside a table (or in a one-column frame) as the plan reader reads them:
 * list items as "- " indented by their level, larger text as "#" and "##" headings; each with the
 * line of the PDF it starts on, where findings about it point.
 *
 * @example
 * bodyLines(cell, 10, 540, 0).map((line) => line.text); // ["# Kommunikationsplan 2017", "Planen beskriver …", "- Nyhedsbrev"]
 */
export function bodyLines(
  cell: PdfCell,
  bodySize: number,
  rightEdge: number,
  level: number,
): { text: string; start: Fragment }[] {
  const parts = paragraphs(cell.lines, rightEdge - cell.x)
    .map((part) => ({ ...part, text: part.text.replaceAll(pictureMark, "").trim() }))
    .filter((part) => part.text !== "");
  const written = (part: Paragraph) => {
    if (part.list !== null)
      return `${"  ".repeat(Math.min(level, 4))}- ${part.text.replace(/\*\*\s*\*\*/g, " ")}`;
    if (part.size > bodySize * 1.5) return `# ${part.text.replace(/\*\*/g, "")}`;
    if (part.size > bodySize * 1.15) return `## ${part.text.replace(/\*\*/g, "")}`;
    return part.text.replace(/\*\*\s*\*\*/g, " ");
  };
  return parts.map((part) => ({ text: written(part), start: part.start }));
}

function escapeIfNeeded(text: string): string {
  return text.includes("<") ? `<p>${escapeHtml(text)}</p>` : text;
}
