import { type RefObject, useCallback, useLayoutEffect, useMemo, useRef } from "react";
import { RowHeights } from "./rowHeights";

export interface MeasuredHeightsOptions {
  count: number;
  /** Without virtualised rows nothing is measured. */
  virtualized: boolean;
  estimateSize: number | ((index: number) => number);
  keys?: readonly (string | number)[] | undefined;
  keyOf?: ((index: number) => unknown) | undefined;
  scrollRef: RefObject<HTMLElement | null>;
  /** Set to the heights at each render, for handlers outside it. */
  heightsRef: RefObject<RowHeights | undefined>;
  /** Called after drawn rows' heights changed (the scroll position already moved with rows above the view). */
  onMeasured: () => void;
}

/**
 * The heights of a virtual list's rows: estimated, then replaced by those of the drawn rows'
 * elements (`measureElement`), measured together after each commit and when they resize. A row
 * above the view that changed height moves the scroll position with it, so what is in view stays
 * put. Measured heights follow their rows (`keyOf`, `keys`) into the next list.
 *
 * @example
 * const { heights, measureElement } = useMeasuredHeights({ count, virtualized: true, estimateSize: 44, scrollRef, heightsRef, onMeasured });
 */
export function useMeasuredHeights(options: MeasuredHeightsOptions) {
  const { count, virtualized, estimateSize, keys, keyOf, scrollRef, heightsRef, onMeasured } = options;
  /** Measured heights by row identity, carried from list to list. */
  const measured = useRef(new Map<unknown, number>());
  const identity = keyOf ?? (keys ? (index: number) => keys[index] : undefined);
  const identityRef = useRef(identity);
  identityRef.current = identity;
  const onMeasuredRef = useRef(onMeasured);
  onMeasuredRef.current = onMeasured;

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
  heightsRef.current = heights;

  /**
   * Takes drawn rows' heights in one batch: every height is read before anything is written, and
   * the scroll position is written once, so a frame lays the table out once, not once per row.
   */
  const applyHeights = useCallback(
    (measurements: readonly (readonly [Element, number])[]) => {
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
      if (scroller && shift !== 0) scroller.scrollTop = top + shift;
      onMeasuredRef.current();
    },
    [scrollRef, heightsRef],
  );

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
  useLayoutEffect(() => () => observer.current?.disconnect(), []);

  return { heights, measureElement };
}
