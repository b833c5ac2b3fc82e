// The runs and paragraphs of milepael's tagged Word pages as the reader meets them inside a content
// control: text with bold and italic, tabs, line breaks and lone CRs, and a paragraph's list.

import type { PageTag } from "../../export/docx/pageTags";
import type { TagParagraph, TagRun } from "../../export/docx/tagParagraphs";
import { isBulletLevel, listLevelIndex, type WordStyles } from "./readStyles";
import { child, childElements, isOn, textOf, type XmlElement } from "./xml";

/** A run as read inside a control: a lone CR (`w:cr`) kept apart from a line break. */
export type ReadRun = TagRun | { kind: "cr" };

/** A value control being read: its tag, the runs read so far, and the list its paragraph is in. */
export interface Capture {
  tag: PageTag;
  runs: ReadRun[];
  list: TagParagraph["list"];
}

/**
 * The list a paragraph belongs to (Word's numbering: ordered unless the style says bullets), or
 * `undefined` for a paragraph in no list.
 *
 * @example
 * paragraphList(paragraph, styles); // { ordered: false, level: 0, group: "3" }
 */
export function paragraphList(paragraph: XmlElement, styles: WordStyles): TagParagraph["list"] {
  const numPr = child(child(paragraph, "w:pPr"), "w:numPr");
  const numId = child(numPr, "w:numId")?.attributes["w:val"];
  if (numId === undefined || numId === "0") return undefined;
  const level = listLevelIndex(child(numPr, "w:ilvl")?.attributes["w:val"]);
  return { ordered: !isBulletLevel(styles, numId, level), level, group: numId };
}

/**
 * Appends a `w:r`'s text, tabs, line breaks and lone CRs to `out`, with its bold and italic; returns `out`.
 *
 * @example
 * readRun(run, runs); // runs: [..., { kind: "text", text: "Kildedal", bold: true, italic: false }]
 */
export function readRun(run: XmlElement, out: ReadRun[]): ReadRun[] {
  const properties = child(run, "w:rPr");
  const bold = isOn(child(properties, "w:b"));
  const italic = isOn(child(properties, "w:i"));
  for (const element of childElements(run)) {
    switch (element.name) {
      case "w:t":
        out.push({ kind: "text", text: textOf(element), bold, italic });
        break;
      case "w:tab":
        out.push({ kind: "text", text: "\t", bold, italic });
        break;
      case "w:br":
        out.push({ kind: "break" });
        break;
      case "w:cr":
        out.push({ kind: "cr" });
        break;
      default:
    }
  }
  return out;
}

/**
 * The runs' text: a line break as "\n", a lone CR as "\r".
 *
 * @example
 * plainText([{ kind: "text", text: "a", bold: false, italic: false }, { kind: "break" }]); // "a\n"
 */
export function plainText(runs: readonly ReadRun[]): string {
  return runs.map((run) => (run.kind === "text" ? run.text : run.kind === "cr" ? "\r" : "\n")).join("");
}

/** The parts of the pages that hold no text the reader takes: properties, deleted text, layout. */
export const unreadParts: ReadonlySet<string> = new Set([
  "w:pPr",
  "w:rPr",
  "w:sdtPr",
  "w:del",
  "w:moveFrom",
  "w:tblPr",
  "w:tcPr",
  "w:trPr",
  "w:tblGrid",
  "w:sectPr",
]);
