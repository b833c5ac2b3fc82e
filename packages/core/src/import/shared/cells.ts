import { maxRichTextCellLength } from "../../limits";
import { holdsUnkeptMarkup } from "../../model/safeRichText";
import { escapeHtml } from "../../richText/entities";
import {
  maxRichTextDepth,
  parseRichText,
  richTextToPlainText,
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

const bulletLine = /^[•·▪*\-–]\s+/;

/**
 * A cell typed in a spreadsheet, its lines broken with Alt+Enter and without markup, as the rich
 * text it means: lines that each start with a bullet ("•", "-", "–", "*") a list, other lines
 * paragraphs. Rich text reads a bare line break as a space, which ran the lines together. A cell
 * with markup, or of one line, is returned as it is.
 *
 * @example
 * typedLinesAsRichText("• Dagsorden\n• Referat"); // "<ul><li>Dagsorden</li><li>Referat</li></ul>"
 */
export function typedLinesAsRichText(cell: string): string {
  if (!/[\r\n]/.test(cell) || /<[a-z/!]/i.test(cell)) return cell;
  const lines = cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length < 2) return cell;
  const listed = bulletedLines(cell);
  if (listed !== null) return `<ul>${listed.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`;
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("");
}

/**
 * The lines of a list typed one a bullet ("•", "-", "–", "*"), their bullets removed; `null` for a
 * text of one line or with a line that has no bullet.
 *
 * @example
 * bulletedLines("- Tilbud.pdf\n- Kommissorium.docx"); // ["Tilbud.pdf", "Kommissorium.docx"]
 */
export function bulletedLines(text: string): string[] | null {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return lines.length > 1 && lines.every((line) => bulletLine.test(line))
    ? lines.map((line) => line.replace(bulletLine, ""))
    : null;
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
 * Sanitises a cell into rich text and reports, on the cell's line, what that changed: content
 * removed (`import.html-removed`: scripts, embeds, other elements, event-handler attributes; the
 * cell as written in `raw`, its text kept), a cell longer than `maxRichTextCellLength` kept as
 * plain text, markup nested deeper than `maxRichTextDepth` kept as its text. Every importer
 * sanitises its cells here, so none drops markup without a word. `plainSpace`: the cell is a piece
 * of a text `hasPlainSpace` passed; `column`: the column's name as the file writes it, for the
 * message.
 *
 * @example
 * richCell("<p>a</p><script>x</script>", 4, collector); // "a", and a warning on line 4
 */
export function richCell(
  cell: string,
  line: number,
  collector: DiagnosticCollector,
  plainSpace = false,
  column?: string,
): string {
  // A plain cell (most of them): the parse's result without the parse.
  const plain = plainCellHtml(cell, plainSpace);
  if (plain !== undefined) return plain;
  const { html, removed, tooLong, tooDeep } = sanitizeRichText(cell, { maxLength: maxRichTextCellLength });
  if (tooLong)
    collector.add("warning", "import.cell-too-long", line, {
      length: cell.length,
      limit: maxRichTextCellLength,
    });
  if (tooDeep) collector.add("warning", "import.markup-too-deep", line, { depth: maxRichTextDepth });
  reportRemoved(removed, cell, line, collector, column);
  return html;
}

/**
 * A cell that holds a rich-text field as a document stores it (plain text, or sanitised HTML: a
 * milestone's text, a plan's introduction), as written when it has no markup the sanitiser would
 * not keep, so that "Kig & Lyt" and its line breaks come back from an export unchanged. A cell
 * with other markup is sanitised and reported by `richCell`. The same test `parseDocumentJson`
 * applies to these fields, so a file says the same in CSV as in JSON.
 *
 * @example
 * storedRichCell("Kig & Lyt", 4, collector); // "Kig & Lyt", no finding
 * storedRichCell("Kig <iframe>x</iframe>", 4, collector); // "Kig", and a warning on line 4: iframe
 */
export function storedRichCell(
  cell: string,
  line: number,
  collector: DiagnosticCollector,
  column?: string,
): string {
  return holdsUnkeptMarkup(cell) ? richCell(cell, line, collector, false, column) : cell;
}

/**
 * Reports what reading a cell's markup removes when the cell is read as plain text (a title, a
 * milestone's text): the same finding `richCell` gives for the elements and event-handler
 * attributes the parse drops, on the cell's line. A cell without markup costs one scan.
 *
 * @example
 * reportPlainCellMarkup("Kick-off<script>x</script>", 4, collector); // a warning on line 4: script
 */
export function reportPlainCellMarkup(
  cell: string,
  line: number,
  collector: DiagnosticCollector,
  column?: string,
): void {
  if (cell.indexOf("<") === -1) return;
  reportRemoved(parseRichText(cell).removed, cell, line, collector, column);
}

/** The one place `import.html-removed` is reported from a cell: what went, where, and the cell as written. */
function reportRemoved(
  removed: readonly string[],
  cell: string,
  line: number,
  collector: DiagnosticCollector,
  column: string | undefined,
): void {
  if (removed.length === 0) return;
  const elements = removed.join(", ");
  collector.add(
    "warning",
    "import.html-removed",
    line,
    column === undefined ? { elements } : { elements, column },
    cell,
  );
}
