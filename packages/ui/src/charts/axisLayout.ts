/**
 * Axis sizes from measured labels, so that no tick label is cut at the chart's edge or runs into
 * its neighbour: at 1280 px and on a 360 px phone alike.
 */

/** Measures a label's width in px in the chart's tick font. */
export type MeasureText = (text: string) => number;

/** The tick labels' size: 13 px, as `tickStyle` sets it. */
export const tickFontSize = 13;
/** A tick label's line height in px. */
export const tickLineHeight = 16;

/**
 * How every axis draws its labels: the text colour, 13 px, the kit's font. The family is named
 * here, not only inherited, because recharts measures a label to wrap it in a span on the page's
 * body, which may have another font.
 */
export const tickStyle = {
  fill: "var(--mp-color-text)",
  fontSize: `${tickFontSize}px`,
  fontFamily: "var(--mp-font, sans-serif)",
} as const;

let context: CanvasRenderingContext2D | null | undefined;

/**
 * A text measurer in the given font family at the ticks' size: the browser's own metrics through
 * a canvas, or an estimate (0.6 em a character) for `null` and where there is no canvas.
 *
 * @example
 * const measure = textMeasurer("IBM Plex Sans, sans-serif");
 * measure("3. budgetopfølgning 2017"); // about 150
 */
export function textMeasurer(fontFamily: string | null): MeasureText {
  if (fontFamily === null) return (text) => text.length * tickFontSize * 0.6;
  if (context === undefined) {
    try {
      context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
    } catch {
      context = null;
    }
  }
  const canvas = context;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      if (canvas) {
        canvas.font = `${tickFontSize}px ${fontFamily}`;
        width = canvas.measureText(text).width;
      } else width = text.length * tickFontSize * 0.6;
      cache.set(text, width);
    }
    return width;
  };
}

/**
 * How many lines a label takes when wrapped at spaces to `width` px (a word longer than the line
 * takes a line of its own).
 *
 * @example
 * wrappedLines("Arbejdsmarked, Erhverv og Beskæftigelse", 120, measure); // 3
 */
export function wrappedLines(text: string, width: number, measure: MeasureText): number {
  let lines = 0;
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines += 1;
      line = word;
    } else line = candidate;
  }
  return lines + (line ? 1 : 0);
}

/** How a category axis along the bottom draws its labels. */
export interface BottomAxisLayout {
  /** Each label's wrapping width; labels are turned upright (-90°) when a word does not fit it. */
  labelWidth: number;
  upright: boolean;
  /** The axis's height in px, the labels included. */
  height: number;
  /** Room at each end of a line chart's axis, so the first and last labels and faces fit. */
  edge: number;
}

/**
 * Lays out category labels under a plot `plotWidth` px wide: wrapped into their slot where every
 * word fits it, else upright, with the axis as tall as its tallest label.
 *
 * @example
 * bottomAxisLayout(["1. budgetopfølgning 2017", "31.12.2017"], 280, measure).upright; // true
 */
export function bottomAxisLayout(
  labels: readonly string[],
  plotWidth: number,
  measure: MeasureText,
): BottomAxisLayout {
  const slot = plotWidth / Math.max(1, labels.length);
  const labelWidth = Math.max(24, Math.min(160, slot - 8));
  const longestWord = Math.max(0, ...labels.flatMap((label) => label.split(/\s+/)).map(measure));
  if (longestWord <= labelWidth) {
    const lines = Math.max(1, ...labels.map((label) => wrappedLines(label, labelWidth, measure)));
    return { labelWidth, upright: false, height: lines * tickLineHeight + 14, edge: labelWidth / 2 + 4 };
  }
  const longest = Math.max(0, ...labels.map(measure));
  return { labelWidth, upright: true, height: Math.ceil(longest) + 16, edge: tickLineHeight };
}

/**
 * The width of an axis of category labels beside the plot, at most `maxWidth` px: the longest
 * label plus the tick, or as much as the longest word needs when labels wrap.
 *
 * @example
 * sideAxisWidth(["Grøn", "Gul", "Rød"], 200, measure); // about 45
 */
export function sideAxisWidth(labels: readonly string[], maxWidth: number, measure: MeasureText): number {
  const longest = Math.max(0, ...labels.map(measure));
  const longestWord = Math.max(0, ...labels.flatMap((label) => label.split(/\s+/)).map(measure));
  return Math.ceil(Math.max(Math.min(longest, maxWidth), longestWord) + 14);
}

/** How a chart of rounds grows: its plot's height is `width / ratio`, kept between `min` and `max` px. */
export interface RoundsChartSize {
  /** Room in px between the side axis and the plot's right edge. */
  gap: number;
  min: number;
  max: number;
  ratio: number;
}

/**
 * The axes and size of a chart with the rounds along its bottom: the side axis as wide as its
 * widest label, the round labels wrapped (or turned) to their slots, and the chart's style, its
 * height growing with its width plus the bottom axis's.
 *
 * @example
 * const { yWidth, axis, style } = roundsChartLayout(["120"], ["1. opfølgning"], { gap: 10, min: 180, max: 384, ratio: 2.4 }, { width: 640, measure });
 */
export function roundsChartLayout(
  sideLabels: readonly string[],
  roundLabels: readonly string[],
  size: RoundsChartSize,
  { width, measure }: { width: number; measure: MeasureText },
) {
  const yWidth = sideAxisWidth(sideLabels, width, measure);
  const axis = bottomAxisLayout(roundLabels, width - yWidth - size.gap, measure);
  const height = Math.round(Math.min(size.max, Math.max(size.min, width / size.ratio)) + axis.height);
  return { yWidth, axis, style: { width: "100%", height: `${height}px` } };
}
