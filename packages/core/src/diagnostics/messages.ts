import type { Locale } from "../i18n/locale";
import type { Diagnostic, DiagnosticCode } from "./diagnostic";
import { findingLine } from "./findingLine";
import { assessmentDa, assessmentEn } from "./messages/assessment";
import type { Message } from "./messages/format";
import { importDa, importEn } from "./messages/import";
import { meetingsDa, meetingsEn } from "./messages/meetings";
import { officeFilesDa, officeFilesEn } from "./messages/officeFiles";
import { rulesDa, rulesEn } from "./messages/rules";
import { schemaDa, schemaEn } from "./messages/schema";
import { storeDa, storeEn } from "./messages/store";

// The one catalogue of diagnostic messages, Danish and English, keyed by code. Each area's
// messages are in messages/<area>.ts; a new code goes there, in both languages, its Danish message
// declaring the code's params (the `satisfies` below fails the build when a code has no message).
// Built in a pure call: an object of spreads is kept by bundlers (a spread may run a getter), so a
// host that imports only the narrow formatters (assessmentMessage, formatDocumentDiagnostic) would
// carry the importers' whole catalogue.
const catalogue = /* @__PURE__ */ (() =>
  ({
    da: {
      ...schemaDa,
      ...rulesDa,
      ...importDa,
      ...officeFilesDa,
      ...assessmentDa,
      ...storeDa,
      ...meetingsDa,
    },
    en: {
      ...schemaEn,
      ...rulesEn,
      ...importEn,
      ...officeFilesEn,
      ...assessmentEn,
      ...storeEn,
      ...meetingsEn,
    },
  }) satisfies Record<Locale, Record<DiagnosticCode, Message>>)();

/** The Danish messages, one a code: each declares its code's params (`DiagnosticParams`). */
export type DanishCatalogue = (typeof catalogue)["da"];

export { formatLocation, formatPath } from "./findingLine";

/**
 * The message of a diagnostic in a locale, without its location.
 *
 * @example
 * diagnosticMessage({ level: "error", code: "rules.duplicate-id", path: [], params: { id: "5.03" } }, "en");
 * // 'The id "5.03" is used more than once.'
 */
export function diagnosticMessage(finding: Diagnostic, locale: Locale): string {
  // Every message is a `Message`; the finding's params were checked against its code when it was made.
  return (catalogue[locale][finding.code] as Message)(finding.params);
}

/**
 * A diagnostic as one line: location (line or path), level and message.
 *
 * @example
 * formatDiagnostic(finding, "da"); // "sections[0].initiatives[1].id: fejl: Id'et "5.03" bruges mere end én gang."
 */
export function formatDiagnostic(finding: Diagnostic, locale: Locale): string {
  return findingLine(finding, locale, diagnosticMessage(finding, locale));
}
