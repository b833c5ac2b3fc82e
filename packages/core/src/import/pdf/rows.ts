import type { Fragment, PdfCell } from "./layout";

/** A table row (or a paragraph, a row of one cell) as the PDF drew it. */
export interface PdfRow {
  cells: PdfCell[];
}

/**
 * Fragments in drawing order as rows of cells: a fragment to the right on the same line, or back
 * up and to the right, is the next cell; one below in the same column continues the cell; a
 * return to the left starts a new row.
 *
 * @example
 * groupRows(fragments)[0]?.cells.map((cell) => cell.lines.map((line) => line.text)); // [["Hvornår"], ["Hvad"]]
 */
export function groupRows(fragments: readonly Fragment[]): PdfRow[] {
  const rows: PdfRow[] = [];
  let row: PdfRow | null = null;
  let cell: PdfCell | null = null;
  let previous: Fragment | null = null;
  for (const fragment of fragments) {
    const samePage = previous !== null && previous.page === fragment.page;
    const sameLine = samePage && previous !== null && Math.abs(fragment.y - previous.y) < fragment.size * 0.3;
    if (row !== null && cell !== null && previous !== null && samePage) {
      if (sameLine && fragment.x > previous.right) {
        // Text above a table at the same indent is not part of the table's first cell.
        if (row.cells.length === 1 && cell.lines.length > 1) {
          const above = cell.lines.slice(0, -1);
          cell.lines = cell.lines.slice(-1);
          rows.splice(rows.length - 1, 0, { cells: [{ x: above[0]?.x ?? cell.x, lines: above }] });
        }
        cell = { x: fragment.x, lines: [fragment] };
        row.cells.push(cell);
        previous = fragment;
        continue;
      }
      const hang = cell.lines[cell.lines.length - 1]?.hang ?? cell.x;
      // A gap of more than two lines ends a paragraph or a cell.
      const near = previous.y - fragment.y < fragment.size * 2.6;
      if (
        !sameLine &&
        near &&
        fragment.y < previous.y &&
        (Math.abs(fragment.x - cell.x) < 2.5 ||
          Math.abs(fragment.x - hang) < 2.5 ||
          // A list item indented inside the cell.
          (/^([•▪◦·]|\d{1,2}\)\s)/.test(fragment.text) &&
            fragment.x > cell.x &&
            fragment.x < cell.x + fragment.size * 4))
      ) {
        cell.lines.push(fragment);
        previous = fragment;
        continue;
      }
      if (fragment.y > previous.y + 1 && fragment.x > cell.x + 2.5) {
        cell = { x: fragment.x, lines: [fragment] };
        row.cells.push(cell);
        previous = fragment;
        continue;
      }
    }
    cell = { x: fragment.x, lines: [fragment] };
    row = { cells: [cell] };
    rows.push(row);
    previous = fragment;
  }
  return rows;
}
