import type { Locale } from "../i18n/locale";
import type { Diagnostic } from "./diagnostic";
import { assessmentMessages } from "./messages/assessment";
import type { Message } from "./messages/format";
import { rulesMessages } from "./messages/rules";

/**
 * The message of a finding from assessing a round (codes `assessment.*` and `rules.*`), from the
 * same catalogue as `diagnosticMessage` but without the importers' messages, so that a widget for
 * assessing stays small. Any other code comes back as itself.
 *
 * @example
 * assessmentMessage(assess(followUp, input).diagnostics[0], "en"); // "A red assessment needs a status note that says why."
 */
export function assessmentMessage(finding: Diagnostic, locale: Locale): string {
  const area = finding.code.startsWith("assessment.")
    ? assessmentMessages
    : finding.code.startsWith("rules.")
      ? rulesMessages
      : undefined;
  const message = (area?.[locale] as Partial<Record<string, Message>> | undefined)?.[finding.code];
  return message === undefined ? finding.code : message(finding.params);
}
