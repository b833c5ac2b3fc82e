import { summariseRound } from "../../assessment/summariseRound";
import { locales } from "../../i18n/locale";
import { statusLabel } from "../../i18n/statusLabels";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import { paperSummaryText } from "../../report/paperSummaryText";
import { statusScales, statusValues } from "../../status/status";
import { cellText } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import { isDebris, type SourceLine } from "../shared/lines";

/** A line's words in lower case, without its markup (Word's bold, Markdown's marks). */
const words = (text: string): string[] =>
  cellText(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Every word milepael's committee paper (`buildReport`) can print under "Sammenfatning" for this
 * follow-up: each round's plain-language summary in both languages (every round's, should the
 * round reported on not read back), the round labels, the levels' names, and the captions of the
 * summary's chart and table. Numbers (counts, dates) are the paper's too.
 */
function summaryVocabulary(document: BudgetFollowUp): Set<string> {
  const texts: string[] = [];
  for (const locale of locales) {
    for (const round of document.rounds) {
      texts.push(round.label, summariseRound(document, round.id, locale));
    }
    for (const scale of statusScales)
      for (const status of statusValues) texts.push(statusLabel(status, scale, locale).name);
    texts.push(...Object.values(paperSummaryText).map((text) => text[locale]));
  }
  return new Set(texts.flatMap(words));
}

/**
 * Reports what was typed under the "Sammenfatning" of milepael's own committee paper: the paper
 * prints there only what it draws from the document (the round's summary, the chart's and the
 * table's figures), which a follow-up read back does not keep, since it is drawn again. A paragraph
 * (a run of lines between blank ones) with a word the paper cannot have printed for this document
 * is a note staff added, reported as text before the first section (`import.preamble-ignored`),
 * so that it is not lost silently.
 *
 * @example
 * reportTypedSummary(preamble.summaryLines, document, collector);
 * // warning "import.preamble-ignored" on "Direktionen anbefaler, at …"
 */
export function reportTypedSummary(
  lines: readonly SourceLine[],
  document: BudgetFollowUp,
  collector: DiagnosticCollector,
): void {
  if (lines.length === 0) return;
  const vocabulary = summaryVocabulary(document);
  const printed = (text: string) => words(text).every((word) => vocabulary.has(word) || /^\d+$/.test(word));
  let paragraph: SourceLine[] = [];
  // A PDF's text has no blank line between the summary, the chart's figures and a note typed
  // beside them: the note is its paragraph's lines from the first to the last the paper cannot
  // have printed (a wrapped line of the note may happen to hold only the paper's words).
  const reportParagraph = () => {
    const typed = paragraph.map((line) => !printed(line.text));
    const from = typed.indexOf(true);
    const first = paragraph[from];
    if (first !== undefined) {
      const note = paragraph.slice(from, typed.lastIndexOf(true) + 1);
      collector.add(
        "warning",
        "import.preamble-ignored",
        first.number,
        {},
        note.map((line) => line.text).join("\n"),
      );
    }
    paragraph = [];
  };
  for (const line of lines) {
    if (line.text.trim() === "" || isDebris(line.text)) reportParagraph();
    else paragraph.push(line);
  }
  reportParagraph();
}
