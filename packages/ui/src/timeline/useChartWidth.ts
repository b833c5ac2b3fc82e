import { type RefObject, useState, useSyncExternalStore } from "react";
import { useBrowserLayoutEffect } from "../internal/useBrowserLayoutEffect";
import { useElementWidth } from "../internal/useElementWidth";

/** The chart's border and a vertical scroll bar, which its content does not get. */
const chartInset = 20;

const subscribeToNothing = () => () => {};

/**
 * The timeline's width: `measured` as the root's width (or `undefined`), `width` as the chart's
 * drawing width that labels and ticks are fitted to, and `unmeasured` while a fresh client render
 * waits for its first measure. In a browser the width is read before the first paint, so that
 * rows are packed once, for the real width (not for a guess and then again). While hydrating,
 * and where nothing can be measured (the server, jsdom), the first render packs for 1000 px like
 * the server did.
 *
 * @example
 * const { measured, width, unmeasured } = useChartWidth(rootRef);
 */
export function useChartWidth(rootRef: RefObject<HTMLElement | null>) {
  const observed = useElementWidth(rootRef);
  const canMeasure = useSyncExternalStore(
    subscribeToNothing,
    () => typeof ResizeObserver !== "undefined",
    () => false,
  );
  const [initialWidth, setInitialWidth] = useState<number | undefined>(undefined);
  useBrowserLayoutEffect(() => {
    if (!canMeasure || rootRef.current === null) return;
    setInitialWidth((width) => width ?? rootRef.current?.getBoundingClientRect().width);
  }, [canMeasure, rootRef]);
  const measured = observed ?? initialWidth;
  // The chart draws inside a border and beside a scroll bar: labels and ticks are fitted to that.
  const width = measured === undefined ? 1000 : Math.max(200, measured - chartInset);
  // Only a fresh client render waits for the width; a hydrated one keeps the server's rows meanwhile.
  const [waitForWidth] = useState(canMeasure);
  return { measured, width, unmeasured: waitForWidth && measured === undefined };
}
