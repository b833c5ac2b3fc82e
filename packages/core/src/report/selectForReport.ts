import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import { needsAttention } from "../rules/needsAttention";

/** What of a follow-up a paper shows; nothing set: all of it. */
export interface ReportSelection {
  /** Round ids: only these rounds and their milestones. */
  rounds?: readonly string[] | undefined;
  /** Section numbers or titles: only these sections. */
  sections?: readonly string[] | undefined;
  /** Only the initiatives that need attention at the reporting round (see `needsAttention`). */
  onlyAttention?: boolean | undefined;
  /** Today (`YYYY-MM-DD`), for overdue rounds when choosing what needs attention. */
  today?: string | undefined;
}

/**
 * The part of a follow-up a paper shows: chosen rounds, chosen sections, or only what needs
 * attention. The result is itself a valid follow-up, so what a paper shows can be read back.
 *
 * @example
 * selectForReport(followUp, { sections: ["5"], onlyAttention: true }).sections.length; // 1
 */
export function selectForReport(document: BudgetFollowUp, selection: ReportSelection = {}): BudgetFollowUp {
  const attention =
    selection.onlyAttention === true
      ? new Set(needsAttention(document, { today: selection.today }).map((item) => item.initiative.id))
      : null;
  const rounds = selection.rounds === undefined ? null : new Set(selection.rounds);
  const sections = selection.sections === undefined ? null : new Set(selection.sections);
  const keptRounds =
    rounds === null ? document.rounds : document.rounds.filter((round) => rounds.has(round.id));
  const currentRound =
    document.currentRound !== undefined && (rounds === null || rounds.has(document.currentRound))
      ? { currentRound: document.currentRound }
      : {};
  const { currentRound: _current, ...rest } = document;
  return {
    ...rest,
    ...currentRound,
    rounds: keptRounds,
    sections: document.sections
      .filter(
        (section) =>
          sections === null ||
          sections.has(section.title) ||
          (section.number !== undefined && sections.has(section.number)),
      )
      .map((section) => ({
        ...section,
        initiatives: section.initiatives
          .filter((initiative) => attention === null || attention.has(initiative.id))
          .map((initiative) =>
            rounds === null
              ? initiative
              : {
                  ...initiative,
                  milestones: initiative.milestones.filter((milestone) => rounds.has(milestone.round)),
                },
          ),
      }))
      .filter((section) => attention === null || section.initiatives.length > 0),
  };
}
