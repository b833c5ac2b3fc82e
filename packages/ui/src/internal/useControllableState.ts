import { useCallback, useRef, useState } from "react";

/** A value that may be updated directly or from the previous value, as TanStack and React do. */
export type Updater<T> = T | ((previous: T) => T);

/**
 * State that works controlled (`value` given) and uncontrolled (`defaultValue`), and reports
 * every change through `onChange` either way, after React Aria's `useControlledState`.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (updater: Updater<T>) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  // The latest value, so that two updates in one event each see the other's result.
  const latest = useRef(current);
  latest.current = current;
  const set = useCallback(
    (updater: Updater<T>) => {
      const next = typeof updater === "function" ? (updater as (previous: T) => T)(latest.current) : updater;
      if (Object.is(next, latest.current)) return;
      latest.current = next;
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [current, set];
}
