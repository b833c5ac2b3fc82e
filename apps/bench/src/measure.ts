/** Resolves after the browser has laid out and painted what was committed before the call. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Milliseconds from starting `action` until the frame after it is painted. */
export async function timeToPaint(action: () => void | Promise<void>): Promise<number> {
  const started = performance.now();
  await action();
  await painted();
  return performance.now() - started;
}

/** Types into a React-controlled input the way a keystroke does: the native setter, then `input`. */
export function typeInto(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

export interface ScrollFrames {
  /** Median time between two frames while scrolling, ms (16.7 at 60 Hz). */
  medianFrameMs: number;
  /** 95th percentile: the slow frames a reader notices as jank. */
  p95FrameMs: number;
  /** Mean time between frames: the whole scroll's time over its frames, slow ones included. */
  meanFrameMs: number;
}

/**
 * Scrolls `element` from top to bottom and back by `stepPx` per frame for `frames` frames and
 * records the time between frames, like a reader flinging through a long table.
 */
export function scrollFrames(element: Element, frames = 120, stepPx = 400): Promise<ScrollFrames> {
  return new Promise((resolve) => {
    const gaps: number[] = [];
    let previous: number | undefined;
    let direction = 1;
    const step = (now: number) => {
      if (previous !== undefined) gaps.push(now - previous);
      previous = now;
      if (gaps.length >= frames) {
        resolve({
          medianFrameMs: percentile(gaps, 0.5),
          p95FrameMs: percentile(gaps, 0.95),
          meanFrameMs: gaps.reduce((total, gap) => total + gap, 0) / gaps.length,
        });
        return;
      }
      const bottom = element.scrollHeight - element.clientHeight;
      if (element.scrollTop >= bottom) direction = -1;
      else if (element.scrollTop <= 0) direction = 1;
      element.scrollTop += direction * stepPx;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** The value below which `share` of the samples lie (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? 0;
}

/** Elements in the document: what the browser must style, lay out and keep in memory. */
export function domNodes(): number {
  return document.getElementsByTagName("*").length;
}

/** JS heap in use after a garbage collection, in MB; Chromium only (`--js-flags=--expose-gc`). */
export function heapMB(): number | null {
  const withGc = globalThis as { gc?: () => void };
  withGc.gc?.();
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1e6 : null;
}

/** The first button whose label (or text) contains `name`. */
export function buttonNamed(name: string, root: ParentNode = document): HTMLButtonElement {
  const button = [...root.querySelectorAll("button")].find((candidate) =>
    (candidate.getAttribute("aria-label") ?? candidate.textContent ?? "").includes(name),
  );
  if (!button) throw new Error(`No button named "${name}"`);
  return button;
}
