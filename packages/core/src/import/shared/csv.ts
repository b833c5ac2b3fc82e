import type { Locale } from "../../i18n/locale";

export interface CsvExportOptions {
  /** `;` (default: what Danish Excel expects) or `,`. */
  delimiter?: ";" | ",";
  /** The language of the header row. Default `da`. */
  locale?: Locale;
}

/**
 * One CSV field: quoted when it holds either list separator (`,` or `;`, whichever the file
 * uses: Excel in another locale splits on the other one), a tab, a quote or a line break, or has
 * space at either end; a leading apostrophe where Excel would otherwise run the value as a
 * formula (CSV injection, after OWASP).
 *
 * @example
 * csvField('=HYPERLINK("x")', ";"); // "\"'=HYPERLINK(\"\"x\"\")\""
 * csvField("x,=cmd", ";"); // "\"x,=cmd\""
 */
export function csvField(value: string, delimiter: string): string {
  const safe = /^[=+\-@\t\r']/.test(value) && !/^'[^=+\-@\t\r']/.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /[,;\t"\r\n]/.test(safe) || safe !== safe.trim()
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

/**
 * Rows as CSV that opens correctly in Danish Excel: UTF-8 with a byte order mark, semicolons,
 * CRLF between rows.
 *
 * @example
 * toCsv([["Dato", "Aktivitet"], ["8. maj", "Møde"]]); // "\uFEFFDato;Aktivitet\r\n8. maj;Møde\r\n"
 */
export function toCsv(rows: readonly (readonly string[])[], delimiter: ";" | "," = ";"): string {
  return csvFile(rows.map((row) => csvLine(row, delimiter)));
}

/**
 * One CSV line (no line break): each cell through `csvField`, joined by the delimiter.
 *
 * @example
 * csvLine(["8. maj", "Møde; frokost"], ";"); // "8. maj;\"Møde; frokost\""
 */
export function csvLine(cells: readonly string[], delimiter: string): string {
  let line = "";
  for (let index = 0; index < cells.length; index += 1) {
    if (index > 0) line += delimiter;
    line += csvField(cells[index] as string, delimiter);
  }
  return line;
}

/**
 * Lines written by `csvLine` as the file `toCsv` writes: the byte order mark, CRLF after each.
 *
 * @example
 * csvFile(["Dato;Aktivitet"]); // "\uFEFFDato;Aktivitet\r\n"
 */
export function csvFile(lines: readonly string[]): string {
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * Tags in one cell: "a; b" as people write them, or, when a tag holds a semicolon, space at an
 * end or nothing, a JSON array (`["a;b"," c"]`) so that every tag comes back as it was.
 *
 * @example
 * tagsCell(["bolig", "skole"]); // "bolig; skole"
 * tagsCell(["a;b"]); // "[\"a;b\"]"
 */
export function tagsCell(tags: readonly string[]): string {
  const plain = tags.every((tag) => tag !== "" && !tag.includes(";") && tag === tag.trim());
  const joined = tags.join("; ");
  return plain && !joined.startsWith("[") ? joined : JSON.stringify(tags);
}
