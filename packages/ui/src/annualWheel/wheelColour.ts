import type { CSSProperties } from "react";
import { wheelPaletteSize } from "./wheelRings";

/**
 * The props that paint an element in its lane's colour: `data-colour` (its place in the palette)
 * and the fill and pattern it draws with, taken from the palette's custom properties
 * (`--mp-wheel-1` …, and the wheel's `--mp-wheel-pattern-0` …), so a host's theme still decides
 * the colours. Children inherit them: a legend's swatch, a band's cells.
 *
 * @example
 * <li {...wheelColour(2)} />
 * // data-colour="2" style="--mp-wheel-fill: var(--mp-wheel-3); --mp-wheel-pattern: var(--mp-wheel-pattern-2)"
 */
export function wheelColour(index: number): { "data-colour": number; style: CSSProperties } {
  const place = index % wheelPaletteSize;
  return {
    "data-colour": place,
    style: {
      "--mp-wheel-fill": `var(--mp-wheel-${place + 1})`,
      "--mp-wheel-pattern": `var(--mp-wheel-pattern-${place})`,
    } as CSSProperties,
  };
}
