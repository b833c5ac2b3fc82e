import type { Status } from "@milepael/core/lite";
import type { TimelineItem } from "../plan/layout";

/** Where an item's label is drawn at a zoom: in its bar, or beside it (after the bar or diamond). */
export interface TimelineLabel {
  side: "inside" | "beside";
  /** The day the label box starts after: the diamond's day or the bar's end. */
  anchor: number;
  /** The pixels the label takes after its anchor, gap included (0 inside). */
  extraPx: number;
  /** The label's widest box, in pixels: longer names end in "…" (the full name is in the tooltip). */
  maxWidth: number;
}

// The measures Timeline.css draws a label with, in pixels: the row packing keeps exactly this
// much room, so a change to one belongs in the other.
/** The label's text size: 0.8125rem, 13 px of a 16 px root (`rem` as `--mp-rem` says, remCss.mjs). */
const labelRem = 13 / 16;
/** Room around the text inside a bar: padding and border. */
const insidePadding = 12;
/** The fuzzy or hatched ends of a vague date, each side, kept clear of the text. */
const fuzzyEnd = 8;
/** The gap between a bar and a label beside it, and the label's own padding. */
const besideGap = 6;
const besidePadding = 8;
/** A diamond's label starts after the diamond: 20 px wide, drawn 9 px before its day. */
const diamondOffset = 20 - 9;
/** A name may be shortened inside a bar this wide or wider (about 25 characters show). */
const shortenedInside = 170;
/** A smiley before the name. */
const smileyPx = 20;

/**
 * The CSS font of a timeline's labels under a root element, for measuring them.
 *
 * @example
 * labelFont(rootRef.current); // "13px \"IBM Plex Sans\", system-ui, sans-serif"
 */
export function labelFont(root: Element): string {
  const view = root.ownerDocument.defaultView;
  const style = view?.getComputedStyle(root);
  const rootSize =
    Number.parseFloat(view?.getComputedStyle(root.ownerDocument.documentElement).fontSize ?? "") || 16;
  const rem = remPixels(style?.getPropertyValue("--mp-rem") ?? "", rootSize);
  const family = style?.fontFamily || "sans-serif";
  return `${labelRem * rem}px ${family}`;
}

/**
 * What `rem` stands for in the widgets' CSS, in pixels, from `--mp-rem` as the browser computes it:
 * pixels where it is registered (a custom element sets it, elements/remLength.ts), else the text
 * the page wrote, `1.6rem` or `16px` (README, "Text size"). Unset, 0 px or in another unit: the
 * page's root.
 */
function remPixels(value: string, rootSize: number): number {
  const length = Number.parseFloat(value);
  if (!(length > 0)) return rootSize;
  if (value.trim().endsWith("rem")) return length * rootSize;
  return value.trim().endsWith("px") ? length : rootSize;
}

/**
 * The width in pixels of each item's label text (with its smiley), measured with a canvas in
 * the given font, or estimated from the length where there is no canvas or no font. A title is
 * measured as the sum of its characters' widths, each character measured once: measuring each of
 * 10,000 titles whole took a third of a 10,000-activity timeline's first render.
 *
 * @example
 * labelWidths(layout.items, labelFont(root))[0]; // 212.4
 */
export function labelWidths(
  items: readonly TimelineItem[],
  font: string | null,
  statuses?: Readonly<Record<string, Status>>,
): Float64Array {
  const context = font === null ? null : canvasContext();
  if (context && font) context.font = font;
  const measure = context ? characterMeasure(context) : undefined;
  const cache = new Map<string, number>();
  return Float64Array.from(items, (item) => {
    let width = cache.get(item.title);
    if (width === undefined) {
      // A generous estimate where nothing measures: a label drawn wider than it was packed collides.
      width = measure ? measure(item.title) * 1.04 + 2 : item.title.length * 7.4;
      cache.set(item.title, width);
    }
    return statuses?.[item.id] ? width + smileyPx : width;
  });
}

/**
 * A text's width in the context's font as the sum of its characters' widths, each character
 * measured once. Kerning and ligatures only ever narrow a word, so the sum is the same or a little
 * wider than the text drawn whole: a label is never packed into less room than it takes.
 */
function characterMeasure(context: CanvasRenderingContext2D): (text: string) => number {
  const widths = new Map<string, number>();
  return (text) => {
    let width = 0;
    for (const character of text) {
      let characterWidth = widths.get(character);
      if (characterWidth === undefined) {
        characterWidth = context.measureText(character).width;
        widths.set(character, characterWidth);
      }
      width += characterWidth;
    }
    return width;
  };
}

let sharedContext: CanvasRenderingContext2D | null | undefined;
function canvasContext(): CanvasRenderingContext2D | null {
  if (sharedContext === undefined) {
    sharedContext =
      typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  }
  return sharedContext;
}

/**
 * Where an item's label goes when the view is `span` days over `width` pixels: inside a bar
 * that holds it (clear of its fuzzy ends), else beside the bar or diamond, where the row packing
 * keeps room for it. Never cut to a letter: a name is only shortened past `maxWidth`.
 *
 * @example
 * labelPlacement(item, 120, 1000, 365).side; // "beside"
 */
export function labelPlacement(
  item: TimelineItem,
  textPx: number,
  width: number,
  span: number,
): TimelineLabel {
  const maxWidth = Math.round(Math.max(140, Math.min(360, width * 0.45)));
  const text = Math.min(textPx, maxWidth - besidePadding);
  if (item.point) {
    return {
      side: "beside",
      anchor: item.start,
      extraPx: diamondOffset + text + besidePadding,
      maxWidth,
    };
  }
  // Either-or: the name can only go inside its widest alternative.
  const days = item.eitherOr
    ? Math.max(...item.segments.map((segment) => segment.end - segment.start))
    : item.end - item.start;
  const barPx = (days / Math.max(1, span)) * width;
  const fuzzy = item.approximate || (item.precision !== null && item.precision !== "day");
  // A bar that shows a good part of a long name keeps it inside, shortened ("…"; the tooltip and
  // the accessible name have it whole); a shorter bar gets it beside.
  const needed = Math.min(text, shortenedInside) + insidePadding + (fuzzy ? 2 * fuzzyEnd : 0);
  if (barPx >= needed) return { side: "inside", anchor: item.end, extraPx: 0, maxWidth };
  // A bar narrower than its minimum width (6 px) still ends 6 px after its start.
  const overhang = item.eitherOr ? 0 : Math.max(0, 6 - barPx);
  return {
    side: "beside",
    anchor: item.end,
    extraPx: overhang + besideGap + text + besidePadding,
    maxWidth,
  };
}
