import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import "../styles.css";
import { contrastRatio as contrast } from "../internal/wcagContrast";
import { Smiley } from "./Smiley";

describe("Smiley in a real browser", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`draws every face's features and outline at 3:1 or better in the ${theme} theme`, () => {
      const { container } = render(
        <div className={`mp-theme-${theme}`} style={{ background: "var(--mp-color-bg)" }}>
          {(["green", "yellow", "red"] as const).map((status) => (
            <Smiley key={status} status={status} />
          ))}
        </div>,
      );
      const page = getComputedStyle(container.firstElementChild as Element).backgroundColor;
      for (const mark of container.querySelectorAll(".mp-Smiley-mark")) {
        const disc = getComputedStyle(mark);
        // The eyes and mouth are drawn in the status's ink, in the disc's own background.
        const ink = disc.backgroundImage.match(/rgba?\([^)]*\)/)?.[0] ?? "";
        const eyeWidth = Number.parseFloat(disc.backgroundSize);
        // The outline separates the face from the page; the eyes and mouth separate from the fill.
        expect(contrast(disc.borderTopColor, page)).toBeGreaterThanOrEqual(3);
        expect(contrast(ink, disc.backgroundColor)).toBeGreaterThanOrEqual(3);
        expect(eyeWidth).toBeGreaterThan(0);
      }
    });
  }

  it("draws each face as its one element, with no pseudo-element boxes to lay out", () => {
    const { container } = render(
      <div>
        {(["green", "yellow", "red", "not-assessed"] as const).map((status) => (
          <Smiley key={status} status={status} />
        ))}
      </div>,
    );
    for (const mark of container.querySelectorAll(".mp-Smiley-mark")) {
      expect(getComputedStyle(mark, "::before").content).toBe("none");
      expect(getComputedStyle(mark, "::after").content).toBe("none");
      expect(getComputedStyle(mark).backgroundImage).not.toBe("none");
    }
  });

  it("curves the mouth up, level or down by status, so the shape carries it without colour", () => {
    const { container } = render(
      <div>
        {(["green", "yellow", "red"] as const).map((status) => (
          <Smiley key={status} status={status} />
        ))}
      </div>,
    );
    // The mouth is the last layer: a half-ellipse hanging from its top (a smile), standing on
    // its bottom (a frown), or a straight bar (level).
    const mouths = [...container.querySelectorAll(".mp-Smiley-mark")].map((mark) => {
      const layers = getComputedStyle(mark).backgroundImage.split(/,\s*(?=(?:radial|linear)-gradient)/);
      const mouth = layers.at(-1) ?? "";
      return {
        smile: /^radial-gradient\([^)]* at 50% 0px/.test(mouth),
        frown: /^radial-gradient\([^)]* at 50% 100%/.test(mouth),
        level: mouth.startsWith("linear-gradient"),
      };
    });
    expect(mouths).toEqual([
      { smile: true, frown: false, level: false },
      { smile: false, frown: false, level: true },
      { smile: false, frown: true, level: false },
    ]);
  });
});
