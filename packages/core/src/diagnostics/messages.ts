import type { Locale } from "../i18n/locale";
import type { Diagnostic, DiagnosticCode } from "./diagnostic";
import { findingLine } from "./findingLine";
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
// Built in a pure call: an object of spreads is kept by bundlers (a spread may run a getter), so a
// host that imports only the narrow formatters (assessmentMessage, formatDocumentDiagnostic) would
// carry the importers' whole catalogue.
const catalogue = /* @__PURE__ */ (() =>
  ({
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
  }) satisfies Record<Locale, Record<DiagnosticCode, Message>>)();

export { formatLocation, formatPath } from "./findingLine";

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
  return findingLine(finding, locale, diagnosticMessage(finding, locale));
}
