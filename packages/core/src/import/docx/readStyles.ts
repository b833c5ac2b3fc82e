// What `word/styles.xml` and `word/numbering.xml` say about paragraphs: which styles are headings,
// and each list's levels (bullets or numbers, and how a number is written). Read once per file,
// consulted by the body reader and the tagged reader.

import { child, childElements, type XmlElement } from "./xml";

/**
 * One level of a Word list: its number format ("decimal", "lowerLetter", "bullet", …), the text
 * around the numbers ("%1.", "Ad %1)", "%1.%2"), the first number, and whether it writes every
 * level's number in decimals ("legal" numbering, 1.1.1 under a list of letters).
 */
export interface ListLevel {
  format: string;
  text: string;
  start: number;
  legal?: boolean;
}

/** A list instance (`w:num`): the abstract list whose levels it uses and whose count it continues, and the levels it restarts. */
export interface WordList {
  abstractId: string;
  levels: ListLevel[];
  startOverrides: Map<number, number>;
}

/** What the styles and numbering parts say about paragraphs. */
export interface WordStyles {
  headings: Map<string, number>;
  listStyles: Map<string, { numId: string; level: number }>;
  /** The lists by `w:numId`. */
  lists: Map<string, WordList>;
}

/**
 * Reads `word/styles.xml` and `word/numbering.xml` (either may be missing): which styles are
 * headings, which carry list numbering, and each list's levels.
 *
 * @example
 * readStyles(parseXml(stylesXml), undefined).headings.get("Heading1"); // 1
 */
export function readStyles(styles: XmlElement | undefined, numbering: XmlElement | undefined): WordStyles {
  const headings = new Map<string, number>();
  const listStyles = new Map<string, { numId: string; level: number }>();
  for (const style of styles ? childElements(styles, "w:style") : []) {
    const id = style.attributes["w:styleId"] ?? "";
    const name = child(style, "w:name")?.attributes["w:val"] ?? "";
    const outline = child(child(style, "w:pPr"), "w:outlineLvl")?.attributes["w:val"];
    const named = /^(?:heading|overskrift)\s*(\d)$/i.exec(name);
    if (named) headings.set(id, Number(named[1]));
    else if (/^(title|titel)$/i.test(name)) headings.set(id, 1);
    else if (outline !== undefined && Number(outline) < 6) headings.set(id, Number(outline) + 1);
    const numPr = child(child(style, "w:pPr"), "w:numPr");
    const numId = child(numPr, "w:numId")?.attributes["w:val"];
    if (numId !== undefined && numId !== "0")
      listStyles.set(id, { numId, level: Number(child(numPr, "w:ilvl")?.attributes["w:val"] ?? 0) });
  }
  const abstractLevels = new Map<string, ListLevel[]>();
  const lists = new Map<string, WordList>();
  for (const abstract of numbering ? childElements(numbering, "w:abstractNum") : [])
    abstractLevels.set(abstract.attributes["w:abstractNumId"] ?? "", readLevels(abstract));
  for (const num of numbering ? childElements(numbering, "w:num") : []) {
    const abstractId = child(num, "w:abstractNumId")?.attributes["w:val"] ?? "";
    const startOverrides = new Map<number, number>();
    for (const override of childElements(num, "w:lvlOverride")) {
      const start = Number(child(override, "w:startOverride")?.attributes["w:val"]);
      const level = Number(override.attributes["w:ilvl"]);
      if (Number.isInteger(start) && Number.isInteger(level)) startOverrides.set(level, start);
    }
    lists.set(num.attributes["w:numId"] ?? "", {
      abstractId,
      levels: abstractLevels.get(abstractId) ?? [],
      startOverrides,
    });
  }
  return { headings, listStyles, lists };
}

/** An abstract list's levels by `w:ilvl`; a level Word leaves out counts in decimals. */
function readLevels(abstract: XmlElement): ListLevel[] {
  const levels: ListLevel[] = [];
  for (const level of childElements(abstract, "w:lvl")) {
    const index = Number(level.attributes["w:ilvl"] ?? 0);
    if (!Number.isInteger(index) || index < 0 || index > 8) continue;
    const start = Number(child(level, "w:start")?.attributes["w:val"] ?? 1);
    levels[index] = {
      format: child(level, "w:numFmt")?.attributes["w:val"] ?? "decimal",
      text: child(level, "w:lvlText")?.attributes["w:val"] ?? `%${index + 1}.`,
      start: Number.isInteger(start) ? start : 1,
      ...(child(level, "w:isLgl") === undefined ? {} : { legal: true }),
    };
  }
  return levels;
}

/**
 * Whether a list's level is a bullet list: Word writes numbers for every other format.
 *
 * @example
 * isBulletLevel(styles, "1", 0); // true for a list of "•"
 */
export function isBulletLevel(styles: WordStyles, numId: string, level: number): boolean {
  const list = styles.lists.get(numId);
  return list !== undefined && listLevel(list, level).format === "bullet";
}

/**
 * A list's level as Word draws it; a level the file leaves out is drawn like the first level's
 * kind (bullets stay bullets), numbered in decimals.
 *
 * @example
 * listLevel(styles.lists.get("1"), 0).text; // "%1."
 */
export function listLevel(list: WordList, index: number): ListLevel {
  return (
    list.levels[index] ?? {
      format: list.levels[0]?.format === "bullet" ? "bullet" : "decimal",
      text: `%${index + 1}.`,
      start: 1,
    }
  );
}
