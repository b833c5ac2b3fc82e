import type { DanishDateResult } from "./types";
import { datePrecisions } from "./types";

export interface DateSortOptions {
  /** Where "Løbende" sorts: before every dated item (default) or after them. */
  ongoing?: "first" | "last";
}

/**
 * A string key that sorts date expressions by interval start, then finer precision first, then
 * end. Text that was not understood sorts after everything else.
 *
 * @example
 * [parseDanishDate("Maj", { year: 2017 }), parseDanishDate("8. maj", { year: 2017 })]
 *   .sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b))); // "8. maj" first
 */
export function dateSortKey(result: DanishDateResult, options: DateSortOptions = {}): string {
  if (!result.ok) return "~";
  if (result.start === null || result.end === null) return options.ongoing === "last" ? "}" : " ";
  const precision = datePrecisions.indexOf(result.precision).toString().padStart(2, "0");
  return `${result.start}|${precision}|${result.end}`;
}

/**
 * Compares two date expressions for sorting (see {@link dateSortKey}).
 *
 * @example
 * results.sort((a, b) => compareDanishDates(a, b, { ongoing: "last" }));
 */
export function compareDanishDates(
  a: DanishDateResult,
  b: DanishDateResult,
  options: DateSortOptions = {},
): number {
  const [keyA, keyB] = [dateSortKey(a, options), dateSortKey(b, options)];
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
