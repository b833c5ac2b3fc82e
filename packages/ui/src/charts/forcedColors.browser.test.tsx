import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import "../styles.css";
import { systemColours, useForcedColors } from "../internal/forcedColors.testHelpers";
import { InitiativeTrendChart, StatusByRoundChart } from "./index";

// The browser repaints HTML in forced colours but leaves SVG paint as the page sets it: the
// charts' labels, axes, line and faces must take the reader's system colours themselves.
describe("the charts in forced colours (Windows high contrast)", () => {
  const forcedColors = useForcedColors();

  const painted = (root: ParentNode, selector: string, property: "fill" | "stroke") =>
    [...root.querySelectorAll(selector)].map((part) => getComputedStyle(part)[property]);

  for (const scheme of ["light", "dark"] as const)
    it(`draws labels, axes, the trend line and its faces in the system colours (${scheme} palette)`, async () => {
      await forcedColors(scheme);
      const initiative = budgetFollowUp2017.sections[2]?.initiatives.find((found) => found.number === "7.03");
      if (!initiative) throw new Error("seed changed");
      const { container } = render(
        <div>
          <span data-testid="system" style={{ color: "CanvasText", background: "Canvas" }} />
          <StatusByRoundChart document={budgetFollowUp2017} />
          <InitiativeTrendChart initiative={initiative} rounds={budgetFollowUp2017.rounds} />
        </div>,
      );
      await expect.poll(() => container.querySelectorAll(".mp-Chart-dot").length).toBe(3);
      const { text, canvas } = systemColours(container.querySelector('[data-testid="system"]') as Element);
      // The palettes differ, so a colour that passes in one would fail in the other.
      expect(text).toBe(scheme === "dark" ? "rgb(255, 255, 255)" : "rgb(0, 0, 0)");

      const labels = painted(container, ".recharts-cartesian-axis-tick-value", "fill");
      expect(labels.length).toBeGreaterThan(4);
      expect(new Set(labels)).toEqual(new Set([text]));
      const axes = painted(container, ".recharts-cartesian-axis-line", "stroke");
      expect(axes.length).toBeGreaterThan(0);
      expect(new Set(axes)).toEqual(new Set([text]));
      expect(painted(container, ".recharts-line-curve", "stroke")).toEqual([text]);
      for (const dot of container.querySelectorAll(".mp-Chart-dot")) {
        expect(painted(dot, ".mp-Chart-dotDisc", "fill"), "disc").toEqual([canvas]);
        expect(painted(dot, ".mp-Chart-dotDisc", "stroke"), "outline").toEqual([text]);
        const features = [
          ...painted(dot, ".mp-Chart-dotInk", "fill"),
          ...painted(dot, ".mp-Chart-dotStroke", "stroke"),
        ];
        expect(features.length, "features").toBeGreaterThan(0);
        expect(new Set(features), "features").toEqual(new Set([text]));
      }
    });
});
