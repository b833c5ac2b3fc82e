// A table row the page break cut: its cells go on at the top of the next page (below the table's
// header, where it is repeated), and a row taller than a page goes on over more than one break.
// The pieces are put back together into the row, so it reads as one row with its whole text.

import { type CellSpacing, fullLine } from "./cellText";
import type { Fragment, PdfCell } from "./layout";
import type { PdfRow } from "./rows";
import { isStatusRow } from "./statusCell";

/**
 * The index of the column `x` is in: the last of the table's column edges (`anchors`, from the
 * left) at or left of it, a list indented in its cell staying in the cell's column.
 *
 * @example
 * nearestAnchor([50, 110, 250], 262); // 2
 */
export function nearestAnchor(anchors: readonly number[], x: number): number {
  let best = 0;
  for (const [index, anchor] of anchors.entries()) if (anchor <= x + 3) best = index;
  return best;
}

/**
 * The page a row's last line is on.
 *
 * @example
 * lastPage(row); // 3 for a row that started on page 2 and went on to page 3
 */
export function lastPage(row: PdfRow): number {
  return row.cells.reduce((page, cell) => Math.max(page, cell.lines[cell.lines.length - 1]?.page ?? 0), 0);
}

/** The most lines the four words of the header cell can wrap to: one a line. */
const headerLines = 4;

/**
 * Whether a cell whose first lines are `lines` is the "Kort beskrivelse af indsatsen" cell of an
 * initiative's header row. The words may wrap in the cell (a narrow column, when long round labels
 * widen the table's "Tid" column), each line in its own bold marks, so the first lines are read as
 * one text; only as many as the words can take, so a long cell is not read whole at each row.
 *
 * @example
 * initiativeHeaderCell(["**Kort beskrivelse af**", "**indsatsen (drift)**"]); // true
 */
export function initiativeHeaderCell(lines: readonly string[]): boolean {
  return /Kort beskrivelse af indsatsen/i.test(
    lines
      .slice(0, headerLines)
      .map((line) => line.replace(/\*\*/g, "").trim())
      .join(" "),
  );
}

/**
 * Whether a row is an initiative's header row in a follow-up: the start of a row, never the rest
 * of one, also where its cells wrap.
 *
 * @example
 * initiativeHeader(rows[0]); // true for "6.13 …", "Kort beskrivelse af" / "indsatsen (drift)", "Tid", "Smiley"
 */
export function initiativeHeader(row: PdfRow): boolean {
  return row.cells.some((cell) =>
    initiativeHeaderCell(cell.lines.slice(0, headerLines).map((line) => line.text)),
  );
}

/**
 * Whether `next`, the first row of a page (the repeated header left out), is the rest of `above`,
 * the table row the page before ended with. Without text in the table's first column it is: a row
 * starts with that cell (a row whose first cell is empty is read as the rest of the row above by
 * the text readers too). With text there, it is only where the page break may have cut the first
 * cell: no other cell of `next` is in a column whose cell in `above` ended well above the row's foot
 * (that cell was whole), the first cell went down as far as the row did, and its last line is full
 * (its words go on), or in an initiative's table of a follow-up (`followUp`), whose rows start with
 * their label (Milepæl, Økonomi) or an initiative's header, the row is none of those.
 *
 * @example
 * continuesRow(rows[4], rows[5], { followUp: true, spacing }); // true: a description going on
 */
export function continuesRow(
  above: PdfRow,
  next: PdfRow,
  { followUp, spacing }: { followUp: boolean; spacing: CellSpacing },
): boolean {
  const [first, second] = above.cells;
  const start = next.cells[0]?.lines[0];
  if (first === undefined || second === undefined || start === undefined) return false;
  const page = lastPage(above);
  if (start.page <= page || next.cells[0]?.x === undefined) return false;
  const x = next.cells[0].x;
  // Left of the table's first column: text after the table, at the margin.
  if (x < first.x - 2.5) return false;
  if (x > first.x + 2.5) return true;
  // A cell that ended well above the row's foot was whole (cells are set from the top, and the break
  // cuts them all at one height): text in its column on the next page starts a row of its own, as a
  // round whose label wrapped does below the one before it in the table of rounds.
  const foot = lowestOnPage(above, page);
  for (const cell of next.cells.slice(1)) {
    const whole = above.cells.find((candidate) => Math.abs(candidate.x - cell.x) < 2.5)?.lines;
    const last = whole?.[whole.length - 1];
    if (last !== undefined && (last.page < page || last.y > foot + last.size * 3)) return false;
  }
  if (
    followUp &&
    (isStatusRow(start.text.replace(/\*\*/g, "")) || initiativeHeader(above) || initiativeHeader(next))
  )
    return false;
  const end = first.lines[first.lines.length - 1] as Fragment;
  if (end.page !== page || end.y > foot + end.size * 0.5) return false;
  return (
    followUp || fullLine(end, start, start.text.split(" ")[0] ?? "", end.hang, second.x - end.hang, spacing)
  );
}

/**
 * How far down the page `page` a row's text went. Only the lines on that page are read, from each
 * cell's end: a row over many pages is not read again at each break.
 */
function lowestOnPage(row: PdfRow, page: number): number {
  let lowest = Number.POSITIVE_INFINITY;
  for (const { lines } of row.cells)
    for (let at = lines.length - 1; at >= 0 && lines[at]?.page === page; at -= 1)
      lowest = Math.min(lowest, lines[at]?.y ?? lowest);
  return lowest;
}

/**
 * Adds the cells of `next`, the rest of `above` on the next page, to `above`'s cells by column
 * (`anchors`, the table's column edges): a cell's lines after the lines it has, a cell the row
 * above had none in (a column empty on the first page) as a cell of its own.
 *
 * @example
 * joinContinued(rows[4], rows[5], [78, 190, 303, 416]); // rows[4]'s cells now hold rows[5]'s lines too
 */
export function joinContinued(above: PdfRow, next: PdfRow, anchors: readonly number[]): void {
  for (const cell of next.cells) {
    const column = nearestAnchor(anchors, cell.x);
    const target = above.cells.find((candidate) => nearestAnchor(anchors, candidate.x) === column);
    if (target !== undefined) {
      target.lines.push(...cell.lines);
      continue;
    }
    const at = above.cells.findIndex((candidate) => candidate.x > cell.x);
    const added: PdfCell = { x: cell.x, lines: [...cell.lines] };
    if (at === -1) above.cells.push(added);
    else above.cells.splice(at, 0, added);
  }
}
