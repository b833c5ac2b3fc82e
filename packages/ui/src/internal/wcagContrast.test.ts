import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "./wcagContrast";

describe("WCAG contrast", () => {
  it("gives black on white 21:1 and a colour on itself 1:1, from computed strings or channels", () => {
    expect(contrastRatio("rgb(0, 0, 0)", [255, 255, 255])).toBeCloseTo(21);
    expect(contrastRatio("rgba(10, 20, 30, 0.5)", "rgb(10, 20, 30)")).toBe(1);
  });

  it("weighs green over red over blue, as the eye does", () => {
    const green = relativeLuminance([0, 255, 0]);
    const red = relativeLuminance("rgb(255, 0, 0)");
    const blue = relativeLuminance([0, 0, 255]);
    expect(green).toBeGreaterThan(red);
    expect(red).toBeGreaterThan(blue);
    // #767676 on white is the classic 4.5:1 grey.
    expect(contrastRatio("rgb(118, 118, 118)", "rgb(255, 255, 255)")).toBeCloseTo(4.54, 2);
  });
});
