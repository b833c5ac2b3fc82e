// Patterns live outside the functions: a regex literal is a new object at every call, and these
// run once per cell.
const needsCollapse = /\s\s|[^\S ]/;
const spaceRuns = /\s+/g;
/** White space a cell could need collapsed, the separators (tabs, line breaks) aside. */
const oddSpace = /[^\S \t\n\r]|[^\S\t\n\r][^\S\t\n\r]/;

/**
 * Whether no cell of a text (the pieces between its tabs and line breaks) holds white space to
 * collapse: no two white-space characters in a row, none but plain spaces. Checked once for a
 * whole text, it spares the check of each of its cells (`plainCellText(cell, true)`).
 *
 * @example
 * hasPlainSpace("Milepæl\tSkolen er bygget\n"); // true
 * hasPlainSpace("Skolen  er bygget"); // false
 */
export function hasPlainSpace(text: string): boolean {
  return !oddSpace.test(text);
}

/**
 * Runs of white space as one space, the ends trimmed: what the rich-text normaliser does to text.
 * A text that needs neither is returned as it is, without a copy.
 *
 * @example
 * collapseSpace("  Milepæl \t 1 "); // "Milepæl 1"
 */
export function collapseSpace(text: string, plainSpace = false): string {
  return !plainSpace && needsCollapse.test(text) ? text.replace(spaceRuns, " ").trim() : text.trim();
}

/**
 * The plain text of a cell that needs no HTML parse: one without markup or entities, or a single
 * `<p>` around such text (the two shapes nearly every cell has). `undefined` for any other cell,
 * which the full parse reads. The result is what `richTextToPlainText` gives, white space collapsed.
 * `plainSpace`: the cell is a piece of a text `hasPlainSpace` passed, with no space to collapse.
 *
 * @example
 * plainCellText("<p>Kig  og lyt</p>"); // "Kig og lyt"
 * plainCellText("<p>a</p><p>b</p>"); // undefined
 */
export function plainCellText(cell: string, plainSpace = false): string | undefined {
  if (cell.indexOf("<") === -1) return cell.indexOf("&") === -1 ? collapseSpace(cell, plainSpace) : undefined;
  if (!cell.startsWith("<p>") || !cell.endsWith("</p>") || cell.length < 7) return undefined;
  const inner = cell.slice(3, -4);
  return inner.indexOf("<") === -1 && inner.indexOf("&") === -1
    ? collapseSpace(inner, plainSpace)
    : undefined;
}

/**
 * Plain text as canonical rich text: only `>` needs escaping in text with no `<` or `&`.
 *
 * @example
 * plainToHtml("a > b"); // "a &gt; b"
 */
export function plainToHtml(plain: string): string {
  return plain.indexOf(">") === -1 ? plain : plain.replace(/>/g, "&gt;");
}
