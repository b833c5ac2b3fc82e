import { type BudgetFollowUp, type Status, statusSeverity } from "@milepael/core/lite";
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

const helper = createColumnHelper<MilestoneTableFeatures, MilestoneRow>();

/** The text columns' values, shared by the columns, the sort index and the filters. */
export const textValues = {
  initiative: (row: MilestoneRow) => [row.initiative.number, row.initiative.title].filter(Boolean).join(" "),
  section: (row: MilestoneRow) => row.sectionLabel,
  committee: (row: MilestoneRow) => row.initiative.responsibleCommittee ?? "",
  centre: (row: MilestoneRow) => row.initiative.responsibleCenter ?? "",
  kind: (row: MilestoneRow) => row.initiative.kind ?? "",
} as const;
type TextColumn = keyof typeof textValues;

const statusValue = (columnId: string) =>
  columnId === "economy"
    ? (row: MilestoneRow): Status => row.economy
    : (row: MilestoneRow): Status => row.statuses[columnId.slice("round:".length)] ?? "not-assessed";

/**
 * Each column's sort order as one typed array over the rows (`rank[row.index]`), built on the
 * first sort by that column: a status column's rank is core's severity (four levels, no
 * comparison at all), a text column's the position of its value in TanStack's alphanumeric order,
 * equal values sharing one. TanStack's sort then compares two numbers instead of reading two
 * values through `getValue` and lower-casing them for each of a sort's 1.7 million comparisons
 * at 100,000 rows.
 */
export class MilestoneSortIndex {
  readonly #rows: readonly MilestoneRow[];
  readonly #ranks = new Map<string, Uint8Array | Uint32Array>();
  #view: Uint32Array | undefined;
  readonly #viewRanks = new Map<string, Uint8Array | Uint32Array>();
  #lastColumn: string | undefined;
  #lastRank: Uint8Array | Uint32Array | undefined;

  constructor(rows: readonly MilestoneRow[]) {
    this.#rows = rows;
  }

  /**
   * The rows TanStack holds, by their index in all rows (`positions[row.index]`), when the
   * filters left some out; `undefined` when it holds all of them.
   */
  setView(positions: Uint32Array | undefined): void {
    if (positions === this.#view) return;
    this.#view = positions;
    this.#viewRanks.clear();
    this.#lastColumn = undefined;
  }

  /** A column's rank by a TanStack row's index: `rank` through the view. */
  viewRank(columnId: string): Uint8Array | Uint32Array {
    // Asked for on every comparison of a sort: the last answer without a map lookup.
    if (columnId === this.#lastColumn && this.#lastRank) return this.#lastRank;
    const view = this.#view;
    let rank = view === undefined ? this.rank(columnId) : this.#viewRanks.get(columnId);
    if (rank === undefined) {
      const all = this.rank(columnId);
      const positions = view ?? new Uint32Array(0);
      const built =
        all instanceof Uint8Array ? new Uint8Array(positions.length) : new Uint32Array(positions.length);
      for (let index = 0; index < positions.length; index += 1)
        built[index] = all[positions[index] ?? 0] ?? 0;
      this.#viewRanks.set(columnId, built);
      rank = built;
    }
    this.#lastColumn = columnId;
    this.#lastRank = rank;
    return rank;
  }

  rank(columnId: string): Uint8Array | Uint32Array {
    let rank = this.#ranks.get(columnId);
    if (rank === undefined) {
      rank = columnId in textValues ? this.#textRank(columnId as TextColumn) : this.#statusRank(columnId);
      this.#ranks.set(columnId, rank);
    }
    return rank;
  }

  #statusRank(columnId: string): Uint8Array {
    const value = statusValue(columnId);
    const rows = this.#rows;
    const rank = new Uint8Array(rows.length);
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index];
      rank[index] = row ? statusSeverity(value(row)) : 0;
    }
    return rank;
  }

  #textRank(columnId: TextColumn): Uint32Array {
    const value = textValues[columnId];
    // As `sortFn_alphanumeric` reads a value, once per row instead of once per comparison.
    const resolve = sortFn_alphanumeric.resolveDataValue ?? ((text: unknown) => text);
    const values = this.#rows.map((row) => resolve(value(row)));
    // The built-in comparator reads only the two values (TanStack passes the rows for custom ones).
    const compare = sortFn_alphanumeric.sort as (a: unknown, b: unknown) => number;
    // An array's sort, not a typed array's: V8's TimSort runs through data already in order (a
    // document's numbers) in one pass.
    const order = [...values.keys()].sort((a, b) => compare(values[a], values[b]));
    const rank = new Uint32Array(values.length);
    let current = 0;
    for (let position = 0; position < order.length; position += 1) {
      const index = order[position] ?? 0;
      const previous = order[position - 1];
      if (position > 0 && previous !== undefined && compare(values[previous], values[index]) !== 0)
        current = position;
      rank[index] = current;
    }
    return rank;
  }
}

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
