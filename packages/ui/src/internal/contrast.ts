// For the browser tests (never imported by a widget): WCAG's contrast ratio of colours as the browser computes them.

/** WCAG relative luminance of an `rgb(r, g, b)` or `rgba(…)` colour as computed by the browser. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/**
 * WCAG's contrast ratio of two computed colours, from 1 to 21.
 *
 * @example
 * contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)"); // 21
 */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
