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
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(cell, delimiter)).join(delimiter)).join("\r\n")}\r\n`;
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
