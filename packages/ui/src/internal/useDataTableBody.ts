import { type FocusEvent, useCallback } from "react";
import { tableRowTarget } from "./tableRowMoves";
import { useRovingFocus } from "./useRovingFocus";
import { useVirtualRows } from "./useVirtualRows";

/**
 * A body's lines by index, without an object per line (the milestone table's `lines`): its kind,
 * and its identity for measured heights (`rowAt`, a row object, else `keyAt`).
 */
export interface DataTableLines {
  readonly length: number;
  kindAt(index: number): string | undefined;
  keyAt(index: number): string;
  rowAt?(index: number): unknown;
  /** The line's identity for measured heights without making its row (wins over `rowAt`). */
  identityAt?(index: number): unknown;
}

export interface DataTableBodyOptions {
  /** A key per line, built once per list, when the lines are an array. */
  keys?: readonly string[];
  /** Lines are virtualised above this many. */
  threshold: number;
  /** The estimated height of an open row's details; other lines 44 px. */
  detailHeight: number;
  overscan?: number;
  /** Pixels of lines drawn ahead of a scroll (`useVirtualRows`' `ahead`). */
  ahead?: number;
}

/**
 * A data table body's virtual lines and its one tab stop: rows (not their open details) take the
 * focus, the arrow keys, Page Up/Down, Home and End move it (`tableRowTarget`), and the row's
 * `RowToggle` is what gets focused, drawn first if virtualised. The lines are an array of objects
 * with their `kind` and `keys` beside them, or `DataTableLines`.
 *
 * @example
 * const { virtual, roving } = useDataTableBody(lines, { keys, threshold: 200, detailHeight: 240 });
 * <tbody onKeyDown={(event) => roving.onKeyDown(event)}>…</tbody>
 */
export function useDataTableBody(
  lines: readonly { kind: string }[] | DataTableLines,
  options: DataTableBodyOptions,
) {
  const { detailHeight } = options;
  const kindAt = (index: number) => ("kindAt" in lines ? lines.kindAt(index) : lines[index]?.kind);
  const virtual = useVirtualRows<HTMLDivElement>({
    count: lines.length,
    threshold: options.threshold,
    // Stable per list of lines: a new estimate starts the heights again.
    estimateSize: useCallback(
      (index: number) =>
        ("kindAt" in lines ? lines.kindAt(index) : lines[index]?.kind) === "detail" ? detailHeight : 44,
      [lines, detailHeight],
    ),
    ...(options.keys === undefined ? {} : { keys: options.keys }),
    // A line's identity: an initiative line is its row object (no key string per line); a
    // detail or section line its key.
    keyOf: useCallback(
      (index: number): unknown => {
        if (!("kindAt" in lines)) return options.keys?.[index];
        if (lines.identityAt) return lines.identityAt(index);
        return lines.kindAt(index) === "initiative" && lines.rowAt ? lines.rowAt(index) : lines.keyAt(index);
      },
      [lines, options.keys],
    ),
    ...(options.overscan === undefined ? {} : { overscan: options.overscan }),
    ...(options.ahead === undefined ? {} : { ahead: options.ahead }),
  });
  const focusable = (index: number) => {
    const kind = kindAt(index);
    return kind !== undefined && kind !== "detail";
  };
  const roving = useRovingFocus<number>({
    tabbable: virtual.indices.filter(focusable),
    move: (from, key) => tableRowTarget(key, from, lines.length, focusable),
    getElement: (index) =>
      virtual.scrollRef.current?.querySelector<HTMLButtonElement>(
        `[data-index="${index}"] .mp-DataTable-toggle`,
      ),
    onMove: virtual.scrollToIndex,
  });
  /**
   * Tab from outside the body lands on a row in view. The tab stop is a drawn row, and the rows
   * drawn ahead of a scroll stay drawn while the view moves on past them, so after a scroll with
   * the mouse the tab stop could be a screen and a half above the view, and the view jumped back
   * to it. The browser has scrolled to the focused row already; its scroll event has not been
   * read yet, so `inView` is still the view the reader was looking at.
   */
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const { relatedTarget, currentTarget } = event;
    if (relatedTarget instanceof Node && currentTarget.contains(relatedTarget)) return;
    const view = virtual.inView();
    const row = (event.target as Element).closest<HTMLElement>("[data-index]");
    const index = Number(row?.dataset.index);
    if (!view || !Number.isInteger(index) || (index >= view.first && index <= view.last)) return;
    for (let candidate = view.first; candidate <= view.last; candidate += 1) {
      if (!focusable(candidate)) continue;
      const scroller = virtual.scrollRef.current;
      if (scroller) scroller.scrollTop = view.top;
      roving.focus(candidate);
      return;
    }
  };
  return { virtual, roving, onFocus };
}
