import { type RefObject, useEffect, useState } from "react";

/**
 * The content width of an element as a `ResizeObserver` reports it, or `undefined` until it has
 * been measured (on the server, in the first render, and where there is no `ResizeObserver`).
 *
 * @example
 * const root = useRef<HTMLDivElement>(null);
 * const width = useElementWidth(root);
 * const narrow = width !== undefined && width < 600;
 */
export function useElementWidth(ref: RefObject<Element | null>): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
