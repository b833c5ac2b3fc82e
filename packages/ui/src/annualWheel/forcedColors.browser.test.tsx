import { implementationPlan2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import type { CSSProperties, ReactNode } from "react";
import { describe, expect, it } from "vitest";
import "../styles.css";
import { systemColours, useForcedColors, wordsOnGround } from "../internal/forcedColors.testHelpers";
import { contrastRatio } from "../internal/wcagContrast";
import { AnnualWheel } from "./index";

// The browser repaints HTML in forced colours but leaves SVG paint as the page sets it, so every
// word the wheel draws must keep its contrast against what it is drawn on: its own shapes, or the
// page, which is the reader's Canvas. The names on the lanes keep the ink their palette was made
// for, whichever way the page chose its theme.

/** The dark theme as a host writes it with tokens alone, no class (tokens.css, AnnualWheel.css). */
const hostDarkTokens = {
  "--mp-color-text": "#f2f2f2",
  "--mp-color-bg": "#1b1b1b",
  "--mp-color-surface": "#2a2a2a",
  ...Object.fromEntries(
    ["#8cc8ff", "#6fd08c", "#d9a6f2", "#ffab73", "#5fd3db", "#ff99c2", "#c4c4c4", "#e0cf6a"].map(
      (colour, index) => [`--mp-wheel-${index + 1}`, colour],
    ),
  ),
} as CSSProperties;

const wheel = <AnnualWheel document={implementationPlan2017} today="2017-06-01" />;
const setups: Record<string, () => ReactNode> = {
  "light theme": () => <div className="mp-theme-light">{wheel}</div>,
  "dark theme": () => <div className="mp-theme-dark">{wheel}</div>,
  "a light theme inside a dark one": () => (
    <div className="mp-theme-dark">
      <div className="mp-theme-light">{wheel}</div>
    </div>
  ),
  "a host's dark tokens, no class": () => <div style={hostDarkTokens}>{wheel}</div>,
};

describe("the annual wheel in forced colours (Windows high contrast)", () => {
  const forcedColors = useForcedColors();

  for (const palette of ["light", "dark"] as const)
    for (const [setup, page] of Object.entries(setups))
      it(`keeps every word at 4.5:1 on what it is drawn on (${palette} palette, ${setup})`, async () => {
        await forcedColors(palette);
        const { container } = render(
          <div style={{ width: 1000 }}>
            <span data-testid="system" style={{ color: "CanvasText", background: "Canvas" }} />
            {page()}
          </div>,
        );
        const { canvas } = systemColours(container.querySelector('[data-testid="system"]') as Element);
        const words = wordsOnGround(document, canvas);
        expect(words.length).toBeGreaterThan(20);
        for (const { name, ink, ground } of words)
          expect(contrastRatio(ink, ground), `${name}: ${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      });
});
