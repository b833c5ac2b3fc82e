import { afterEach } from "vitest";
import { cdp } from "vitest/browser";

/**
 * Emulates Windows high contrast in the test browser: forced colours with a light or dark system
 * palette (CanvasText black on white, or white on black), and resets both after each test of the
 * file that calls it.
 */
export function useForcedColors(): (palette: "light" | "dark") => Promise<unknown> {
  const emulate = (forced: "active" | "none", scheme: "light" | "dark") =>
    cdp().send("Emulation.setEmulatedMedia", {
      features: [
        { name: "forced-colors", value: forced },
        { name: "prefers-color-scheme", value: scheme },
      ],
    });
  afterEach(() => emulate("none", "light"));
  return (palette) => emulate("active", palette);
}

/** The reader's system colours, read from an element painted `CanvasText` on `Canvas`. */
export function systemColours(element: Element): { text: string; canvas: string } {
  const style = getComputedStyle(element);
  return { text: style.color, canvas: style.backgroundColor };
}
