import type { Locale } from "../i18n/locale";
import type { Diagnostic } from "./diagnostic";
import { assessmentDa, assessmentEn } from "./messages/assessment";
import type { Message } from "./messages/format";
import { rulesDa, rulesEn } from "./messages/rules";

/**
 * The message of a finding from assessing a round (codes `assessment.*` and `rules.*`), from the
 * same catalogue as `diagnosticMessage` but without the importers' messages, so that a widget for
 * assessing stays small. Any other code comes back as itself.
 *
 * @example
 * assessmentMessage(assess(followUp, input).diagnostics[0], "en"); // "A red assessment needs a status note that says why."
 */
export function assessmentMessage(finding: Diagnostic, locale: Locale): string {
  const messages: Partial<Record<string, Message>> | undefined = finding.code.startsWith("assessment.")
    ? locale === "da"
      ? assessmentDa
      : assessmentEn
    : finding.code.startsWith("rules.")
      ? locale === "da"
        ? rulesDa
        : rulesEn
      : undefined;
  const message = messages?.[finding.code];
  return message === undefined ? finding.code : message(finding.params);
}
