import { useVirtualizer } from "@tanstack/react-virtual";
import { type RefObject, useCallback, useRef } from "react";

export interface VirtualRowsOptions {
  /** How many rows there are. */
  count: number;
  /** Rows are virtualised above this many; at or below it every row is drawn. */
  threshold: number;
  /** A row's estimated height in pixels, the same for all or per index. */
  estimateSize: number | ((index: number) => number);
  /** A key per row (built once per list), so measured heights follow rows that move. */
  keys?: readonly (string | number)[];
  /** Rows drawn beyond the visible ones. Default 6. */
  overscan?: number;
}

export interface VirtualRows<E extends HTMLElement> {
  /** For the scrolling element. */
  scrollRef: RefObject<E | null>;
  /** Whether rows are virtualised now. */
  virtualized: boolean;
  /** The indices to draw, in order: all of them unless virtualised. */
  indices: number[];
  /** Heights of the spacers before and after the drawn rows. */
  paddingTop: number;
  paddingBottom: number;
  /** For each drawn row's element (with its `data-index`) while virtualised, else `undefined`. */
  measureElement: ((element: Element | null) => void) | undefined;
  /** Scrolls a row into view, when virtualised. */
  scrollToIndex: (index: number) => void;
}

/**
 * Virtual rows for a long list or table body, after TanStack Virtual: below a threshold every row
 * is drawn, above it only those in view, with spacers keeping the scroll height. The callbacks the
 * virtualiser gets stay the same while the rows do, so a scroll frame does not re-measure every row.
 *
 * @example
 * const rows = useVirtualRows<HTMLDivElement>({ count: lines.length, threshold: 100, estimateSize: 36 });
 * <div ref={rows.scrollRef}>{rows.indices.map((index) => <div key={index} data-index={index} ref={rows.measureElement}>…</div>)}</div>
 */
export function useVirtualRows<E extends HTMLElement = HTMLDivElement>({
  count,
  threshold,
  estimateSize,
  keys,
  overscan = 6,
}: VirtualRowsOptions): VirtualRows<E> {
  const scrollRef = useRef<E>(null);
  const virtualized = count > threshold;
  const estimate = useCallback(
    (index: number) => (typeof estimateSize === "number" ? estimateSize : estimateSize(index)),
    [estimateSize],
  );
  const getItemKey = useCallback((index: number) => keys?.[index] ?? index, [keys]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement,
    estimateSize: estimate,
    overscan,
    enabled: virtualized,
    getItemKey,
  });
  const virtualItems = virtualized ? virtualizer.getVirtualItems() : [];
  return {
    scrollRef,
    virtualized,
    indices: virtualized
      ? virtualItems.map((row) => row.index)
      : Array.from({ length: count }, (_, index) => index),
    paddingTop: virtualized ? (virtualItems[0]?.start ?? 0) : 0,
    paddingBottom: virtualized ? virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0) : 0,
    measureElement: virtualized ? virtualizer.measureElement : undefined,
    scrollToIndex: (index: number) => {
      if (virtualized) virtualizer.scrollToIndex(index, { align: "auto" });
    },
  };
}
