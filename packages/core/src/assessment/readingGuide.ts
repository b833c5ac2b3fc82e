import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import type { AssessedLevel } from "../status/status";
import type { ReadingGuide } from "./history.schema";

/** A reading guide with every rule filled in. */
export type ResolvedReadingGuide = { [K in keyof ReadingGuide]-?: Exclude<ReadingGuide[K], undefined> };

/**
 * The reading guide of the Danish follow-ups milepael was built on (Ballerup 2017): milestones
 * green/yellow/red, economy green/red, a note for yellow and red and for red → green in one round,
 * early assessments and unassessed milestones at publishing warned about.
 */
export const defaultReadingGuide: ResolvedReadingGuide = {
  milestoneLevels: ["green", "yellow", "red"],
  economyLevels: ["green", "red"],
  noteRequiredFor: ["yellow", "red"],
  noteRequiredForJump: 2,
  earlyAssessment: "warning",
  notAssessedAtPublish: "warning",
};

/**
 * The rules a follow-up is assessed by: its own reading guide, the default where it says nothing.
 *
 * @example
 * resolveReadingGuide({ ...followUp, readingGuide: { economyLevels: ["green", "yellow", "red"] } })
 *   .economyLevels; // ["green", "yellow", "red"]
 */
export function resolveReadingGuide(document: Pick<BudgetFollowUp, "readingGuide">): ResolvedReadingGuide {
  const guide = document.readingGuide ?? {};
  return {
    milestoneLevels: guide.milestoneLevels ?? defaultReadingGuide.milestoneLevels,
    economyLevels: guide.economyLevels ?? defaultReadingGuide.economyLevels,
    noteRequiredFor: guide.noteRequiredFor ?? defaultReadingGuide.noteRequiredFor,
    noteRequiredForJump: guide.noteRequiredForJump ?? defaultReadingGuide.noteRequiredForJump,
    earlyAssessment: guide.earlyAssessment ?? defaultReadingGuide.earlyAssessment,
    notAssessedAtPublish: guide.notAssessedAtPublish ?? defaultReadingGuide.notAssessedAtPublish,
  };
}

/**
 * The levels a milestone or the economy line may take under a guide, best first.
 *
 * @example
 * levelsFor(defaultReadingGuide, "economy"); // ["green", "red"]
 */
export function levelsFor(
  guide: ResolvedReadingGuide,
  target: "milestone" | "economy",
): readonly AssessedLevel[] {
  return target === "economy" ? guide.economyLevels : guide.milestoneLevels;
}
