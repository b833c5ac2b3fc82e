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
        const eye = getComputedStyle(mark, "::before");
        const mouth = getComputedStyle(mark, "::after");
        // The outline separates the face from the page; the eyes and mouth separate from the fill.
        expect(contrast(disc.borderTopColor, page)).toBeGreaterThanOrEqual(3);
        expect(contrast(eye.backgroundColor, disc.backgroundColor)).toBeGreaterThanOrEqual(3);
        expect(contrast(mouth.borderTopColor, disc.backgroundColor)).toBeGreaterThanOrEqual(3);
        expect(Number.parseFloat(eye.width)).toBeGreaterThan(0);
      }
    });
  }

  it("curves the mouth up, level or down by status, so the shape carries it without colour", () => {
    const { container } = render(
      <div>
        {(["green", "yellow", "red"] as const).map((status) => (
          <Smiley key={status} status={status} />
        ))}
      </div>,
    );
    const mouths = [...container.querySelectorAll(".mp-Smiley-mark")].map((mark) => {
      const mouth = getComputedStyle(mark, "::after");
      const top = Number.parseFloat(mouth.borderTopWidth) > 0;
      const roundTop = Number.parseFloat(mouth.borderTopLeftRadius) > 0;
      return {
        smile: Number.parseFloat(mouth.borderBottomWidth) > 0 && !top,
        frown: top && roundTop,
        level: top && !roundTop,
      };
    });
    expect(mouths).toEqual([
      { smile: true, frown: false, level: false },
      { smile: false, frown: false, level: true },
      { smile: false, frown: true, level: false },
    ]);
  });
});
