import { decisionOutcomeLabels, type Locale, toCsv } from "@milepael/core/lite";
import type { DecisionLogRow } from "./decisionRows";
import { meetingMessages } from "./messages";

/**
 * The decision log as the reader sees it, as CSV for Excel: the filtered items in their sorted
 * order, outcomes in words, the full decision text.
 *
 * @example
 * decisionLogCsv(log.rows.map((row) => row.original), "da"); // "\uFEFFUdvalg;Dato;Punkt;...\r\n..."
 */
export function decisionLogCsv(rows: readonly DecisionLogRow[], locale: Locale): string {
  const text = meetingMessages(locale);
  return toCsv([
    [text.committee, text.date, text.item, text.title, text.outcome, text.caseNumber, text.decision],
    ...rows.map((row) => [
      row.committee,
      row.date,
      row.number,
      row.title,
      decisionOutcomeLabels[locale][row.outcome],
      row.caseNumber ?? "",
      row.decision ?? "",
    ]),
  ]);
}
