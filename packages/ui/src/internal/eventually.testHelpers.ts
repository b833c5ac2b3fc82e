import { vi } from "vitest";

/**
 * Waits until `check` passes, as `vi.waitFor` does, for up to 10 s instead of its 1 s. What the
 * browser tests wait for (an element's widget chunk to load, a document to be fetched and read, React
 * to render a large table) took over a second in CI while the other packages' tests shared the two
 * cores. A check that never passes still fails, after the 10 s.
 */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 10_000 });
}
