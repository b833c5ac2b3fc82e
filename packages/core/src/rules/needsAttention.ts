import type { BudgetFollowUp, Initiative } from "../model/budgetFollowUp.schema";
import { isDefinedOnScale } from "../status/status";
import { initiativeTrend, milestoneStatusAt, reportingRound } from "./assessment";

/** Why an initiative needs attention, most serious first. */
export const attentionReasons = ["red", "economy-red", "worsened", "overdue", "economy-undefined"] as const;
export type AttentionReason = (typeof attentionReasons)[number];

export interface AttentionItem {
  initiative: Initiative;
  /** Index of the initiative's section in the document. */
  sectionIndex: number;
  reasons: AttentionReason[];
}

/**
 * The initiatives a committee should look at for a round: red milestones, red economy, a milestone
 * that got worse since the previous assessment, an overdue assessment (with `today`), and economy
 * levels the scale does not define. Most serious first; document order within the same reasons.
 *
 * @example
 * needsAttention(followUp, { round: "2017-3" }).map((item) => item.initiative.id); // ["5.03", "7.02", "7.03"]
 */
export function needsAttention(
  document: BudgetFollowUp,
  options: { round?: string | undefined; today?: string | undefined } = {},
): AttentionItem[] {
  const round = options.round ?? reportingRound(document);
  const cutOff = document.rounds.find((candidate) => candidate.id === round)?.cutOff;
  const items: AttentionItem[] = [];
  document.sections.forEach((section, sectionIndex) => {
    for (const initiative of section.initiatives) {
      const reasons: AttentionReason[] = [];
      const status = round === null ? "not-assessed" : milestoneStatusAt(initiative, round);
      const economy = initiative.economy?.status ?? "not-assessed";
      if (status === "red") reasons.push("red");
      if (economy === "red") reasons.push("economy-red");
      if (round !== null && initiativeTrend(initiative, document.rounds, round) === "worse")
        reasons.push("worsened");
      const planned = initiative.milestones.some((milestone) => milestone.round === round);
      if (
        planned &&
        status === "not-assessed" &&
        cutOff !== undefined &&
        options.today !== undefined &&
        cutOff < options.today
      ) {
        reasons.push("overdue");
      }
      if (!isDefinedOnScale("economy", economy)) reasons.push("economy-undefined");
      if (reasons.length > 0) items.push({ initiative, sectionIndex, reasons });
    }
  });
  const rank = (item: AttentionItem) =>
    Math.min(...item.reasons.map((reason) => attentionReasons.indexOf(reason)));
  // Array.prototype.sort is stable, so document order holds within the same rank.
  return items.sort((a, b) => rank(a) - rank(b));
}
