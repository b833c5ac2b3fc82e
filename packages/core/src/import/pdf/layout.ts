import type { Diagnostic, SourceLocation } from "../../diagnostics/diagnostic";
import type { LocatedLine } from "../importLocatedLines";
import { bodyLines, cellSpacing, cellText, pdfWords } from "./cellText";
import {
  continuesRow,
  initiativeHeader,
  initiativeHeaderCell,
  joinContinued,
  lastPage,
  nearestAnchor,
} from "./continuedRows";
import { mostCommonSize, pageFragments, pageFurniture } from "./fragments";
import { pictureMark } from "./pictures";
import { groupRows, type PdfRow } from "./rows";
import { isStatusRow, smileyCell } from "./statusCell";

/** A piece of text on a page where pdf.js put it: x from the left, y from the bottom, in points. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** In a bold font, where the font's name says so. */
  bold?: boolean;
  /** In a Wingdings font, where the font's name says so: J, K and L are faces. */
  wingdings?: boolean;
  /** A picture's alt text (the item's text is then U+FFFC). */
  alt?: string;
}

/** A page's text items in the order the PDF draws them, and its height. */
export interface PdfPage {
  items: PdfTextItem[];
  height: number;
}

/** A line's text on a page as the layout joins it, with where it stands. */
export interface Fragment {
  text: string;
  x: number;
  /** Where the text after a bullet starts: the indent of the item's following lines. */
  hang: number;
  right: number;
  y: number;
  size: number;
  page: number;
  line: number;
  /** The alt text of a picture in the fragment. */
  alt?: string;
}

/** A table cell: its left edge and its lines. */
export interface PdfCell {
  x: number;
  lines: Fragment[];
}

/**
 * The text of a PDF's pages as the lines the text importers read: page headers, footers and page
 * numbers dropped, lines of a paragraph or a table cell joined (a word broken with a hyphen at the
 * end of a line joined again), table rows as cells separated by tabs. Rows are found from the
 * order Word and LibreOffice draw a table, cell by cell: a return to the left column starts a row.
 *
 * @example
 * const { lines } = pdfLayout(pages);
 * lines[0]; // { text: "Dato: 4. maj 2017", location: { page: 1, line: 1 } }
 */
