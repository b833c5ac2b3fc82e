import type { Locale } from "../i18n/locale";
import type { Diagnostic, DiagnosticCode, DiagnosticPath, SourceLocation } from "./diagnostic";
import { assessmentMessages } from "./messages/assessment";
import type { Message } from "./messages/format";
import { importMessages } from "./messages/import";
import { meetingsMessages } from "./messages/meetings";
import { rulesMessages } from "./messages/rules";
import { schemaMessages } from "./messages/schema";
import { storeMessages } from "./messages/store";

// The one catalogue of diagnostic messages, Danish and English, keyed by code. Each area's
// messages are in messages/<area>.ts; a new code goes there, in both languages (the `satisfies`
// below fails the build when a code has no message).
const catalogue = {
  da: {
    ...schemaMessages.da,
    ...rulesMessages.da,
    ...importMessages.da,
    ...assessmentMessages.da,
    ...storeMessages.da,
    ...meetingsMessages.da,
  },
  en: {
    ...schemaMessages.en,
    ...rulesMessages.en,
    ...importMessages.en,
    ...assessmentMessages.en,
    ...storeMessages.en,
    ...meetingsMessages.en,
  },
} satisfies Record<Locale, Record<DiagnosticCode, Message>>;

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

/**
 * The message of a diagnostic in a locale, without its location.
 *
 * @example
 * diagnosticMessage({ level: "error", code: "rules.duplicate-id", path: [], params: { id: "5.03" } }, "en");
 * // 'The id "5.03" is used more than once.'
 */
export function diagnosticMessage(finding: Diagnostic, locale: Locale): string {
  return catalogue[locale][finding.code](finding.params);
}

/**
 * A diagnostic as one line: location (line or path), level and message.
 *
 * @example
 * formatDiagnostic(finding, "da"); // "sections[0].initiatives[1].id: fejl: Id'et "5.03" bruges mere end én gang."
 */
export function formatDiagnostic(finding: Diagnostic, locale: Locale): string {
  const levels: Record<Locale, Record<Diagnostic["level"], string>> = {
    da: { error: "fejl", warning: "advarsel", info: "info" },
    en: { error: "error", warning: "warning", info: "info" },
  };
  const where =
    finding.location !== undefined
      ? formatLocation(finding.location, locale)
      : finding.line === undefined
        ? formatPath(finding.path)
        : `${finding.line}`;
  const location = where === "" ? "" : `${where}: `;
  return `${location}${levels[locale][finding.level]}: ${diagnosticMessage(finding, locale)}`;
}
