// WCAG 2's contrast ratio, for the tests that check colours as the browser computed them
// (several widgets' browser tests; nothing in a bundle needs it).

/** The channels of a computed colour: `rgb(r, g, b)`, `rgba(r, g, b, a)` or `[r, g, b]`, 0–255. */
type Colour = string | readonly number[];

const channels = (colour: Colour) =>
  typeof colour === "string" ? (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) : colour;

/**
 * WCAG 2's relative luminance of an sRGB colour (its alpha is ignored).
 *
 * @example
 * relativeLuminance("rgb(255, 255, 255)"); // 1
 */
export function relativeLuminance(colour: Colour): number {
  const [r, g, b] = channels(colour).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/**
 * WCAG 2's contrast ratio of two sRGB colours, from 1 to 21, whichever is lighter.
 *
 * @example
 * contrastRatio("rgb(0, 0, 0)", [255, 255, 255]); // 21
 */
export function contrastRatio(a: Colour, b: Colour): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
