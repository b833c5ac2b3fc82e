import { maxRichTextCellLength } from "../../limits";
import {
  maxRichTextDepth,
  richTextToPlainText,
  type SanitizedRichText,
  sanitizeRichText,
} from "../../richText/richText";
import type { DiagnosticCollector } from "./collector";
import { plainCellText, plainToHtml } from "./plainCell";

/**
 * A record's own entry: `undefined` for names the record merely inherits, so that a column
 * called "constructor" or "__proto__" is unknown, not a function.
 *
 * @example
 * ownValue({ dato: "date" }, "constructor"); // undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A cell Excel would read as a formula was written with a leading apostrophe; remove it.
 *
 * @example
 * unescapeCell("'=SUM(A1)"); // "=SUM(A1)"
 */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

/**
 * A label or cell with its HTML wrapper and white space removed. `plainSpace`: the cell is a piece
 * of a text `hasPlainSpace` passed.
 *
 * @example
 * cellText("<p>Milepæl</p> "); // "Milepæl"
 */
export function cellText(cell: string | undefined, plainSpace = false): string {
  const value = cell ?? "";
  return plainCellText(value, plainSpace) ?? richTextToPlainText(value).replace(/\s+/g, " ").trim();
}

/**
 * A plain cell's rich text without parsing it: most cells are plain text or one paragraph of it,
 * and give the same result as the parse. `undefined` for a cell that needs the parse.
 */
function plainCellHtml(cell: string, plainSpace: boolean): string | undefined {
  const plain = cell.length <= maxRichTextCellLength ? plainCellText(cell, plainSpace) : undefined;
  return plain === undefined ? undefined : plainToHtml(plain);
}

/**
 * Sanitises a cell into rich text and reports removed content. `plainSpace`: the cell is a piece
 * of a text `hasPlainSpace` passed.
 *
 * @example
 * richCell("<p>a</p><script>x</script>", 4, collector); // "a", and a warning on line 4
 */
export function richCell(
  cell: string,
  line: number,
  collector: DiagnosticCollector,
  plainSpace = false,
): string {
  // A plain cell (most of them) as `sanitizeCell` reads it, without its result object and list.
  const plain = plainCellHtml(cell, plainSpace);
  if (plain !== undefined) return plain;
  const { html, removed } = sanitizeCell(cell, line, collector);
  if (removed.length > 0)
    collector.add("warning", "import.html-removed", line, { elements: removed.join(", ") }, cell);
  return html;
}

/**
 * Sanitises a cell within the limits that keep reading safe, and reports what they changed: a
 * cell longer than `maxRichTextCellLength` is kept as plain text, and markup nested deeper than
 * `maxRichTextDepth` is kept as its text. Unlike `richCell`, it does not report what the sanitiser
 * removed.
 *
 * @example
 * sanitizeCell("<b>".repeat(100) + "dybt", 4, collector).html; // "<strong>…dybt…</strong>", and a warning on line 4
 */
export function sanitizeCell(cell: string, line: number, collector: DiagnosticCollector): SanitizedRichText {
  const plain = plainCellHtml(cell, false);
  if (plain !== undefined) return { html: plain, removed: [] };
  const result = sanitizeRichText(cell, { maxLength: maxRichTextCellLength });
  if (result.tooLong)
    collector.add("warning", "import.cell-too-long", line, {
      length: cell.length,
      limit: maxRichTextCellLength,
    });
  if (result.tooDeep) collector.add("warning", "import.markup-too-deep", line, { depth: maxRichTextDepth });
  return result;
}
