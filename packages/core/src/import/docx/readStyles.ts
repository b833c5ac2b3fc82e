// What `word/styles.xml` and `word/numbering.xml` say about paragraphs: which styles are headings,
// and each list's levels (bullets or numbers, and how a number is written). Read once per file,
// consulted by the body reader and the tagged reader.

import { child, childElements, isOn, type XmlElement } from "./xml";

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
  /** The number is hidden (`w:vanish`): Word counts the paragraph but draws no number. */
  hidden?: boolean;
  /** The level restarts only when a level up to this one-based level is used (`w:lvlRestart`); 0: never. */
  restartAfter?: number;
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
  return { headings, listStyles, lists: readLists(numbering, listStyles) };
}

/** The lists of `word/numbering.xml` by `w:numId`, each with its levels and restarts. */
function readLists(
  numbering: XmlElement | undefined,
  listStyles: WordStyles["listStyles"],
): Map<string, WordList> {
  const abstracts = new Map<string, XmlElement>();
  for (const abstract of numbering ? childElements(numbering, "w:abstractNum") : [])
    abstracts.set(abstract.attributes["w:abstractNumId"] ?? "", abstract);
  const nums = new Map<string, XmlElement>();
  for (const num of numbering ? childElements(numbering, "w:num") : [])
    nums.set(num.attributes["w:numId"] ?? "", num);
  const abstractOf = (num: XmlElement | undefined) =>
    child(num, "w:abstractNumId")?.attributes["w:val"] ?? "";
  const abstractLevels = new Map<string, ListLevel[]>();
  const levelsOf = (abstractId: string): ListLevel[] => {
    const known = abstractLevels.get(abstractId);
    if (known !== undefined) return known;
    let abstract = abstracts.get(abstractId);
    // A list of a list style (Word's templates' "Punktopstilling") has no levels of its own: they
    // are those of the list the style names.
    const linkedStyle = child(abstract, "w:numStyleLink")?.attributes["w:val"];
    const styleList = linkedStyle === undefined ? undefined : listStyles.get(linkedStyle)?.numId;
    if (styleList !== undefined) abstract = abstracts.get(abstractOf(nums.get(styleList))) ?? abstract;
    const levels = abstract === undefined ? [] : readLevels(abstract);
    abstractLevels.set(abstractId, levels);
    return levels;
  };
  const lists = new Map<string, WordList>();
  for (const [numId, num] of nums) {
    const abstractId = abstractOf(num);
    let levels = levelsOf(abstractId);
    const startOverrides = new Map<number, number>();
    for (const override of childElements(num, "w:lvlOverride")) {
      const index = Number(override.attributes["w:ilvl"]);
      if (!Number.isInteger(index) || index < 0 || index > 8) continue;
      const start = Number(child(override, "w:startOverride")?.attributes["w:val"]);
      if (Number.isInteger(start)) startOverrides.set(index, start);
      // A level this list defines whole, in place of its abstract list's.
      const level = child(override, "w:lvl");
      if (level === undefined) continue;
      levels = [...levels];
      levels[index] = readLevel(level, index);
    }
    lists.set(numId, { abstractId, levels, startOverrides });
  }
  return lists;
}

/** An abstract list's levels by `w:ilvl`; a level Word leaves out counts in decimals. */
function readLevels(abstract: XmlElement): ListLevel[] {
  const levels: ListLevel[] = [];
  for (const level of childElements(abstract, "w:lvl")) {
    const index = Number(level.attributes["w:ilvl"] ?? 0);
    if (Number.isInteger(index) && index >= 0 && index <= 8) levels[index] = readLevel(level, index);
  }
  return levels;
}

function readLevel(level: XmlElement, index: number): ListLevel {
  const start = Number(child(level, "w:start")?.attributes["w:val"] ?? 1);
  const restart = Number(child(level, "w:lvlRestart")?.attributes["w:val"]);
  return {
    format: child(level, "w:numFmt")?.attributes["w:val"] ?? "decimal",
    text: child(level, "w:lvlText")?.attributes["w:val"] ?? `%${index + 1}.`,
    start: Number.isInteger(start) ? start : 1,
    ...(child(level, "w:isLgl") === undefined ? {} : { legal: true }),
    ...(isOn(child(child(level, "w:rPr"), "w:vanish")) ? { hidden: true } : {}),
    ...(Number.isInteger(restart) && restart >= 0 ? { restartAfter: restart } : {}),
  };
}

/**
 * A paragraph's list level as Word has them, 0 to 8, from its `w:ilvl` value (the style's level
 * when the paragraph has none); a value that is no level is the first level, not a lost paragraph.
 *
 * @example
 * listLevelIndex("2"); // 2
 * listLevelIndex("x"); // 0
 */
export function listLevelIndex(value: string | number | undefined): number {
  const level = Number(value ?? 0);
  return Number.isInteger(level) ? Math.min(Math.max(level, 0), 8) : 0;
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
