import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * Whether the page is being printed: true from `beforeprint` to `afterprint`. The change is
 * rendered inside `beforeprint`, so what it draws is on paper (a windowed list draws every row).
 * `enabled` false listens to nothing.
 *
 * @example
 * const printing = usePrinting(count <= 5000);
 * const virtualized = count > threshold && !printing;
 */
export function usePrinting(enabled = true): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!enabled || typeof window === "undefined") return;
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      setPrinting(false);
    };
  }, [enabled]);
  return printing;
}
