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
export function rollUp(
  document: BudgetFollowUp,
  options: { by?: RollUpDimension | undefined } = {},
): RollUpGroup[] {
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
  const groups = new Map<string | null, Tally>();
  // The first groups by their keys: a follow-up has a handful of committees, centres or kinds, and
  // comparing with their keys is cheaper than hashing each initiative's own copy of the name.
  const first: Tally[] = [];
  const groupOf = (key: string | null): Tally | undefined => {
    for (let index = 0; index < first.length; index += 1)
      if ((first[index] as Tally).key === key) return first[index];
    return first.length < 8 ? undefined : groups.get(key);
  };
  const roundCount = document.rounds.length;
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
          counts: new Int32Array(roundCount * 4),
          totals: new Int32Array(roundCount),
          economy: new Int32Array(4),
          odd: [],
        };
        groups.set(key, group);
        if (first.length < 8) first.push(group);
      }
      group.initiatives += 1;
      const economy = initiative.economy?.status ?? "not-assessed";
      const economyIndex = statusIndex(economy);
      if (economyIndex < 0) group.odd.push({ column: -1, status: economy });
      else (group.economy[economyIndex] as number) += 1;
      const milestones = initiative.milestones;
      for (let milestoneIndex = 0; milestoneIndex < milestones.length; milestoneIndex += 1) {
        const milestone = milestones[milestoneIndex] as Milestone;
        const indices = columnsOf(milestone.round);
        const status = statusIndex(milestone.status);
        for (let column = 0; column < indices.length; column += 1) {
          const index = indices[column] as number;
          (group.totals[index] as number) += 1;
          if (status < 0) group.odd.push({ column: index, status: milestone.status });
          else (group.counts[index * 4 + status] as number) += 1;
        }
      }
    }
  }
  return Array.from(groups.values(), (tally) => groupOfTally(tally, document));
}

/** A group's counts while they are taken: typed counters per round and status, not objects. */
interface Tally {
  key: string | null;
  initiatives: number;
  /** Per round, its green, yellow, red and not-assessed milestones. */
  counts: Int32Array;
  /** Per round, its milestones. */
  totals: Int32Array;
  economy: Int32Array;
  /** Statuses outside the scale (a document not validated), counted as before: into a key of their own. */
  odd: { column: number; status: string }[];
}

/** Each status's place in the counters; -1 for anything else. */
function statusIndex(status: string): number {
  switch (status) {
    case "green":
      return 0;
    case "yellow":
      return 1;
    case "red":
      return 2;
    case "not-assessed":
      return 3;
    default:
      return -1;
  }
}

function countsAt(counters: Int32Array, at: number): StatusCounts {
  return {
    green: counters[at] as number,
    yellow: counters[at + 1] as number,
    red: counters[at + 2] as number,
    "not-assessed": counters[at + 3] as number,
  };
}

function groupOfTally(tally: Tally, document: BudgetFollowUp): RollUpGroup {
  const group: RollUpGroup = {
    key: tally.key,
    initiatives: tally.initiatives,
    rounds: document.rounds.map((round, index) => ({
      round: round.id,
      counts: countsAt(tally.counts, index * 4),
      total: tally.totals[index] as number,
    })),
    economy: countsAt(tally.economy, 0),
  };
  for (const { column, status } of tally.odd) {
    const counts = column < 0 ? group.economy : (group.rounds[column] as RoundCounts).counts;
    const record = counts as Record<string, number>;
    // Not a colour of the scale: its own key, counted from zero (never `undefined + 1`, NaN).
    record[status] = (Object.hasOwn(record, status) ? (record[status] as number) : 0) + 1;
  }
  return group;
}
