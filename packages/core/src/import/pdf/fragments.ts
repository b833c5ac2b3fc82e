// A PDF page's text items joined into fragments (runs of text on one line with no column gap
// between them), and the page furniture (headers, footers, page numbers) among them.

import { wingdingsFaces, wingdingsSymbol } from "../../status/vocabulary";
import type { Fragment, PdfPage } from "./layout";
import { pictureMark } from "./pictures";

/** Wingdings' faces as the symbol-font characters a PDF without the font's mapping holds. */
const faces = Object.entries(wingdingsFaces).map(
  ([letter, face]) => [wingdingsSymbol(letter), face] as const,
);

/** A portrait A4 page's height in points. */
const portraitA4 = 842;

/**
 * Items joined into fragments: runs of text on one line with no column gap between them.
 *
 * @example
 * pageFragments(page, 2)[0]; // { text: "Milepæl", x: 78, y: 760, page: 2, line: 1, … }
 */
export function pageFragments(page: PdfPage, pageNumber: number): Fragment[] {
  const ys = [...new Set(page.items.map((item) => Math.round(item.y)))].sort((a, b) => b - a);
  // Lines of the page from the top, items less than 2 points apart in height on one line.
  const clusters: number[] = [];
  for (const y of ys)
    if (clusters.length === 0 || (clusters[clusters.length - 1] ?? 0) - y > 2) clusters.push(y);
  const lineOf = (y: number) => clusters.filter((cluster) => cluster > Math.round(y) + 2).length + 1;
  const fragments: Fragment[] = [];
  let current: Fragment | null = null;
  let lastBold = false;
  for (const item of page.items) {
    let text = item.text.replace(/[\uFE0E\uFE0F\u200B]/g, "");
    if (item.wingdings) text = text.replace(/[JKL]/g, (letter) => wingdingsFaces[letter] ?? letter);
    if (text.trim() === "") continue;
    // Bold as `**`, the way the text importers read a title in a list item; cells drop the marks.
    const bold = item.bold === true;
    const gap = current === null ? 0 : item.x - current.right;
    const sameLine = current !== null && Math.abs(item.y - current.y) < current.size * 0.3;
    const bullet = current !== null && /^([•▪◦·–-]|\d{1,2}\))$/.test(current.text.trim());
    const picture = text === pictureMark || current?.text === pictureMark;
    if (
      current !== null &&
      !picture &&
      sameLine &&
      gap > -1 &&
      (gap < item.size * 1.2 || (bullet && gap < item.size * 2))
    ) {
      const space = gap > item.size * 0.15 && !current.text.endsWith(" ") && !text.startsWith(" ") ? " " : "";
      if (bullet) current.hang = item.x;
      if (bold && lastBold) current.text = `${current.text.slice(0, -2)}${space}${text}**`;
      else current.text += space + (bold ? `**${text.trim()}**` : text);
      lastBold = bold;
      current.right = item.x + item.width;
      continue;
    }
    lastBold = bold;
    current = {
      text: bold ? `**${text.trim()}**` : text,
      x: item.x,
      hang: item.x,
      right: item.x + item.width,
      y: item.y,
      size: item.size,
      page: pageNumber,
      line: lineOf(item.y),
      ...(item.alt === undefined ? {} : { alt: item.alt }),
    };
    fragments.push(current);
  }
  for (const fragment of fragments) {
    fragment.text = fragment.text.replace(/\s+/g, " ").trim();
    for (const [glyph, face] of faces) fragment.text = fragment.text.replaceAll(glyph, face);
  }
  return fragments;
}

/**
 * Headers, footers and page numbers: text in the top or bottom 6.5 % of a portrait A4 page's
 * height (where Word and LibreOffice put them), or of a taller page's, that is a page number or
 * repeats (digits aside) on other pages.
 *
 * @example
 * pageFurniture(fragments, pages).has(fragments[0]); // true for "Side 1 af 3"
 */
export function pageFurniture(fragments: readonly Fragment[], pages: readonly PdfPage[]): Set<Fragment> {
  const inMargin = (fragment: Fragment) => {
    const height = pages[fragment.page - 1]?.height ?? portraitA4;
    // A page's margins are lengths, not shares of it: a landscape page's header stands as far
    // from its top as a portrait page's, which a share of its lower height would not reach.
    const band = Math.max(height, portraitA4) * 0.065;
    return fragment.y > height - band || fragment.y < band;
  };
  const key = (fragment: Fragment) => fragment.text.replace(/\d+/g, "#").toLowerCase();
  const pagesWith = new Map<string, Set<number>>();
  for (const fragment of fragments.filter(inMargin)) {
    const found = pagesWith.get(key(fragment)) ?? new Set<number>();
    found.add(fragment.page);
    pagesWith.set(key(fragment), found);
  }
  const furniture = new Set<Fragment>();
  for (const fragment of fragments) {
    if (!inMargin(fragment)) continue;
    const pageNumber = /^(?:side|page|s\.)?\s*\d+(?:\s*(?:af|of|\/)\s*\d+)?$/i.test(fragment.text);
    if (pageNumber || (pages.length > 1 && (pagesWith.get(key(fragment))?.size ?? 0) > 1))
      furniture.add(fragment);
  }
  return furniture;
}

/**
 * The font size most of the text is in: the body text's.
 *
 * @example
 * mostCommonSize(fragments); // 10
 */
export function mostCommonSize(fragments: readonly Fragment[]): number {
  const counts = new Map<number, number>();
  for (const fragment of fragments) {
    const size = Math.round(fragment.size);
    counts.set(size, (counts.get(size) ?? 0) + fragment.text.length);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}
