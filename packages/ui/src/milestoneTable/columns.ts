import type { BudgetFollowUp, Status } from "@milepael/core/lite";
import {
  columnGroupingFeature,
  createColumnHelper,
  createGroupedRowModel,
  type FilterFn,
  type Row,
  tableFeatures,
} from "@tanstack/react-table";
import { dataTableFeatures } from "../internal/dataTableFeatures";
import type { Messages } from "../locale/messages";
import { compareStatus, type MilestoneRow } from "./rows";

// v9: features are explicit and must be stable, so they live at module scope. Expansion keeps
// its state here, but the rows are laid out by `bodyLines` (useMilestoneTable): sections open by default, which
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

/** Free-text search in what `toMilestoneRows` collected. */
export const searchFilter: FilterFn<MilestoneTableFeatures, MilestoneRow> = (row, _columnId, value) =>
  typeof value !== "string" || row.original.searchText.includes(value.trim().toLowerCase());

const helper = createColumnHelper<MilestoneTableFeatures, MilestoneRow>();

/**
 * The columns of a follow-up's table: initiative, section, committee, centre, kind, a status per
 * round and the economy. Headers are left to the view: see `milestoneColumnLabel`.
 *
 * @example
 * milestoneColumns(followUp).length; // 6 + the number of rounds
 */
export function milestoneColumns(document: BudgetFollowUp) {
  return helper.columns([
    helper.accessor((row) => [row.initiative.number, row.initiative.title].filter(Boolean).join(" "), {
      id: "initiative",
      sortFn: "alphanumeric",
      enableHiding: false,
    }),
    helper.accessor((row) => row.sectionLabel, {
      id: "section",
      sortFn: "alphanumeric",
    }),
    helper.accessor((row) => row.initiative.responsibleCommittee ?? "", {
      id: "committee",
      sortFn: "alphanumeric",
      filterFn: exactFilter,
    }),
    helper.accessor((row) => row.initiative.responsibleCenter ?? "", {
      id: "centre",
      sortFn: "alphanumeric",
      filterFn: exactFilter,
    }),
    helper.accessor((row) => row.initiative.kind ?? "", {
      id: "kind",
      sortFn: "alphanumeric",
      filterFn: exactFilter,
    }),
    ...document.rounds.map((round) =>
      helper.accessor((row): Status => row.statuses[round.id] ?? "not-assessed", {
        id: roundColumnId(round.id),
        sortFn: (a, b, columnId) => compareStatus(a.getValue<Status>(columnId), b.getValue<Status>(columnId)),
        filterFn: exactFilter,
        sortDescFirst: true,
      }),
    ),
    helper.accessor((row) => row.economy, {
      id: "economy",
      sortFn: (a, b, columnId) => compareStatus(a.getValue<Status>(columnId), b.getValue<Status>(columnId)),
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
