// What milepael's paper prints about a follow-up under "Om dokumentet", as its Word export does
// (export/docx/followUpPages.ts), in the same words (export/docx/pageTags.ts): the organisation,
// the rounds with their kind, cut-off and meeting date, and the round the document reports on. The
// follow-up text reader reads them back from a PDF of the paper (import/followUpText/statedRounds.ts).

import { roundColumns, roundKindWords, roundsWords } from "../export/docx/pageTags";
import type { Locale } from "../i18n/locale";
import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import { formatReportDate, textCells } from "./paper";
import type { ReportBlock } from "./reportModel";

const caption = { da: "Opfølgningerne", en: "The rounds" } as const;

/**
 * The heading "Om dokumentet", the organisation, the table of rounds and the round reported on;
 * nothing for a follow-up without any of them.
 *
 * @example
 * aboutDocumentBlocks(budgetFollowUp2017, "da")[0]; // { kind: "heading", level: 2, text: "Om dokumentet" }
 */
export function aboutDocumentBlocks(document: BudgetFollowUp, locale: Locale): ReportBlock[] {
  const words = roundsWords[locale];
  const { organisation } = document.metadata;
  const current = document.rounds.find((round) => round.id === document.currentRound);
  if (document.rounds.length === 0 && current === undefined && organisation === undefined) return [];
  const blocks: ReportBlock[] = [{ kind: "heading", level: 2, text: words.heading }];
  if (organisation !== undefined) blocks.push({ kind: "paragraph", text: `Organisation: ${organisation}` });
  if (document.rounds.length > 0)
    blocks.push({
      kind: "table",
      role: "rounds",
      caption: caption[locale],
      header: textCells(roundColumns.map((column) => words.columns[column])),
      rowHeaders: true,
      rows: document.rounds.map((round) =>
        textCells([
          round.label,
          roundKindWords[locale][round.kind],
          formatReportDate(round.cutOff, locale),
          round.meetingDate === undefined ? "" : formatReportDate(round.meetingDate, locale),
        ]),
      ),
    });
  if (current !== undefined) blocks.push({ kind: "paragraph", text: `${words.current}: ${current.label}` });
  return blocks;
}