export function pdfLayout(pages: readonly PdfPage[]): { lines: LocatedLine[]; diagnostics: Diagnostic[] } {
  const fragments = pages.flatMap((page, index) => pageFragments(page, index + 1));
  const furniture = pageFurniture(fragments, pages);
  const kept = fragments.filter((fragment) => !furniture.has(fragment));
  const rows = groupRows(kept);
  const bodySize = mostCommonSize(kept);
  // Folded, not spread: a long PDF has more fragments than a call takes arguments.
  const rightEdge = kept.reduce((edge, fragment) => Math.max(edge, fragment.right), 0);
  // The header cell's words may wrap in a narrow column, so its rows are read too.
  const followUp =
    kept.some((fragment) => /Kort beskrivelse af indsatsen/i.test(fragment.text)) ||
    rows.some(initiativeHeader);
  const spacing = cellSpacing(rows.flatMap((row) => (row.cells.length > 1 ? row.cells : [])));
  const words = pdfWords(kept);
  const lines: LocatedLine[] = [];
  const diagnostics: Diagnostic[] = [];
  let anchors: number[] | null = null;
  // How far right the cells of each column (by its anchor) reached so far.
  let columnRights = new Map<number, number>();
  /** The lines of each cell of the current table's header row. */
  let header: string[][] | null = null;
  /** The page the row before ended on. */
  let previousPage = 0;
  /**
   * The table row read last, written out once the next row is known not to be its rest after a
   * page break (each piece added to it, the row's text read once).
   */
  let pending: PdfRow | null = null;
  const bulletIndents = rows
    .filter((row) => row.cells.length === 1 && /^[•▪◦·]/.test(row.cells[0]?.lines[0]?.text ?? ""))
    .map((row) => row.cells[0]?.x ?? 0);
  const listLeft = bulletIndents.reduce((left, x) => Math.min(left, x), Number.POSITIVE_INFINITY);
  /** Writes out a table row as a line of cells by column. */
  const writeTableRow = (row: PdfRow) => {
    const first = row.cells[0]?.lines[0] as Fragment;
    const location: SourceLocation = { page: first.page, line: first.line };
    if (anchors === null) {
      anchors = row.cells.map((cell) => cell.x);
      columnRights = new Map();
    } else {
      // A cell that starts inside the width of the cells above it (a list indented in its cell)
      // is in their column; only one that starts right of them is a column the rows above left
      // empty.
      for (const cell of row.cells) {
        const column = anchors[nearestAnchor(anchors, cell.x)] ?? 0;
        if (
          !anchors.some((anchor) => Math.abs(anchor - cell.x) < 3) &&
          cell.x >= (columnRights.get(column) ?? column)
        )
          anchors = [...anchors, cell.x].sort((a, b) => a - b);
      }
    }
    for (const cell of row.cells) {
      const column = anchors[nearestAnchor(anchors, cell.x)] ?? 0;
      const right = cell.lines.reduce((edge, line) => Math.max(edge, line.right), Number.NEGATIVE_INFINITY);
      columnRights.set(column, Math.max(columnRights.get(column) ?? column, right));
    }
    // A cell ends where the next column of the table starts, whether or not this row has a cell there.
    const columns = anchors;
    const widths = row.cells.map(
      (cell) => (columns.find((anchor) => anchor > cell.x + 3) ?? rightEdge + 6) - cell.x,
    );
    const texts = row.cells.map((cell, at) => cellText(cell, widths[at] ?? 0, spacing, words));
    const statusRow = isStatusRow(texts[0] ?? "");
    let cells: string[];
    if (followUp && !statusRow) {
      // A follow-up's rows are read cell by cell (its description spans columns); a row continued
      // on the next page lacks its first cell, as the text importers expect.
      cells = (row.cells[0]?.x ?? 0) > (anchors[0] ?? 0) + 3 ? ["", ...texts] : texts;
    } else {
      // Cells by column, an empty cell (a milestone without a round) kept as one.
      cells = [];
      for (const [at, cell] of row.cells.entries()) {
        const column = nearestAnchor(anchors, cell.x);
        while (cells.length < column) cells.push("");
        cells.push(texts[at] ?? "");
      }
    }
    if (statusRow) smileyCell(cells, row.cells[row.cells.length - 1]?.lines[0]?.alt, location, diagnostics);
    for (const [at, text] of cells.entries()) cells[at] = text.replaceAll(pictureMark, "").trim();
    lines.push({ text: cells.join("\t"), location, cells });
  };
  for (const original of rows) {
    let row = original;
    // A table's header row repeated at the top of a page is not a row of the table, every line of
    // its cells (a title or kind wraps); what follows it in the same cells is the rest of a row
    // split by the page break.
    const repeated = header;
    if (
      repeated !== null &&
      row.cells.length === repeated.length &&
      row.cells.every((cell, at) => repeated[at]?.every((text, line) => cell.lines[line]?.text === text))
    ) {
      const rest = row.cells
        .map((cell, at) => ({ ...cell, lines: cell.lines.slice(repeated[at]?.length) }))
        .filter((cell) => cell.lines.length > 0);
      if (rest.length === 0) continue;
      row = { cells: rest };
    }
    const first = row.cells[0]?.lines[0];
    if (first === undefined) continue;
    // The rule that a follow-up's rows start with their label holds in an initiative's table only,
    // not in the paper's table of rounds or its summary, whose rows start with a round.
    const initiativeTable = followUp && (header?.some(initiativeHeaderCell) ?? false);
    if (pending !== null && continuesRow(pending, row, { followUp: initiativeTable, spacing })) {
      joinContinued(
        pending,
        row,
        [...(anchors ?? []), ...pending.cells.map((cell) => cell.x)].sort((a, b) => a - b),
      );
      previousPage = lastPage(pending);
      continue;
    }
    if (pending !== null) writeTableRow(pending);
    pending = null;
    // The first text of a page at a table's first column, right after a row of that table, is the
    // rest of that row's first cell, which the page break split (a long description); text after
    // a table starts at the margin, left of a cell's padding.
    const continued =
      anchors !== null &&
      first.page > previousPage &&
      Math.abs((row.cells[0]?.x ?? 0) - (anchors[0] ?? 0)) < 2.5;
    const isTable =
      row.cells.length >= 2 ||
      (anchors !== null && (row.cells[0]?.x ?? 0) > (anchors[0] ?? 0) + 2) ||
      continued;
    previousPage = lastPage(row);
    if (isTable) {
      header ??= row.cells.map((cell) => cell.lines.map((line) => line.text));
      pending = row;
      continue;
    }
    anchors = null;
    header = null;
    const level = Math.max(0, Math.round(((row.cells[0]?.x ?? 0) - listLeft) / 18));
    for (const { text, start } of bodyLines(
      row.cells[0] as PdfCell,
      bodySize,
      rightEdge,
      Number.isFinite(level) ? level : 0,
    ))
      lines.push({ text, location: { page: start.page, line: start.line } });
  }
  if (pending !== null) writeTableRow(pending);
  return { lines, diagnostics };
}
