import type { SortingState } from "@tanstack/react-table";
import type { MilestoneSortIndex } from "./sortIndex";

/**
 * The order of a flat (ungrouped) table: the rows the filters let through (`positions`, or all
 * `count` rows) by the sorted columns' ranks, ties in document order in either direction, as
 * TanStack sorts. One column is a counting sort by its rank (linear: four buckets for a status,
 * one per distinct value for text); several compare rank by rank. Sorting by a column
 * the table does not have is ignored, as in TanStack.
 *
 * @example
 * sortedPositions(undefined, rows.length, sortIndex, [{ id: "initiative", desc: false }], ids);
 */
export function sortedPositions(
  positions: Uint32Array | undefined,
  count: number,
  sortIndex: MilestoneSortIndex,
  sorting: SortingState,
  columnIds: ReadonlySet<string>,
): Uint32Array {
  const shown = positions ?? identity(count);
  const sorts = sorting.filter((sort) => columnIds.has(sort.id));
  const first = sorts[0];
  if (first === undefined || shown.length < 2) return shown;
  if (sorts.length === 1) {
    // A counting sort by rank: linear, and stable, so ties keep document order both ways.
    const rank = sortIndex.rank(first.id);
    let top = 0;
    for (const position of shown) top = Math.max(top, rank[position] ?? 0);
    const bucket = (position: number) => {
      const value = rank[position] ?? 0;
      return first.desc ? top - value : value;
    };
    const starts = new Uint32Array(top + 2);
    for (const position of shown) starts[bucket(position) + 1] = (starts[bucket(position) + 1] ?? 0) + 1;
    for (let value = 1; value < starts.length; value += 1)
      starts[value] = (starts[value] ?? 0) + (starts[value - 1] ?? 0);
    const order = new Uint32Array(shown.length);
    for (const position of shown) {
      const value = bucket(position);
      const at = starts[value] ?? 0;
      order[at] = position;
      starts[value] = at + 1;
    }
    return order;
  }
  const ranks = sorts.map((sort) => ({ rank: sortIndex.rank(sort.id), desc: sort.desc }));
  const order = Array.from(shown).sort((a, b) => {
    for (const { rank, desc } of ranks) {
      const difference = (rank[a] ?? 0) - (rank[b] ?? 0);
      if (difference !== 0) return desc ? -difference : difference;
    }
    return a - b;
  });
  return Uint32Array.from(order);
}

function identity(count: number): Uint32Array {
  const positions = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) positions[index] = index;
  return positions;
}
