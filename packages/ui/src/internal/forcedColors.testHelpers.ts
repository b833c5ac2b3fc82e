import { afterEach, onTestFinished } from "vitest";
import { cdp } from "vitest/browser";

/**
 * Emulates Windows high contrast in the test browser: forced colours with a light or dark system
 * palette (CanvasText black on white, or white on black), and clears the emulation after each test
 * of the file that calls it.
 */
export function useForcedColors(): (palette: "light" | "dark") => Promise<unknown> {
  afterEach(() => cdp().send("Emulation.setEmulatedMedia", { features: [] }));
  return (palette) =>
    cdp().send("Emulation.setEmulatedMedia", {
      features: [
        { name: "forced-colors", value: "active" },
        { name: "prefers-color-scheme", value: palette },
      ],
    });
}

/** The reader's system colours, read from an element painted `CanvasText` on `Canvas`. */
export function systemColours(element: Element): { text: string; canvas: string } {
  const style = getComputedStyle(element);
  return { text: style.color, canvas: style.backgroundColor };
}

/**
 * Every word of the annual wheel's drawing in `root` with its ink and what lies under its middle:
 * the fill of a shape of the drawing, else the page, which in forced colours is `canvas`.
 */
export function wordsOnGround(root: Document | ShadowRoot, canvas: string) {
  const svg = root.querySelector(".mp-AnnualWheel-svg") as SVGSVGElement;
  // Hit-test every painted shape, marks the wheel lets clicks through included, never the words.
  const hitTesting = document.createElement("style");
  hitTesting.textContent =
    ".mp-AnnualWheel-svg * { pointer-events: visiblePainted !important; } .mp-AnnualWheel-svg text { pointer-events: none !important; }";
  (root instanceof Document ? root.head : root).append(hitTesting);
  onTestFinished(() => hitTesting.remove());
  return [...svg.querySelectorAll("text")].flatMap((text) => {
    const box = text.getBoundingClientRect();
    if (box.width === 0) return [];
    const under = root
      .elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)
      .find((element) => element instanceof SVGGeometryElement && getComputedStyle(element).fill !== "none");
    const name = `${text.getAttribute("class") ?? text.parentElement?.getAttribute("class")} "${text.textContent}"`;
    return [
      { name, ink: getComputedStyle(text).fill, ground: under ? getComputedStyle(under).fill : canvas },
    ];
  });
}
