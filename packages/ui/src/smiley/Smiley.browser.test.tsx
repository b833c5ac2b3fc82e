import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cdp } from "vitest/browser";
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

  describe("in forced colours (Windows high contrast)", () => {
    const forcedColors = (value: "active" | "none") =>
      cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value }] });
    afterEach(() => forcedColors("none"));

    const statuses = ["green", "yellow", "red", "not-assessed"] as const;
    for (const label of ["none", "name", "meaning"] as const)
      for (const variant of ["face", "dot"] as const)
        it(`draws every status as a ${variant} in system colours, by shape, with label="${label}"`, async () => {
          await forcedColors("active");
          const { container } = render(
            <div>
              <span data-testid="system" style={{ color: "CanvasText", background: "Canvas" }} />
              {statuses.map((status) => (
                <Smiley key={status} status={status} variant={variant} label={label} />
              ))}
            </div>,
          );
          const system = getComputedStyle(container.querySelector('[data-testid="system"]') as Element);
          const faces = statuses.map((status) => {
            const mark = container.querySelector(
              `[data-status="${status}"] .mp-Smiley-mark, .mp-Smiley-mark[data-status="${status}"]`,
            );
            const disc = getComputedStyle(mark as Element);
            return {
              status,
              border: disc.borderTopColor,
              borderWidth: Number.parseFloat(disc.borderTopWidth),
              fill: disc.backgroundColor,
              // Every colour the eyes and mouth are drawn in (the mouth's inner layer in the fill).
              inks: [...new Set(disc.backgroundImage.match(/rgb\([^)]*\)/g) ?? [])],
              shape: `${disc.borderTopStyle} ${disc.borderRadius} ${disc.transform}`,
            };
          });
          for (const face of faces) {
            expect(face, face.status).toMatchObject({ border: system.color, fill: system.backgroundColor });
            expect(face.borderWidth, face.status).toBeGreaterThan(0);
            if (variant === "face") {
              expect(face.inks, face.status).toContain(system.color);
              expect(face.inks.every((ink) => ink === system.color || ink === system.backgroundColor)).toBe(
                true,
              );
            }
          }
          // Colour no longer tells the statuses apart: the dots' shapes must (a face's mouth does).
          if (variant === "dot") expect(new Set(faces.map((face) => face.shape)).size).toBe(statuses.length);
          else expect(faces.find((face) => face.status === "not-assessed")?.shape).toMatch(/^dashed/);
        });
  });
});
