import { type KeyboardEvent, type RefObject, useRef } from "react";
import { useBrowserLayoutEffect } from "../internal/useBrowserLayoutEffect";
import { useRovingFocus } from "../internal/useRovingFocus";
import type { VirtualRows } from "../internal/useVirtualRows";
import { rowKey, type TimelineItem } from "../plan/layout";
import { nearestInRow, type TimelineRows } from "./timelineRows";
import type { useTimelineRange } from "./useTimelineRange";

export interface TimelineKeyboardOptions {
  rootRef: RefObject<HTMLElement | null>;
  rows: TimelineRows;
  virtual: Pick<VirtualRows<HTMLDivElement>, "indices" | "scrollToIndex">;
  /** The visible span and its zoom, pan and reveal. */
  view: ReturnType<typeof useTimelineRange>;
  /** Whether an item is in the visible span. */
  visible: (item: TimelineItem) => boolean;
  /** A packed item by id, and its place in the keyboard order. */
  itemOf: (id: string) => TimelineItem | undefined;
  positionOf: (id: string) => number;
}

/**
 * The timeline's keys: one tab stop among the drawn activities, moved by arrow keys in time
 * (left, right) and across rows (up, down), panned and scrolled into view; and +, − and 0 on the
 * whole widget to zoom around the focused activity, which keeps the focus though a zoom re-packs
 * its row. Apart from the layout, which only tells it where things are.
 *
 * @example
 * const keys = useTimelineKeyboard({ rootRef, rows, virtual, view, visible, itemOf, positionOf });
 * <div ref={rootRef} onKeyDown={keys.onKeyDown}>…</div>;
 */
export function useTimelineKeyboard(options: TimelineKeyboardOptions) {
  const { rootRef, rows, virtual, view, visible, itemOf, positionOf } = options;
  // The drawn items (rows in view, items in the span), in keyboard order: never all 10,000.
  const tabbable: string[] = [];
  for (const index of virtual.indices) {
    const row = rows.rows[index];
    if (row?.kind !== "items") continue;
    for (const item of rows.itemsByRow.get(rowKey(row.lane, row.row)) ?? []) {
      if (visible(item)) tabbable.push(item.id);
    }
  }
  tabbable.sort((a, b) => positionOf(a) - positionOf(b));
  const roving = useRovingFocus<string>({
    tabbable,
    move: (id, key) => {
      const item = itemOf(id);
      if (!item) return undefined;
      const index = positionOf(id);
      const target = (() => {
        switch (key) {
          case "ArrowRight":
            return rows.order[index + 1];
          case "ArrowLeft":
            return rows.order[index - 1];
          case "ArrowDown":
            return nearestInRow(rows, item, 1);
          case "ArrowUp":
            return nearestInRow(rows, item, -1);
          case "Home":
            return rows.order[0];
          case "End":
            return rows.order.at(-1);
          default:
            return null;
        }
      })();
      return target === null ? undefined : (target?.id ?? null);
    },
    getElement: (id) => rootRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`),
    onMove: (id) => {
      const item = itemOf(id);
      if (!item) return;
      view.reveal(item.start, item.end);
      const rowIndex = rows.rowIndexOf.get(rowKey(item.lane, item.row));
      if (rowIndex !== undefined) virtual.scrollToIndex(rowIndex);
    },
  });

  // A zoom re-packs the rows; an activity that moves to another row is drawn anew, so the focus
  // is put back on it once the new layout is in the page.
  const keepFocusOn = useRef<string | null>(null);
  useBrowserLayoutEffect(() => {
    const id = keepFocusOn.current;
    if (id === null) return;
    keepFocusOn.current = null;
    const element = rootRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
    if (element && element !== element.ownerDocument.activeElement) element.focus({ preventScroll: true });
  });

  /** Zoom keys on the whole widget: + and − around the focused activity, 0 for the whole plan. */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    // Zoom around the focused activity, so that it stays in view and keeps the focus.
    const focused = itemOf((event.target as HTMLElement).dataset?.itemId ?? "");
    keepFocusOn.current = focused?.id ?? null;
    const { range, span } = view;
    const anchor = focused
      ? Math.min(1, Math.max(0, ((focused.start + focused.end) / 2 - range.start) / span))
      : 0.5;
    if (event.key === "+" || event.key === "=") view.zoom(1 / 1.5, anchor);
    else if (event.key === "-" || event.key === "−") view.zoom(1.5, anchor);
    else if (event.key === "0") view.fitAll();
    else return;
    event.preventDefault();
  };
  return { roving, onKeyDown };
}
