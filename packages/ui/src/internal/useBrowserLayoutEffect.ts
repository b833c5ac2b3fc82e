import { useLayoutEffect } from "react";

/**
 * `useLayoutEffect` in a browser, nothing on the server: there React 18 warns about layout
 * effects, and there is nothing to measure or focus anyway.
 *
 * @example
 * useBrowserLayoutEffect(() => setWidth(ref.current?.getBoundingClientRect().width), []);
 */
export const useBrowserLayoutEffect: typeof useLayoutEffect =
  typeof window === "undefined" ? () => {} : useLayoutEffect;
