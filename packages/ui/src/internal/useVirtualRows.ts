import { type RefObject, useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState } from "react";
import { RowHeights } from "./rowHeights";

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

/** How long heights measured below the view wait for a render before they get their own. */
const staleRedrawMs = 100;

interface Viewport {
  top: number;
  height: number;
}

/**
 * Virtual rows for a long list or table body: below a threshold every row is drawn, above it only
 * those in view, with spacers keeping the scroll height. Heights are estimated and replaced by
 * measured ones as rows are drawn; they live in one typed array with prefix sums
 * (`RowHeights`), so a list of 100,000 rows costs no object per row and a measured row does not
 * re-lay out every row after it. Measured heights follow their rows (`keyOf`, `keys`) into the
 * next list, and a row that grows above the view moves the scroll position with it, so what is
 * in view stays put.
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
  keyOf,
  overscan = 6,
}: VirtualRowsOptions): VirtualRows<E> {
  const scrollRef = useRef<E>(null);
  const virtualized = count > threshold;
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0 });
  const [, redraw] = useReducer((version: number) => version + 1, 0);
  /** Measured heights by row identity, carried from list to list. */
  const measured = useRef(new Map<unknown, number>());
  const identity = keyOf ?? (keys ? (index: number) => keys[index] : undefined);
  const identityRef = useRef(identity);
  identityRef.current = identity;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list (count, estimate, keys) starts new heights; `identity` is read through its ref.
  const heights = useMemo(() => {
    if (!virtualized) return undefined;
    const estimate = typeof estimateSize === "number" ? () => estimateSize : estimateSize;
    const sizes = new Float64Array(count);
    const known = measured.current;
    const key = identityRef.current;
    for (let index = 0; index < count; index += 1) {
      const height = known.size > 0 && key ? known.get(key(index)) : undefined;
      sizes[index] = height ?? estimate(index);
    }
    return new RowHeights(sizes);
  }, [virtualized, count, estimateSize, keys, keyOf]);

  const heightsRef = useRef(heights);
  heightsRef.current = heights;
  /** Whether measured heights changed after the last render read them; the redraw for that. */
  const heightsStale = useRef(false);
  heightsStale.current = false;
  const staleRedraw = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** One past the last row drawn by the last render. */
  const drawnEnd = useRef(0);

  const readViewport = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const next = { top: element.scrollTop, height: element.clientHeight };
    setViewport((previous) =>
      previous.top === next.top && previous.height === next.height ? previous : next,
    );
  }, []);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!virtualized || !element) return;
    readViewport();
    element.addEventListener("scroll", readViewport, { passive: true });
    const resize = typeof ResizeObserver === "function" ? new ResizeObserver(readViewport) : undefined;
    resize?.observe(element);
    return () => {
      element.removeEventListener("scroll", readViewport);
      resize?.disconnect();
    };
  }, [virtualized, readViewport]);

  /**
   * The row last scrolled to, kept in view while the rows around it are measured (their real
   * heights move it), for a few frames at most.
   */
  const target = useRef<{ index: number; tries: number } | undefined>(undefined);
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

  /**
   * Takes drawn rows' heights in one batch: every height is read before anything is written, and
   * the scroll position is written once, so a frame lays the table out once, not once per row.
   * A row above the view that changed height moves the scroll position with it, so what is in
   * view stays put.
   */
  const applyHeights = useCallback((measurements: readonly (readonly [Element, number])[]) => {
    const table = heightsRef.current;
    const scroller = scrollRef.current;
    if (!table || measurements.length === 0) return;
    const top = scroller?.scrollTop ?? 0;
    let shift = 0;
    let changed = false;
    for (const [element, height] of measurements) {
      const index = Number((element as HTMLElement).dataset.index);
      if (!Number.isInteger(index) || index < 0 || index >= table.count || height <= 0) continue;
      const key = identityRef.current?.(index);
      if (key !== undefined) measured.current.set(key, height);
      const delta = table.set(index, height);
      if (delta === 0) continue;
      changed = true;
      if (table.start(index) < top) shift += delta;
    }
    if (!changed) return;
    if (scroller && shift !== 0) {
      const height = scroller.clientHeight;
      scroller.scrollTop = top + shift;
      setViewport({ top: top + shift, height });
      redraw();
      return;
    }
    // Only rows in or below the view changed: what is drawn stays where it is, and the next
    // render (a scrolling reader's next frame) reads the new heights. Drawn now only when the rows
    // no longer reach the view's bottom or a row scrolled to is being aligned, else in a moment if
    // no render comes first: a scroll frame then renders and lays out once instead of twice.
    const bottom = top + (scroller?.clientHeight ?? 0);
    if (target.current !== undefined || table.start(drawnEnd.current) < bottom) {
      redraw();
      return;
    }
    heightsStale.current = true;
    clearTimeout(staleRedraw.current);
    staleRedraw.current = setTimeout(() => {
      if (heightsStale.current) redraw();
    }, staleRedrawMs);
  }, []);

  /** Drawn rows' elements not measured yet, and the observer of those that were. */
  const unmeasured = useRef(new Set<Element>());
  const observer = useRef<ResizeObserver | undefined>(undefined);
  const measureElement = useCallback(
    (element: Element | null) => {
      if (!element) return;
      unmeasured.current.add(element);
      if (observer.current === undefined && typeof ResizeObserver === "function")
        observer.current = new ResizeObserver((entries) => {
          const measurements: (readonly [Element, number])[] = [];
          for (const entry of entries) {
            if (!entry.target.isConnected) {
              observer.current?.unobserve(entry.target);
              continue;
            }
            const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
            measurements.push([entry.target, height]);
          }
          applyHeights(measurements);
        });
      observer.current?.observe(element);
    },
    [applyHeights],
  );
  // After each commit, the rows it drew, measured together.
  useLayoutEffect(() => {
    const elements = unmeasured.current;
    if (elements.size === 0) return;
    const measurements = [...elements]
      .filter((element) => element.isConnected)
      .map((element) => [element, element.getBoundingClientRect().height] as const);
    elements.clear();
    applyHeights(measurements);
  });
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
  useLayoutEffect(
    () => () => {
      observer.current?.disconnect();
      clearTimeout(staleRedraw.current);
    },
    [],
  );

  if (!virtualized || !heights) {
    return {
      scrollRef,
      virtualized: false,
      indices: Array.from({ length: count }, (_, index) => index),
      paddingTop: 0,
      paddingBottom: 0,
      measureElement: undefined,
      scrollToIndex: () => {},
    };
  }
  // A list shorter than the scroll position (a search's results after a long scroll) is shown at
  // its end once the browser clamps the position: drawn there now, not after the scroll event.
  const top = Math.min(viewport.top, Math.max(0, heights.total - viewport.height));
  const first = Math.max(0, heights.indexAt(top) - overscan);
  const last = Math.min(count - 1, heights.indexAt(top + viewport.height) + overscan);
  const indices: number[] = [];
  for (let index = first; index <= last; index += 1) indices.push(index);
  drawnEnd.current = last + 1;
  return {
    scrollRef,
    virtualized: true,
    indices,
    paddingTop: heights.start(first),
    paddingBottom: heights.total - heights.start(last + 1),
    measureElement,
    scrollToIndex: (index: number) => {
      if (index < 0 || index >= count) return;
      target.current = { index, tries: 8 };
      align(index);
      readViewport();
    },
  };
}
