import type { BudgetFollowUp, Initiative, Round } from "../model/budgetFollowUp.schema";
import { type Status, statusSeverity } from "../status/status";

/**
 * The status of an initiative's milestone at a round; `not-assessed` when it has none there.
 *
 * @example
 * milestoneStatusAt(initiative, "2017-3"); // "red"
 */
export function milestoneStatusAt(initiative: Initiative, roundId: string): Status {
  return initiative.milestones.find((milestone) => milestone.round === roundId)?.status ?? "not-assessed";
}

/**
 * The last round, up to and including `until`, at which the initiative's milestone was assessed.
 *
 * @example
 * latestAssessedRound(initiative, followUp.rounds); // "2017-3"
 */
export function latestAssessedRound(
  initiative: Initiative,
  rounds: readonly Round[],
  until?: string,
): string | null {
  const end = until === undefined ? rounds.length : rounds.findIndex((round) => round.id === until) + 1;
  for (const round of rounds.slice(0, end).reverse()) {
    if (milestoneStatusAt(initiative, round.id) !== "not-assessed") return round.id;
  }
  return null;
}

/** A status that milepael computed rather than one the document assessed. */
export interface DerivedStatus {
  status: Status;
  /** Always true: the document's own overall assessment, where it has one, is what counts. */
  derived: true;
  /** The round whose milestone went into it, or `null` when no milestone was assessed. */
  round: string | null;
}

/**
 * A suggested overall status for an initiative: the worse of its milestone at a round (by default
 * the latest assessed one) and its economy. Flagged as derived: an overall status is assessed by
 * people, not computed, so this is only a suggestion.
 *
 * @example
 * suggestedOverallStatus(initiative, followUp.rounds, { round: "2017-3" });
 * // { status: "red", derived: true, round: "2017-3" }
 */
export function suggestedOverallStatus(
  initiative: Initiative,
  rounds: readonly Round[],
  options: { round?: string } = {},
): DerivedStatus {
  const round = options.round ?? latestAssessedRound(initiative, rounds);
  const milestone = round === null ? "not-assessed" : milestoneStatusAt(initiative, round);
  const economy = initiative.economy?.status ?? "not-assessed";
  const status = statusSeverity(economy) > statusSeverity(milestone) ? economy : milestone;
  return { status, derived: true, round };
}

/** How an assessment moved since the previous one. */
export type Trend = "better" | "same" | "worse" | "new" | "not-assessed";

/**
 * The move from one assessment to the next: green to yellow is worse.
 *
 * @example
 * compareStatuses("green", "yellow"); // "worse"
 */
export function compareStatuses(previous: Status, current: Status): Trend {
  if (current === "not-assessed") return "not-assessed";
  if (previous === "not-assessed") return "new";
  const change = statusSeverity(current) - statusSeverity(previous);
  return change > 0 ? "worse" : change < 0 ? "better" : "same";
}

/**
 * The trend of an initiative's milestones at a round, against the nearest earlier assessed round.
 *
 * @example
 * initiativeTrend(initiative, followUp.rounds, "2017-2"); // "worse" when green became red
 */
export function initiativeTrend(initiative: Initiative, rounds: readonly Round[], roundId: string): Trend {
  const index = rounds.findIndex((round) => round.id === roundId);
  const current = milestoneStatusAt(initiative, roundId);
  const previousRound = index <= 0 ? null : latestAssessedRound(initiative, rounds, rounds[index - 1]?.id);
  return compareStatuses(
    previousRound === null ? "not-assessed" : milestoneStatusAt(initiative, previousRound),
    current,
  );
}

/**
 * The round a follow-up reports on: the one it names, or else the last round with any assessment.
 *
 * @example
 * reportingRound(followUp); // "2017-3"
 */
export function reportingRound(document: BudgetFollowUp): string | null {
  if (document.currentRound !== undefined) return document.currentRound;
  const initiatives = document.sections.flatMap((section) => section.initiatives);
  for (const round of [...document.rounds].reverse()) {
    if (initiatives.some((initiative) => milestoneStatusAt(initiative, round.id) !== "not-assessed"))
      return round.id;
  }
  return document.rounds[0]?.id ?? null;
}
