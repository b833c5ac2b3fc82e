/** How long background work waits for an idle period before it runs a slice anyway. */
const idleTimeoutMs = 50;
/** The most a slice run without an idle period takes: a third of a frame. */
const forcedSliceMs = 5;

/**
 * Runs `step` (one small piece of work; it returns whether any is left) while the page is idle,
 * until it is done; returns the function that stops it. When no idle period comes for 50 ms
 * (headless Chromium gave none during the bench's scroll, with half of each frame free), a
 * slice of at most 5 ms runs anyway, so work a later action needs (a search index) gets done while
 * the reader does something else instead of at that action. Does nothing where the browser has no
 * `requestIdleCallback` (the action then does the work).
 *
 * @example
 * useEffect(() => warmWhenIdle(() => index.buildNextPiece()), [index]);
 */
export function warmWhenIdle(step: () => boolean): () => void {
  if (typeof requestIdleCallback !== "function") return () => {};
  let handle = 0;
  let stopped = false;
  const work = (deadline: IdleDeadline) => {
    let more = true;
    if (deadline.didTimeout) {
      const end = performance.now() + forcedSliceMs;
      do more = step();
      while (more && performance.now() < end);
    } else while (more && deadline.timeRemaining() > 1) more = step();
    if (more && !stopped) handle = requestIdleCallback(work, { timeout: idleTimeoutMs });
  };
  handle = requestIdleCallback(work, { timeout: idleTimeoutMs });
  return () => {
    stopped = true;
    cancelIdleCallback(handle);
  };
}
