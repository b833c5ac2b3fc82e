import { type RefObject, useCallback, useLayoutEffect, useReducer, useRef } from "react";
import { flushSync } from "react-dom";
import type { RowHeights } from "./rowHeights";
import { useMeasuredHeights } from "./useMeasuredHeights";
import { usePrinting } from "./usePrinting";
import { type DrawnRange, drawnRange, rangeHolds, type Viewport, visibleRows } from "./virtualRange";

/** The most rows a print draws whole: 5,000 table rows are about a hundred pages. */
export const printAllUpTo = 5_000;

export interface VirtualRowsOptions {
  /** How many rows there are. */
  count: number;
  /** Rows are virtualised above this many; at or below it every row is drawn. */
  threshold: number;
  /** A row's estimated height in pixels, the same for all or per index. */
  estimateSize: number | ((index: number) => number);
  /** A key per row (built once per list), so measured heights follow rows that move. */
  keys?: readonly (string | number)[];
  /**
   * A row's identity by index, asked for only while measured heights are carried over to a new
   * list: a row object does, with no key string per row. Wins over `keys`.
   */
  keyOf?: (index: number) => unknown;
  /** Rows drawn beyond the visible ones. Default 6. */
  overscan?: number;
  /**
   * Pixels of rows drawn ahead in the direction of a scroll, beyond `overscan`: a scroll renders
   * once per this many pixels, not on every frame. A view that has not scrolled draws none.
   * Default 0.
   */
  ahead?: number;
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
  /**
   * The rows in view at the last scroll event, and its scroll position; `undefined` unless
   * virtualised. Read in handlers: the drawn rows may reach far beyond the view.
   */
  inView: () => (DrawnRange & { top: number }) | undefined;
}

/**
 * Virtual rows for a long list or table body: below a threshold every row is drawn, above it only
 * those in view, with spacers keeping the scroll height. Heights are estimated and replaced by
 * measured ones as rows are drawn (`useMeasuredHeights`: one typed array with prefix sums, so a
 * list of 100,000 rows costs no object per row). The scroll position is read on every scroll
 * event, but the list renders only when the rows drawn no longer cover the view and its overscan
 * (`rangeHolds`), and then draws `ahead` pixels more in the scroll's direction (`drawnRange`): a
 * frame whose rows are already drawn is only scrolled by the browser. A print draws every row
 * (`usePrinting`), up to `printAllUpTo`.
 *
 * @example
 * const rows = useVirtualRows<HTMLDivElement>({ count: lines.length, threshold: 100, estimateSize: 36 });
 * <div ref={rows.scrollRef}>{rows.indices.map((index) => <div key={index} data-index={index} ref={rows.measureElement}>…</div>)}</div>
 */
export function useVirtualRows<E extends HTMLElement = HTMLDivElement>(
  options: VirtualRowsOptions,
): VirtualRows<E> {
  const { count, threshold, overscan = 6, ahead = 0 } = options;
  const scrollRef = useRef<E>(null);
  // A print draws every row (a list longer than `printAllUpTo` prints the rows in view).
  const printing = usePrinting(count > threshold && count <= printAllUpTo);
  const virtualized = count > threshold && !printing;
  /** The view as last read (on scroll, resize, measuring); a render follows only when it must. */
  const viewport = useRef<Viewport>({ top: 0, height: 0 });
  /** What the last render drew, for which list of heights and at which scroll position. */
  const drawn = useRef<{ range: DrawnRange; heights: RowHeights; top: number } | undefined>(undefined);
  const [, redraw] = useReducer((version: number) => version + 1, 0);
  /** The heights the last render used, for the scroll and resize handlers. */
  const heightsRef = useRef<RowHeights | undefined>(undefined);
  const overscanRef = useRef(overscan);
  overscanRef.current = overscan;
  /**
   * The row last scrolled to, kept in view while the rows around it are measured (their real
   * heights move it), for a few frames at most.
   */
  const target = useRef<{ index: number; tries: number } | undefined>(undefined);

  /** Reads the view; renders when the rows drawn no longer serve it or a row is being aligned. */
  const readViewport = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    viewport.current = { top: element.scrollTop, height: element.clientHeight };
    const table = heightsRef.current;
    const last = drawn.current;
    if (!table) return;
    if (
      target.current !== undefined ||
      !last ||
      !rangeHolds(last.range, table, viewport.current, overscanRef.current)
    )
      redraw();
  }, []);
  // The list's options (count, estimate, keys) as given: the heights are of the same rows.
  const { heights, measureElement } = useMeasuredHeights({
    ...options,
    virtualized,
    scrollRef,
    heightsRef,
    onMeasured: readViewport,
  });

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!virtualized || !element) return;
    readViewport();
    // Rows for a new position are drawn in the scroll event, before the frame is laid out: one
    // render and layout per frame, for the position the frame shows (a render scheduled after the
    // frame would draw a position the reader has already scrolled past, then draw again).
    const onScroll = () => flushSync(readViewport);
    element.addEventListener("scroll", onScroll, { passive: true });
    const resize = typeof ResizeObserver === "function" ? new ResizeObserver(readViewport) : undefined;
    resize?.observe(element);
    return () => {
      element.removeEventListener("scroll", onScroll);
      resize?.disconnect();
    };
  }, [virtualized, readViewport]);

  /** Scrolls so row `index` is in view by the heights known now; whether the position changed. */
  const align = useCallback((index: number) => {
    const element = scrollRef.current;
    const table = heightsRef.current;
    if (!element || !table || index < 0 || index >= table.count) return false;
    const start = table.start(index);
    const end = table.start(index + 1);
    const before = element.scrollTop;
    if (start < before) element.scrollTop = start;
    else if (end > before + element.clientHeight) element.scrollTop = end - element.clientHeight;
    return Math.abs(element.scrollTop - before) >= 1;
  }, []);
  // Then the row last scrolled to, by the heights just measured (declared after the measuring).
  useLayoutEffect(() => {
    const pending = target.current;
    if (pending === undefined) return;
    if (pending.tries <= 0 || !align(pending.index)) target.current = undefined;
    else {
      pending.tries -= 1;
      readViewport();
    }
  });

  if (!virtualized || !heights) {
    drawn.current = undefined;
    return {
      scrollRef,
      virtualized: false,
      indices: Array.from({ length: count }, (_, index) => index),
      paddingTop: 0,
      paddingBottom: 0,
      measureElement: undefined,
      scrollToIndex: () => {},
      inView: () => undefined,
    };
  }
  // The rows drawn stay while they serve the view; new ones reach ahead of a scroll.
  const view = viewport.current;
  const previous = drawn.current?.heights === heights ? drawn.current : undefined;
  const range =
    previous && rangeHolds(previous.range, heights, view, overscan)
      ? previous.range
      : drawnRange(heights, view, overscan, previous ? Math.sign(view.top - previous.top) * ahead : 0);
  drawn.current = { range, heights, top: view.top };
  const indices: number[] = [];
  for (let index = range.first; index <= range.last; index += 1) indices.push(index);
  return {
    scrollRef,
    virtualized: true,
    indices,
    paddingTop: heights.start(range.first),
    paddingBottom: heights.total - heights.start(range.last + 1),
    measureElement,
    scrollToIndex: (index: number) => {
      if (index < 0 || index >= count) return;
      target.current = { index, tries: 8 };
      align(index);
      readViewport();
    },
    inView: () => {
      const table = heightsRef.current;
      if (!table || table.count === 0) return undefined;
      return { ...visibleRows(table, viewport.current), top: viewport.current.top };
    },
  };
}
