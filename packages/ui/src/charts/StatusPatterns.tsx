import type { Status } from "@milepael/core/lite";

/** The fill of a status in a chart: its colour plus a pattern, so bars differ without colour. */
export function statusFill(idPrefix: string, status: Status): string {
  return `url(#${idPrefix}-${status})`;
}

/**
 * SVG pattern definitions for the four statuses: green plain, yellow with diagonal stripes, red
 * with a cross-hatch, not assessed white with dots. Colours come from the theme tokens.
 */
export function StatusPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <pattern id={`${idPrefix}-green`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" style={{ fill: "var(--mp-status-green)" }} />
      </pattern>
      <pattern
        id={`${idPrefix}-yellow`}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" style={{ fill: "var(--mp-status-yellow)" }} />
        <rect width="2.5" height="8" style={{ fill: "var(--mp-status-yellow-ink)" }} />
      </pattern>
      <pattern id={`${idPrefix}-red`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" style={{ fill: "var(--mp-status-red)" }} />
        <path d="M0 0 L8 8 M8 0 L0 8" style={{ stroke: "var(--mp-status-red-ink)", strokeWidth: 1.5 }} />
      </pattern>
      <pattern id={`${idPrefix}-not-assessed`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" style={{ fill: "var(--mp-status-none)" }} />
        <circle cx="4" cy="4" r="1.3" style={{ fill: "var(--mp-status-none-ink)" }} />
      </pattern>
    </defs>
  );
}
