import { summarySentences } from "../../assessment/summariseRound";
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
 * follow-up: the round summary's sentences in both languages (`summarySentences`, not the summary
 * of the document read, which lacks the history a worsened economy is told by), the round labels
 * and the initiatives' numbers and titles it names, the levels' names, and the captions of the
 * summary's chart and table. Numbers (counts, dates) are the paper's too. Linear in the document.
 */
function summaryVocabulary(document: BudgetFollowUp): Set<string> {
  // A label or title is also taken with its "<" and ">" as spaces: read as markup, "<B" has no
  // words, but the paper prints it as text ("2 er forbedret: <B").
  const named = [
    ...document.rounds.map((round) => round.label),
    ...document.sections.flatMap((section) =>
      section.initiatives.flatMap((initiative) => [initiative.number ?? "", initiative.title]),
    ),
  ];
  const texts = [...named, ...named.map((text) => text.replace(/[<>]/g, " "))];
  for (const locale of locales) {
    texts.push(...summarySentences(locale));
    for (const scale of statusScales)
      for (const status of statusValues) texts.push(statusLabel(status, scale, locale).name);
    texts.push(...Object.values(paperSummaryText).map((text) => text[locale]));
  }
  return new Set(texts.flatMap(words));
}

/**
 * Whether a line holds only words milepael's paper can print under "Sammenfatning" for this
 * follow-up (`summaryVocabulary`; numbers too). Linear in the document, then in each line.
 *
 * @example
 * printedUnderSummary(followUp)("Direktionen anbefaler …"); // false: a note's words
 */
export function printedUnderSummary(document: BudgetFollowUp): (text: string) => boolean {
  const vocabulary = summaryVocabulary(document);
  const known = (word: string) => vocabulary.has(word) || /^\d+$/.test(word);
  // A narrow PDF column breaks a long word without a hyphen ("budgetopfølg ning"): two parts that
  // make a word of the paper are that word.
  return (text: string) => {
    const found = words(text);
    for (let index = 0; index < found.length; index += 1) {
      const word = found[index] as string;
      if (known(word)) continue;
      if (index + 1 < found.length && vocabulary.has(word + found[index + 1])) index += 1;
      else return false;
    }
    return true;
  };
}

/**
 * Reports the notes staff typed under the "Sammenfatning" of milepael's own committee paper: the
 * paper prints there only what it draws from the document (the round's summary, the chart's and
 * the table's figures), which a follow-up read back does not keep, since it is drawn again. A line
 * with a word the paper cannot have printed for this document is a note's, reported as text before
 * the first section (`import.preamble-ignored`) so that it is not lost silently. A note is the lines
 * from the first such line to the last within a stretch that blank lines and the summary table's
 * rows (lines with a tab) bound: a PDF's text has no blank line between the summary and a note
 * typed below it, and a wrapped line of the note may hold only the paper's words. A note made of
 * the paper's words alone ("De røde milepæle er ikke vurderet.") is not told apart.
 *
 * @example
 * const summaryLines = reportPreamble(head.slice(0, firstSection), header.used, collector);
 * reportNotesUnderSummary(summaryLines, document, collector);
 * // warning "import.preamble-ignored" on "Direktionen anbefaler, at …"
 */
export function reportNotesUnderSummary(
  lines: readonly SourceLine[],
  document: BudgetFollowUp,
  collector: DiagnosticCollector,
): void {
  if (lines.length === 0) return;
  const printed = printedUnderSummary(document);
  let stretch: SourceLine[] = [];
  const reportStretch = () => {
    const typed = stretch.map((line) => !printed(line.text));
    const from = typed.indexOf(true);
    const first = stretch[from];
    if (first !== undefined) {
      const note = stretch.slice(from, typed.lastIndexOf(true) + 1);
      collector.add(
        "warning",
        "import.preamble-ignored",
        first.number,
        {},
        note.map((line) => line.text).join("\n"),
      );
    }
    stretch = [];
  };
  for (const line of lines) {
    if (line.text.trim() === "" || isDebris(line.text)) reportStretch();
    else if (line.text.includes("\t")) {
      // A table row is a stretch of its own: a row with a word typed in is reported by itself.
      reportStretch();
      stretch.push(line);
      reportStretch();
    } else stretch.push(line);
  }
  reportStretch();
}
