import type { BudgetFollowUp, Initiative, Round, Section, Status } from "@milepael/core/lite";
import { milestoneStatusAt, richTextToPlainText, statusSeverity } from "@milepael/core/lite";
import { warmWhenIdle } from "../internal/searchWarmUp";

/** One initiative as the milestone table reads it. */
export interface MilestoneRow {
  readonly initiative: Initiative;
  readonly section: Section;
  /** "5. Erhverv og Beskæftigelse": what the table groups by. */
  readonly sectionLabel: string;
  /** The initiative's status at each round, by round id. */
  readonly statuses: Readonly<Record<string, Status>>;
  readonly economy: Status;
  /** Everything free-text search looks through, lower-cased once. */
  readonly searchText: string;
}

/**
 * A row whose statuses and search text are worked out when first read, not for every row
 * before the first paint: at 100,000 initiatives the search text alone was a third of the first
 * render's script, and a reader may never search.
 */
class LazyMilestoneRow implements MilestoneRow {
  readonly initiative: Initiative;
  readonly section: Section;
  readonly sectionLabel: string;
  readonly economy: Status;
  readonly #rounds: readonly Round[];
  #statuses: Record<string, Status> | undefined;
  #searchText: string | undefined;

  constructor(initiative: Initiative, section: Section, sectionLabel: string, rounds: readonly Round[]) {
    this.initiative = initiative;
    this.section = section;
    this.sectionLabel = sectionLabel;
    this.economy = initiative.economy?.status ?? "not-assessed";
    this.#rounds = rounds;
  }

  get statuses(): Record<string, Status> {
    if (this.#statuses === undefined) {
      const statuses: Record<string, Status> = {};
      for (const round of this.#rounds) statuses[round.id] = milestoneStatusAt(this.initiative, round.id);
      this.#statuses = statuses;
    }
    return this.#statuses;
  }

  get searchText(): string {
    if (this.#searchText === undefined) {
      const { initiative } = this;
      this.#searchText = [
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
        .toLowerCase();
    }
    return this.#searchText;
  }

  /** Plain data for `JSON.stringify` and spreads' readers, as when every field was a value. */
  toJSON() {
    const { initiative, section, sectionLabel, statuses, economy, searchText } = this;
    return { initiative, section, sectionLabel, statuses, economy, searchText };
  }
}

/**
 * The rows of a follow-up's milestone table, in document order. Statuses and search text are
 * worked out when first read (see `warmSearchText` to do it ahead, when the page is idle).
 *
 * @example
 * toMilestoneRows(followUp)[0]?.statuses["2017-3"]; // "green"
 */
export function toMilestoneRows(document: BudgetFollowUp): MilestoneRow[] {
  const rows: MilestoneRow[] = [];
  for (const section of document.sections) {
    const sectionLabel = [section.number, section.title].filter(Boolean).join(". ");
    for (const initiative of section.initiatives)
      rows.push(new LazyMilestoneRow(initiative, section, sectionLabel, document.rounds));
  }
  return rows;
}

/**
 * Builds the rows' search text a slice at a time while the page is idle (see `warmWhenIdle`), so
 * the first search finds it ready; returns the function that stops it. For hosts that search `searchText`
 * themselves (e.g. another grid on the same rows): `useMilestoneTable` searches its own index
 * instead (one string per 512 rows, no string per row). Does nothing where the browser has no
 * `requestIdleCallback` (the text is then built by the first search).
 *
 * @example
 * useEffect(() => warmSearchText(rows), [rows]);
 */
export function warmSearchText(rows: readonly MilestoneRow[]): () => void {
  let next = 0;
  return warmWhenIdle(() => {
    const end = Math.min(rows.length, next + 100);
    for (; next < end; next += 1) void rows[next]?.searchText;
    return next < rows.length;
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
