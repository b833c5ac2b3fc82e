import { useCallback, useLayoutEffect, useRef } from "react";

// useLayoutEffect warns on the server; there the callback never runs anyway.
const useIsomorphicLayoutEffect = typeof window === "undefined" ? () => {} : useLayoutEffect;

/**
 * A function that stays the same between renders and always calls the latest `callback`, so that
 * memoised parts can take it as a prop (React's proposed `useEffectEvent`, for event handlers).
 *
 * @example
 * const onSelect = useStableCallback((id: string) => setSelected(id === selected ? null : id));
 */
export function useStableCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(callback);
  useIsomorphicLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
