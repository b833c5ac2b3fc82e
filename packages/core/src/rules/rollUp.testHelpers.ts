// Test support only: no entry imports this file.
import type { BudgetFollowUp, Initiative, Section } from "../model/budgetFollowUp.schema";
import type { Status } from "../status/status";
import type { RollUpDimension, RollUpGroup } from "./rollUp";

/** Each status's count by filtering the list once per status. */
const countByFiltering = (statuses: Status[]) => ({
  green: statuses.filter((s) => s === "green").length,
  yellow: statuses.filter((s) => s === "yellow").length,
  red: statuses.filter((s) => s === "red").length,
  "not-assessed": statuses.filter((s) => s === "not-assessed").length,
});

/**
 * The roll-up as it was first written, kept as the reference the one-pass `rollUp` must equal: the
 * initiatives grouped by `by`, then every group's milestones filtered once per round and counted
 * once per status.
 *
 * @example
 * expect(rollUp(document, { by: "committee" })).toEqual(rollUpByFiltering(document, "committee"));
 */
export function rollUpByFiltering(document: BudgetFollowUp, by?: RollUpDimension): RollUpGroup[] {
  const key = (section: Section, initiative: Initiative) =>
    by === undefined
      ? "all"
      : by === "section"
        ? (section.number ?? section.title)
        : by === "committee"
          ? (initiative.responsibleCommittee ?? null)
          : by === "centre"
            ? (initiative.responsibleCenter ?? null)
            : (initiative.kind ?? null);
  const groups = new Map<string | null, Initiative[]>();
  for (const section of document.sections)
    for (const member of section.initiatives)
      groups.set(key(section, member), [...(groups.get(key(section, member)) ?? []), member]);
  return [...groups].map(([groupKey, members]) => ({
    key: groupKey,
    initiatives: members.length,
    rounds: document.rounds.map((round) => {
      const statuses = members.flatMap((member) =>
        member.milestones.filter((m) => m.round === round.id).map((m) => m.status),
      );
      return { round: round.id, counts: countByFiltering(statuses), total: statuses.length };
    }),
    economy: countByFiltering(members.map((member) => member.economy?.status ?? "not-assessed")),
  }));
}
