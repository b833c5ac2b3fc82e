import { describe, expect, it } from "vitest";
import { bottomAxisLayout, sideAxisWidth, textMeasurer, wrappedLines } from "./axisLayout";

// 7 px a character: round numbers for the layouts' arithmetic.
const measure = (text: string) => text.length * 7;

describe("axis layout from measured labels", () => {
  it("wraps a label at spaces, a word longer than the line on a line of its own", () => {
    expect(wrappedLines("Arbejdsmarked, Erhverv og Beskæftigelse", 120, measure)).toBe(3);
    expect(wrappedLines("Befolkning og Boliger", 200, measure)).toBe(1);
    expect(wrappedLines("Kommunikationsaktiviteter", 50, measure)).toBe(1);
  });

  it("wraps round names in their slot where every word fits, as tall as the most lines", () => {
    const layout = bottomAxisLayout(["1. budgetopfølgning 2017", "31.12.2017"], 400, measure);
    expect(layout.upright).toBe(false);
    expect(layout.labelWidth).toBe(160);
    expect(layout.edge).toBeGreaterThanOrEqual(layout.labelWidth / 2);
  });

  it("stands round names upright on a phone, where 'budgetopfølgning' does not fit its slot", () => {
    const labels = [
      "1. budgetopfølgning 2017",
      "2. budgetopfølgning 2017",
      "3. budgetopfølgning 2017",
      "31.12.2017",
    ];
    const layout = bottomAxisLayout(labels, 280, measure);
    expect(layout.upright).toBe(true);
    expect(layout.height).toBeGreaterThanOrEqual(measure("1. budgetopfølgning 2017"));
  });

  it("gives side labels their length up to the limit, but never less than their longest word", () => {
    expect(sideAxisWidth(["Grøn", "Gul", "Rød"], 200, measure)).toBe(4 * 7 + 14);
    expect(sideAxisWidth(["Arbejdsmarked, Erhverv og Beskæftigelse"], 50, measure)).toBe(14 * 7 + 14);
  });

  it("estimates widths without a font to measure in (the server's first render)", () => {
    expect(textMeasurer(null)("abcde")).toBeCloseTo(5 * 13 * 0.6);
  });
});
