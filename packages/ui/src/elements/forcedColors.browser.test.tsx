import { implementationPlan2017 } from "@milepael/core/fixtures";
import { describe, expect, it, onTestFinished } from "vitest";
import { systemColours, useForcedColors, wordsOnGround } from "../internal/forcedColors.testHelpers";
import { contrastRatio } from "../internal/wcagContrast";

// The element's styles live in its shadow root, its theme in an attribute (`theme="dark"`): the
// wheel's words must keep their contrast there too (annualWheel/forcedColors.browser.test.tsx).
describe("<milepael-wheel> in forced colours (Windows high contrast)", () => {
  const forcedColors = useForcedColors();

  for (const palette of ["light", "dark"] as const)
    it(`keeps every word at 4.5:1 in <milepael-wheel theme="dark"> (${palette} palette)`, async () => {
      await forcedColors(palette);
      const { defineMilepaelElements } = await import("./index");
      defineMilepaelElements();
      const element = document.createElement("milepael-wheel") as HTMLElement & { document: unknown };
      element.setAttribute("theme", "dark");
      element.setAttribute("today", "2017-06-01");
      element.document = implementationPlan2017;
      const holder = document.createElement("div");
      holder.style.width = "1000px";
      holder.append(element);
      document.body.append(holder);
      onTestFinished(() => holder.remove());
      await expect.poll(() => element.shadowRoot?.querySelector(".mp-AnnualWheel-svg text")).toBeTruthy();
      const system = document.createElement("span");
      system.setAttribute("style", "color: CanvasText; background: Canvas");
      holder.append(system);
      const words = wordsOnGround(element.shadowRoot as ShadowRoot, systemColours(system).canvas);
      expect(words.length).toBeGreaterThan(20);
      for (const { name, ink, ground } of words)
        expect(contrastRatio(ink, ground), `${name}: ${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    });
});
