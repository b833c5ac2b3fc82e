// Patterns live outside the functions: a regex literal is a new object at every call, and these
// run once per cell.
const needsCollapse = /\s\s|[^\S ]/;
const spaceRuns = /\s+/g;

/**
 * Runs of white space as one space, the ends trimmed: what the rich-text normaliser does to text.
 * A text that needs neither is returned as it is, without a copy.
 *
 * @example
 * collapseSpace("  Milepæl \t 1 "); // "Milepæl 1"
 */
export function collapseSpace(text: string): string {
  return needsCollapse.test(text) ? text.replace(spaceRuns, " ").trim() : text.trim();
}

/**
 * The plain text of a cell that needs no HTML parse: one without markup or entities, or a single
 * `<p>` around such text (the two shapes nearly every cell has). `undefined` for any other cell,
 * which the full parse reads. The result is what `richTextToPlainText` gives, white space collapsed.
 *
 * @example
 * plainCellText("<p>Kig  og lyt</p>"); // "Kig og lyt"
 * plainCellText("<p>a</p><p>b</p>"); // undefined
 */
export function plainCellText(cell: string): string | undefined {
  if (cell.indexOf("<") === -1) return cell.indexOf("&") === -1 ? collapseSpace(cell) : undefined;
  if (!cell.startsWith("<p>") || !cell.endsWith("</p>") || cell.length < 7) return undefined;
  const inner = cell.slice(3, -4);
  return inner.indexOf("<") === -1 && inner.indexOf("&") === -1 ? collapseSpace(inner) : undefined;
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
