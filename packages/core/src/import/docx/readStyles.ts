// What `word/styles.xml` and `word/numbering.xml` say about paragraphs: which styles are headings
// and which lists are bullets. Read once per file, consulted by the body reader and the tagged reader.

import { child, childElements, descendant, type XmlElement } from "./xml";

/** What the styles and numbering parts say about paragraphs. */
export interface WordStyles {
  headings: Map<string, number>;
  listStyles: Map<string, { numId: string; level: number }>;
  bulletLists: Set<string>;
}

/**
 * Reads `word/styles.xml` and `word/numbering.xml` (either may be missing): which styles are
 * headings, which carry list numbering, and which numberings are bullets.
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
  const bulletAbstract = new Set<string>();
  const bulletLists = new Set<string>();
  if (numbering) {
    for (const abstract of childElements(numbering, "w:abstractNum")) {
      const format = descendant(abstract, "w:numFmt")?.attributes["w:val"];
      if (format === "bullet") bulletAbstract.add(abstract.attributes["w:abstractNumId"] ?? "");
    }
    for (const num of childElements(numbering, "w:num")) {
      const abstractId = child(num, "w:abstractNumId")?.attributes["w:val"] ?? "";
      if (bulletAbstract.has(abstractId)) bulletLists.add(num.attributes["w:numId"] ?? "");
    }
  }
  return { headings, listStyles, bulletLists };
}
