import type {
  BudgetFollowUp,
  Initiative,
  InitiativeKind,
  Milestone,
  Section,
} from "../model/budgetFollowUp.schema";
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
  // One pass over the milestones: a round's column is looked up once per milestone instead of
  // filtering every group's milestones once per round.
  const columns = new Map<string, number[]>();
  document.rounds.forEach((round, index) => {
    const same = columns.get(round.id);
    if (same) same.push(index);
    else columns.set(round.id, [index]);
  });
  // The rounds' ids are few: compared one by one (the same strings, mostly) before hashing.
  const ids = [...columns.keys()].slice(0, 8);
  const idColumns = ids.map((id) => columns.get(id) as number[]);
  const noColumns: number[] = [];
  const columnsOf = (round: string): number[] => {
    for (let index = 0; index < ids.length; index += 1)
      if (ids[index] === round) return idColumns[index] as number[];
    return columns.get(round) ?? noColumns;
  };
  const groups = new Map<string | null, RollUpGroup>();
  // The first groups by their keys: a follow-up has a handful of committees, centres or kinds, and
  // comparing with their keys is cheaper than hashing each initiative's own copy of the name.
  const first: RollUpGroup[] = [];
  const groupOf = (key: string | null): RollUpGroup | undefined => {
    for (let index = 0; index < first.length; index += 1)
      if ((first[index] as RollUpGroup).key === key) return first[index];
    return first.length < 8 ? undefined : groups.get(key);
  };
  // Indexed loops: for…of over the sections, initiatives and columns made an iterator and a result
  // object per step (2.8 MB per 10,000 initiatives, all of it for the young generation to sweep).
  const sections = document.sections;
  for (let sectionIndex = 0; sectionIndex < sections.length; sectionIndex += 1) {
    const section = sections[sectionIndex] as Section;
    const initiatives = section.initiatives;
    for (let initiativeIndex = 0; initiativeIndex < initiatives.length; initiativeIndex += 1) {
      const initiative = initiatives[initiativeIndex] as Initiative;
      const key = groupKey(options.by, section, initiative);
      let group = groupOf(key);
      if (group === undefined) {
        group = {
          key,
          initiatives: 0,
          rounds: document.rounds.map((round) => ({ round: round.id, counts: emptyCounts(), total: 0 })),
          economy: emptyCounts(),
        };
        groups.set(key, group);
        if (first.length < 8) first.push(group);
      }
      group.initiatives += 1;
      group.economy[initiative.economy?.status ?? "not-assessed"] += 1;
      const milestones = initiative.milestones;
      for (let milestoneIndex = 0; milestoneIndex < milestones.length; milestoneIndex += 1) {
        const milestone = milestones[milestoneIndex] as Milestone;
        const indices = columnsOf(milestone.round);
        for (let column = 0; column < indices.length; column += 1) {
          const counts = group.rounds[indices[column] as number] as RoundCounts;
          counts.counts[milestone.status] += 1;
          counts.total += 1;
        }
      }
    }
  }
  return [...groups.values()];
}

function emptyCounts(): StatusCounts {
  return { green: 0, yellow: 0, red: 0, "not-assessed": 0 };
}
