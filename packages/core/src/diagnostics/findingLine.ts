import type { Locale } from "../i18n/locale";
import type { Diagnostic, DiagnosticPath, SourceLocation } from "./diagnostic";

/**
 * A path as people read it: `sections[0].initiatives[2].economy.status`.
 *
 * @example
 * formatPath(["sections", 0, "title"]); // "sections[0].title"
 */
export function formatPath(path: DiagnosticPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`),
    "",
  );
}

/**
 * Where in a Word or PDF file, as people read it: "tabel 3, række 2, celle 4", "side 2, linje 14".
 *
 * @example
 * formatLocation({ table: 3, row: 2, cell: 4 }, "da"); // "tabel 3, række 2, celle 4"
 */
export function formatLocation(location: SourceLocation, locale: Locale): string {
  const words =
    locale === "da"
      ? { table: "tabel", row: "række", cell: "celle", paragraph: "afsnit", page: "side", line: "linje" }
      : { table: "table", row: "row", cell: "cell", paragraph: "paragraph", page: "page", line: "line" };
  const order = ["page", "table", "row", "cell", "paragraph", "line"] as const;
  return order
    .filter((key) => location[key] !== undefined)
    .map((key) => `${words[key]} ${location[key]}`)
    .join(", ");
}

const levelWords: Record<Locale, Record<Diagnostic["level"], string>> = {
  da: { error: "fejl", warning: "advarsel", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

/**
 * A finding as one line: where (location, line or path), level and the given message. Shared by
 * the formatters of the whole catalogue and of its narrow parts, so both read alike.
 *
 * @example
 * findingLine(finding, "en", "The file is empty."); // "3: error: The file is empty."
 */
export function findingLine(finding: Diagnostic, locale: Locale, message: string): string {
  const where =
    finding.location !== undefined
      ? formatLocation(finding.location, locale)
      : finding.line === undefined
        ? formatPath(finding.path)
        : `${finding.line}`;
  const location = where === "" ? "" : `${where}: `;
  return `${location}${levelWords[locale][finding.level]}: ${message}`;
}
