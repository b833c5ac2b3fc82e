import type { BudgetFollowUp, Initiative } from "../model/budgetFollowUp.schema";
import { compareStatuses, milestoneStatusAt, reportingRound, type Trend } from "../rules/assessment";
import type { Status } from "../status/status";

/**
 * The economy line's status at a round: what was assessed then, read from the history where the
 * line has since been assessed again; `not-assessed` when nobody assessed it at that round.
 *
 * @example
 * economyStatusAt(followUp, initiative, "2017-3"); // "red"
 */
export function economyStatusAt(document: BudgetFollowUp, initiative: Initiative, roundId: string): Status {
  const economy = initiative.economy;
  if (economy === undefined) return "not-assessed";
  if ((economy.round ?? reportingRound(document)) === roundId) return economy.status;
  const events = (document.history ?? []).filter(
    (event) =>
      event.type === "assessed" && event.initiativeId === initiative.id && event.target === "economy",
  );
  for (const event of [...events].reverse()) {
    if (event.type === "assessed" && event.round === roundId) return event.to;
  }
  for (const event of events) {
    if (event.type === "assessed" && event.fromRound === roundId) return event.from;
  }
  return "not-assessed";
}

/** One initiative's move between two rounds, for its milestone or its economy line. */
export interface RoundChange {
  initiativeId: string;
  /** "5.03 Erhvervsservice", or the title alone when the initiative has no number. */
  name: string;
  target: "milestone" | "economy";
  from: Status;
  to: Status;
  trend: Trend;
}

/** What changed from one round to another. */
export interface RoundDiff {
  from: string;
  to: string;
  /** Every move whose status differs, in document order. */
  changes: RoundChange[];
  improved: RoundChange[];
  worsened: RoundChange[];
  /** Assessed at `to`, not at `from`. */
  newlyAssessed: RoundChange[];
  /** Milestones due after `from` up to `to`, past their cut-off on `today` and not assessed. */
  newlyOverdue: { initiativeId: string; name: string; milestone: number; round: string }[];
}

/**
 * An initiative's name as lists show it: number and title.
 *
 * @example
 * initiativeName({ number: "5.03", title: "Erhvervsservice" } as Initiative); // "5.03 Erhvervsservice"
 */
export function initiativeName(initiative: Pick<Initiative, "number" | "title">): string {
  return initiative.number === undefined ? initiative.title : `${initiative.number} ${initiative.title}`;
}

/**
 * What changed between two rounds: per initiative, its milestone and its economy line, sorted
 * into improved, worsened and newly assessed, plus milestones newly overdue (given `today`).
 *
 * @example
 * diffRounds(followUp, "2017-2", "2017-3").worsened.map((c) => c.name); // ["5.03 …"]
 */
export function diffRounds(
  document: BudgetFollowUp,
  from: string,
  to: string,
  options: { today?: string } = {},
): RoundDiff {
  const changes: RoundChange[] = [];
  const newlyOverdue: RoundDiff["newlyOverdue"] = [];
  const fromIndex = document.rounds.findIndex((round) => round.id === from);
  const toIndex = document.rounds.findIndex((round) => round.id === to);
  const between = new Map(
    document.rounds.slice(fromIndex + 1, toIndex + 1).map((round) => [round.id, round.cutOff]),
  );
  for (const section of document.sections) {
    for (const initiative of section.initiatives) {
      const name = initiativeName(initiative);
      const pairs: [RoundChange["target"], Status, Status][] = [
        ["milestone", milestoneStatusAt(initiative, from), milestoneStatusAt(initiative, to)],
      ];
      if (initiative.economy !== undefined) {
        pairs.push([
          "economy",
          economyStatusAt(document, initiative, from),
          economyStatusAt(document, initiative, to),
        ]);
      }
      for (const [target, before, after] of pairs) {
        if (before !== after) {
          changes.push({
            initiativeId: initiative.id,
            name,
            target,
            from: before,
            to: after,
            trend: compareStatuses(before, after),
          });
        }
      }
      if (options.today === undefined) continue;
      const today = options.today;
      initiative.milestones.forEach((milestone, index) => {
        const cutOff = between.get(milestone.round);
        if (cutOff !== undefined && cutOff < today && milestone.status === "not-assessed")
          newlyOverdue.push({ initiativeId: initiative.id, name, milestone: index, round: milestone.round });
      });
    }
  }
  return {
    from,
    to,
    changes,
    improved: changes.filter((change) => change.trend === "better"),
    worsened: changes.filter((change) => change.trend === "worse"),
    newlyAssessed: changes.filter((change) => change.trend === "new"),
    newlyOverdue,
  };
}
