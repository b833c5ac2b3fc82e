import { implementationPlan2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import { describe, expect, it, onTestFinished } from "vitest";
import "../styles.css";
import { systemColours, useForcedColors } from "../internal/forcedColors.testHelpers";
import { contrastRatio } from "../internal/wcagContrast";
import { AnnualWheel } from "./index";

// The browser repaints HTML in forced colours but leaves SVG paint as the page sets it, so every
// word the wheel draws must keep its contrast against what it is drawn on: its own shapes, or the
// page, which is the reader's Canvas.
describe("the annual wheel in forced colours (Windows high contrast)", () => {
  const forcedColors = useForcedColors();

  for (const scheme of ["light", "dark"] as const)
    for (const theme of ["light", "dark"] as const)
      it(`keeps every word at 4.5:1 on what it is drawn on (${scheme} palette, ${theme} theme)`, async () => {
        await forcedColors(scheme);
        const { container } = render(
          <div className={`mp-theme-${theme}`} style={{ width: 1000 }}>
            <span data-testid="system" style={{ color: "CanvasText", background: "Canvas" }} />
            <AnnualWheel document={implementationPlan2017} today="2017-06-01" />
          </div>,
        );
        const { canvas } = systemColours(container.querySelector('[data-testid="system"]') as Element);
        const svg = container.querySelector(".mp-AnnualWheel-svg") as SVGSVGElement;
        // Hit-test every painted shape, marks the wheel lets clicks through included, never the words.
        const hitTesting = document.createElement("style");
        hitTesting.textContent =
          ".mp-AnnualWheel-svg * { pointer-events: visiblePainted !important; } .mp-AnnualWheel-svg text { pointer-events: none !important; }";
        document.head.append(hitTesting);
        onTestFinished(() => hitTesting.remove());
        let measured = 0;
        for (const text of svg.querySelectorAll("text")) {
          const box = text.getBoundingClientRect();
          if (box.width === 0) continue;
          // What lies under the word's middle: a shape of the wheel's, or the page.
          const under = document
            .elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)
            .find(
              (element) => element instanceof SVGGeometryElement && getComputedStyle(element).fill !== "none",
            );
          const ground = under ? getComputedStyle(under).fill : canvas;
          const ink = getComputedStyle(text).fill;
          const name = `${text.getAttribute("class") ?? text.parentElement?.getAttribute("class")} "${text.textContent}"`;
          expect(contrastRatio(ink, ground), `${name}: ${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
          measured += 1;
        }
        expect(measured).toBeGreaterThan(20);
      });
});
