import type { Locale } from "../i18n/locale";
import type { Diagnostic } from "./diagnostic";
import { findingLine } from "./findingLine";
import type { Message } from "./messages/format";
import { inputTooLargeDa, inputTooLargeEn } from "./messages/inputSize";
import { schemaDa, schemaEn } from "./messages/schema";

/**
 * A finding from reading a document's JSON (`parseDocumentJson`, `validateDocument`: codes
 * `schema.*` and the input-size refusal) as one line, worded as `formatDiagnostic` words it but
 * from those messages only, so that a widget reading documents does not carry the importers'
 * whole catalogue. Any other code is written as itself.
 *
 * @example
 * formatDocumentDiagnostic(parseDocumentJson("{").diagnostics[0], "en"); // "error: The file is not valid JSON: …"
 */
export function formatDocumentDiagnostic(finding: Diagnostic, locale: Locale): string {
  const message: Message | undefined = finding.code.startsWith("schema.")
    ? ((locale === "da" ? schemaDa : schemaEn) as Partial<Record<string, Message>>)[finding.code]
    : finding.code === "import.input-too-large"
      ? locale === "da"
        ? inputTooLargeDa
        : inputTooLargeEn
      : undefined;
  return findingLine(finding, locale, message === undefined ? finding.code : message(finding.params));
}
