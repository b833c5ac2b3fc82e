import { type RefObject, useState } from "react";
import { useBrowserLayoutEffect } from "../internal/useBrowserLayoutEffect";
import { wheelMinWidth } from "./wheelGeometry";

/**
 * Whether the wheel is narrower than `wheelMinWidth`, where its smallest text would be under
 * 11 px and it shows its list instead. Measured before the first paint, so a narrow page never
 * flashes a wheel of tiny text; a width of 0 (not laid out yet, or hidden) decides nothing.
 * (`useElementWidth` measures after the paint, which is too late here.)
 *
 * @example
 * const narrow = useNarrowWheel(rootRef);
 */
export function useNarrowWheel(rootRef: RefObject<Element | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useBrowserLayoutEffect(() => {
    const element = rootRef.current;
    if (!element) return;
    const decide = (width: number) => {
      if (width > 0) setNarrow(width < wheelMinWidth);
    };
    decide(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => decide(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [rootRef]);
  return narrow;
}
