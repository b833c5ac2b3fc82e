import type { BudgetFollowUp, Initiative, InitiativeKind, Section } from "../model/budgetFollowUp.schema";
import { type Status, statusValues } from "../status/status";

/** How many of each status. `not-assessed` is counted apart from the colours, never hidden. */
export type StatusCounts = Record<Status, number>;

/** What a roll-up can be sliced by. */
export const rollUpDimensions = ["section", "committee", "centre", "kind"] as const;
export type RollUpDimension = (typeof rollUpDimensions)[number];

export interface RoundCounts {
  round: string;
  counts: StatusCounts;
  /** The number of milestones at this round in the group: the counts always add up to it. */
  total: number;
}

export interface RollUpGroup {
  /** The section number or title, committee, centre or kind; `null` for initiatives that lack it. */
  key: string | null;
  /** How many initiatives the group holds. */
  initiatives: number;
  rounds: RoundCounts[];
  economy: StatusCounts;
}

/**
 * Counts statuses.
 *
 * @example
 * countStatuses(["green", "green", "red"]); // { green: 2, yellow: 0, red: 1, "not-assessed": 0 }
 */
export function countStatuses(statuses: Iterable<Status>): StatusCounts {
  const counts = Object.fromEntries(statusValues.map((status) => [status, 0])) as StatusCounts;
  for (const status of statuses) counts[status] += 1;
  return counts;
}

function groupKey(
  dimension: RollUpDimension | undefined,
  section: Section,
  initiative: Initiative,
): string | null {
  switch (dimension) {
    case undefined:
      return "all";
    case "section":
      return section.number ?? section.title;
    case "committee":
      return initiative.responsibleCommittee ?? null;
    case "centre":
      return initiative.responsibleCenter ?? null;
    case "kind":
      return (initiative.kind satisfies InitiativeKind | undefined) ?? null;
    default:
      return dimension satisfies never;
  }
}

/**
 * Counts per level per round, for the whole follow-up or sliced by section, committee, centre or
 * kind, with the economy line's counts beside. Groups come in the order they first appear.
 *
 * @example
 * const [all] = rollUp(followUp);
 * all.rounds.find((r) => r.round === "2017-3")?.counts; // { green: 9, yellow: 0, red: 3, "not-assessed": 2 }
 */
export function rollUp(document: BudgetFollowUp, options: { by?: RollUpDimension } = {}): RollUpGroup[] {
  const groups = new Map<string | null, { section: Section; initiative: Initiative }[]>();
  for (const section of document.sections) {
    for (const initiative of section.initiatives) {
      const key = groupKey(options.by, section, initiative);
      const members = groups.get(key) ?? [];
      members.push({ section, initiative });
      groups.set(key, members);
    }
  }
  return [...groups].map(([key, members]) => ({
    key,
    initiatives: members.length,
    rounds: document.rounds.map((round) => {
      const statuses = members.flatMap(({ initiative }) =>
        initiative.milestones
          .filter((milestone) => milestone.round === round.id)
          .map((milestone) => milestone.status),
      );
      return { round: round.id, counts: countStatuses(statuses), total: statuses.length };
    }),
    economy: countStatuses(members.map(({ initiative }) => initiative.economy?.status ?? "not-assessed")),
  }));
}
