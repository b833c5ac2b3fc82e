import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import "../styles.css";
import { Smiley } from "./Smiley";

/** WCAG relative luminance of an `rgb(r, g, b)` colour as computed by the browser. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

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
      for (const smiley of container.querySelectorAll(".mp-Smiley")) {
        const disc = getComputedStyle(smiley.querySelector(".mp-Smiley-disc") as Element);
        const eye = getComputedStyle(smiley.querySelector(".mp-Smiley-eye") as Element);
        // The outline separates the face from the page; the eyes separate from the fill.
        expect(contrast(disc.stroke, page)).toBeGreaterThanOrEqual(3);
        expect(contrast(eye.fill, disc.fill)).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
