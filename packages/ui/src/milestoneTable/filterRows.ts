import { type Status, statusSeverity } from "@milepael/core/lite";
import type { ColumnFiltersState } from "@tanstack/react-table";
import { textValues } from "./columns";
import type { MilestoneRow } from "./rows";
import type { MilestoneSearchIndex } from "./searchIndex";
import type { MilestoneSortIndex } from "./sortIndex";

/** The rows the filters let through, in document order, and each one's index in all rows. */
export interface FilteredMilestoneRows {
  readonly rows: readonly MilestoneRow[];
  /** `positions[i]` is the index in all rows of `rows[i]`; absent when nothing is filtered out. */
  readonly positions: Uint32Array | undefined;
}

const isStatusColumn = (id: string) => id === "economy" || id.startsWith("round:");

/**
 * The table's filters over the indexes instead of TanStack's filtered row model (which keeps
 * two objects per row even when nothing is filtered): a status filter compares a typed array of
 * severities, a committee, centre or kind filter the exact value, the search the rows the search
 * index marks. Filters on columns the table does not have, and empty values, let everything
 * through, as TanStack's did.
 *
 * @example
 * filterMilestoneRows(rows, sortIndex, searchIndex, [{ id: "round:2017-3", value: "red" }], "");
 */
export function filterMilestoneRows(
  rows: readonly MilestoneRow[],
  sortIndex: MilestoneSortIndex,
  searchIndex: MilestoneSearchIndex,
  columnFilters: ColumnFiltersState,
  globalFilter: string,
  columnIds: ReadonlySet<string>,
): FilteredMilestoneRows {
  const tests: ((index: number, row: MilestoneRow) => boolean)[] = [];
  for (const { id, value } of columnFilters) {
    if (value === undefined || value === "" || !columnIds.has(id)) continue;
    if (isStatusColumn(id)) {
      const rank = sortIndex.rank(id);
      const wanted = statusSeverity(value as Status);
      tests.push((index) => rank[index] === wanted);
    } else if (id in textValues) {
      const read = textValues[id as keyof typeof textValues];
      tests.push((_, row) => read(row) === value);
    }
  }
  const term = globalFilter.trim().toLowerCase();
  if (tests.length === 0 && term === "") return { rows, positions: undefined };
  // The search on its own (the common case) takes the rows the index noted as it found them; with
  // other filters, its marks are one more test, read straight from a byte array.
  let positions: Uint32Array;
  if (tests.length === 0) positions = searchIndex.positions(term);
  else {
    const matches = term === "" ? undefined : searchIndex.matches(term);
    const found = new Uint32Array(rows.length);
    let count = 0;
    for (let index = 0; index < rows.length; index += 1) {
      if (matches !== undefined && matches[index] !== 1) continue;
      const row = rows[index];
      if (!row || !passes(tests, index, row)) continue;
      found[count] = index;
      count += 1;
    }
    positions = found.slice(0, count);
  }
  const kept = new Array<MilestoneRow>(positions.length);
  for (let at = 0; at < positions.length; at += 1) kept[at] = rows[positions[at] ?? 0] as MilestoneRow;
  return { rows: kept, positions };
}

function passes(
  tests: readonly ((index: number, row: MilestoneRow) => boolean)[],
  index: number,
  row: MilestoneRow,
): boolean {
  for (const test of tests) if (!test(index, row)) return false;
  return true;
}
