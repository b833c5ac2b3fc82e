import type { BudgetFollowUp, Status } from "@milepael/core/lite";
import {
  columnGroupingFeature,
  createColumnHelper,
  createGroupedRowModel,
  type FilterFn,
  type Row,
  type SortFn,
  sortFn_alphanumeric,
  tableFeatures,
} from "@tanstack/react-table";
import { dataTableFeatures } from "../internal/dataTableFeatures";
import type { Messages } from "../locale/messages";
import { compareStatus, type MilestoneRow } from "./rows";
import type { MilestoneSortIndex } from "./sortIndex";

// v9: features are explicit and must be stable, so they live at module scope. Expansion keeps
// its state here, but the rows are laid out by `bodyLines` (lines.ts): sections open by default, which
// the stock expanded row model cannot express.
export const milestoneTableFeatures = tableFeatures({
  ...dataTableFeatures,
  columnGroupingFeature,
  groupedRowModel: createGroupedRowModel(),
});
export type MilestoneTableFeatures = typeof milestoneTableFeatures;
export type MilestoneTableRow = Row<MilestoneTableFeatures, MilestoneRow>;

/** Columns a reader can filter by besides the rounds: each filter is the exact value. */
export const attributeColumns = ["committee", "centre", "kind"] as const;
export type AttributeColumn = (typeof attributeColumns)[number];

/** The column id of a round's status. */
export const roundColumnId = (roundId: string) => `round:${roundId}`;

/** A status or a value: the exact one, or anything when empty. */
const exactFilter: FilterFn<MilestoneTableFeatures, MilestoneRow> = (row, columnId, value) =>
  value === undefined || value === "" || row.getValue(columnId) === value;

const helper = createColumnHelper<MilestoneTableFeatures, MilestoneRow>();

/** The text columns' values, shared by the columns, the sort index and the filters. */
export const textValues = {
  initiative: (row: MilestoneRow) => [row.initiative.number, row.initiative.title].filter(Boolean).join(" "),
  section: (row: MilestoneRow) => row.sectionLabel,
  committee: (row: MilestoneRow) => row.initiative.responsibleCommittee ?? "",
  centre: (row: MilestoneRow) => row.initiative.responsibleCenter ?? "",
  kind: (row: MilestoneRow) => row.initiative.kind ?? "",
} as const;

/**
 * A column's sort by the index's rank; section rows (a section's row has its leaves as sub-rows
 * and the index of its place among sections) the way `fallback` sorts them.
 */
function rankedSort(
  index: MilestoneSortIndex | undefined,
  fallback: SortFn<MilestoneTableFeatures, MilestoneRow>,
): SortFn<MilestoneTableFeatures, MilestoneRow> {
  if (!index) return fallback;
  return (a, b, columnId) => {
    if (a.subRows.length > 0 || b.subRows.length > 0) return fallback(a, b, columnId);
    const rank = index.viewRank(columnId);
    return (rank[a.index] ?? 0) - (rank[b.index] ?? 0);
  };
}

const statusSort: SortFn<MilestoneTableFeatures, MilestoneRow> = (a, b, columnId) =>
  compareStatus(a.getValue<Status>(columnId), b.getValue<Status>(columnId));

/**
 * The columns of a follow-up's table: initiative, section, committee, centre, kind, a status per
 * round and the economy. Headers are left to the view: see `milestoneColumnLabel`. With a sort
 * index over the table's rows, sorting compares its ranks.
 *
 * @example
 * milestoneColumns(followUp).length; // 6 + the number of rounds
 */
export function milestoneColumns(document: BudgetFollowUp, sortIndex?: MilestoneSortIndex) {
  const textSort = rankedSort(sortIndex, sortFn_alphanumeric);
  const severitySort = rankedSort(sortIndex, statusSort);
  // Every value is defined (accessors give "" or "not-assessed"): without this, TanStack reads
  // both values through `getValue` on each comparison to look for undefined ones.
  const sortUndefined = false as const;
  // Text sorts ascending first. Said here, or TanStack reads the first rows' values to guess,
  // which builds its row model of every row on the first click.
  const sortDescFirst = false;
  return helper.columns([
    helper.accessor(textValues.initiative, {
      id: "initiative",
      sortUndefined,
      sortFn: textSort,
      sortDescFirst,
      enableHiding: false,
    }),
    helper.accessor(textValues.section, {
      id: "section",
      sortUndefined,
      sortFn: textSort,
      sortDescFirst,
    }),
    helper.accessor(textValues.committee, {
      id: "committee",
      sortUndefined,
      sortFn: textSort,
      sortDescFirst,
      filterFn: exactFilter,
    }),
    helper.accessor(textValues.centre, {
      id: "centre",
      sortUndefined,
      sortFn: textSort,
      sortDescFirst,
      filterFn: exactFilter,
    }),
    helper.accessor(textValues.kind, {
      id: "kind",
      sortUndefined,
      sortFn: textSort,
      sortDescFirst,
      filterFn: exactFilter,
    }),
    ...document.rounds.map((round) =>
      helper.accessor((row): Status => row.statuses[round.id] ?? "not-assessed", {
        id: roundColumnId(round.id),
        sortUndefined,
        sortFn: severitySort,
        filterFn: exactFilter,
        sortDescFirst: true,
      }),
    ),
    helper.accessor((row) => row.economy, {
      id: "economy",
      sortUndefined,
      sortFn: severitySort,
      filterFn: exactFilter,
      sortDescFirst: true,
    }),
  ]);
}

/**
 * The label of a column in a locale's words: what headers, cells' `data-label` and the CSV of the
 * view show.
 *
 * @example
 * milestoneColumnLabel("round:2017-3", followUp, messages("da")); // "3. budgetopfølgning 2017"
 */
export function milestoneColumnLabel(columnId: string, document: BudgetFollowUp, text: Messages): string {
  switch (columnId) {
    case "initiative":
    case "section":
    case "committee":
    case "centre":
    case "kind":
    case "economy":
      return text[columnId];
    default: {
      const roundId = columnId.startsWith("round:") ? columnId.slice("round:".length) : undefined;
      return document.rounds.find((round) => round.id === roundId)?.label ?? columnId;
    }
  }
}
