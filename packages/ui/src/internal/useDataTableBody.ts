import { useCallback } from "react";
import { tableRowTarget } from "./tableRowMoves";
import { useRovingFocus } from "./useRovingFocus";
import { useVirtualRows } from "./useVirtualRows";

export interface DataTableBodyOptions {
  /** A key per line, built once per list. */
  keys: readonly string[];
  /** Lines are virtualised above this many. */
  threshold: number;
  /** The estimated height of an open row's details; other lines 44 px. */
  detailHeight: number;
  overscan?: number;
}

/**
 * A data table body's virtual lines and its one tab stop: rows (not their open details) take the
 * focus, the arrow keys, Page Up/Down, Home and End move it (`tableRowTarget`), and the row's
 * `RowToggle` is what gets focused, drawn first if virtualised.
 *
 * @example
 * const { virtual, roving } = useDataTableBody(lines, { keys, threshold: 200, detailHeight: 240 });
 * <tbody onKeyDown={(event) => roving.onKeyDown(event)}>…</tbody>
 */
export function useDataTableBody(lines: readonly { kind: string }[], options: DataTableBodyOptions) {
  const { detailHeight } = options;
  const virtual = useVirtualRows<HTMLDivElement>({
    count: lines.length,
    threshold: options.threshold,
    // Stable per list of lines: the virtualiser recomputes every line's position (100,000 at the
    // largest) whenever it changes, which would be on every scroll frame.
    estimateSize: useCallback(
      (index: number) => (lines[index]?.kind === "detail" ? detailHeight : 44),
      [lines, detailHeight],
    ),
    keys: options.keys,
    ...(options.overscan === undefined ? {} : { overscan: options.overscan }),
  });
  const focusable = (index: number) => lines[index] !== undefined && lines[index]?.kind !== "detail";
  const roving = useRovingFocus<number>({
    tabbable: virtual.indices.filter(focusable),
    move: (from, key) => tableRowTarget(key, from, lines.length, focusable),
    getElement: (index) =>
      virtual.scrollRef.current?.querySelector<HTMLButtonElement>(
        `[data-index="${index}"] .mp-DataTable-toggle`,
      ),
    onMove: virtual.scrollToIndex,
  });
  return { virtual, roving };
}
