import type { BudgetFollowUp, Initiative, Section, Status } from "@milepael/core/lite";
import { milestoneStatusAt, richTextToPlainText, statusSeverity } from "@milepael/core/lite";

/** One initiative as the milestone table reads it. */
export interface MilestoneRow {
  initiative: Initiative;
  section: Section;
  /** "5. Erhverv og Beskæftigelse": what the table groups by. */
  sectionLabel: string;
  /** The initiative's status at each round, by round id. */
  statuses: Record<string, Status>;
  economy: Status;
  /** Everything free-text search looks through, lower-cased once. */
  searchText: string;
}

/**
 * The rows of a follow-up's milestone table, in document order.
 *
 * @example
 * toMilestoneRows(followUp)[0]?.statuses["2017-3"]; // "green"
 */
export function toMilestoneRows(document: BudgetFollowUp): MilestoneRow[] {
  return document.sections.flatMap((section) => {
    const sectionLabel = [section.number, section.title].filter(Boolean).join(". ");
    return section.initiatives.map((initiative) => ({
      initiative,
      section,
      sectionLabel,
      statuses: Object.fromEntries(
        document.rounds.map((round) => [round.id, milestoneStatusAt(initiative, round.id)]),
      ),
      economy: initiative.economy?.status ?? "not-assessed",
      searchText: [
        initiative.number,
        initiative.title,
        richTextToPlainText(initiative.description),
        initiative.responsibleCenter,
        initiative.responsibleCommittee,
        ...initiative.keyContributors,
        ...initiative.milestones.map((milestone) => `${milestone.text} ${milestone.statusNote ?? ""}`),
        initiative.economy?.text,
      ]
        .filter(Boolean)
        .join(" ")
        .toLowerCase(),
    }));
  });
}

/**
 * Orders statuses for sorting by core's severity: not assessed, green, yellow, red (descending
 * puts what needs attention on top).
 *
 * @example
 * ["red", "green"].sort(compareStatus); // ["green", "red"]
 */
export function compareStatus(a: Status, b: Status): number {
  return statusSeverity(a) - statusSeverity(b);
}
