// Sanitised rich text (descriptions, notes) as Word paragraphs and runs: paragraphs as
// paragraphs, lists on Word's own numbering (the document's "mp-bullets" and "mp-numbers"),
// strong and em as bold and italics.

import { parseRichText, type RichNode } from "../../richText/richText";
import type { Docx, DocxParagraph, DocxRun } from "./tagWriter";

/** How runs are set: bold in a table's header row, bold or italic inside strong and em. */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/**
 * Sanitised rich text as Word paragraphs: `p` as paragraphs, list items on Word's own lists.
 *
 * @example
 * richParagraphs(docx, "<p>Fase 1</p><ul><li>Udbud</li></ul>", {}); // two paragraphs, the second a bullet
 */
export function richParagraphs(docx: Docx, html: string, style: RunStyle): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  let loose: DocxRun[] = [];
  const flush = () => {
    if (loose.length > 0) paragraphs.push(new docx.Paragraph({ children: loose }));
    loose = [];
  };
  const walkList = (node: RichNode & { type: "element" }, level: number) => {
    const reference = node.tag === "ol" ? "mp-numbers" : "mp-bullets";
    for (const child of node.children) {
      if (child.type === "element" && child.tag === "li") {
        const nested = child.children.filter(
          (inner): inner is RichNode & { type: "element" } =>
            inner.type === "element" && (inner.tag === "ul" || inner.tag === "ol"),
        );
        const inline = child.children.filter(
          (inner) => !nested.includes(inner as RichNode & { type: "element" }),
        );
        paragraphs.push(
          new docx.Paragraph({
            numbering: { reference, level: Math.min(level, 2) },
            children: runs(docx, inline, style),
          }),
        );
        for (const list of nested) walkList(list, level + 1);
      } else loose.push(...runs(docx, [child], style));
    }
    flush();
  };
  for (const node of parseRichText(html).nodes) {
    if (node.type === "element" && node.tag === "p") {
      flush();
      paragraphs.push(new docx.Paragraph({ children: runs(docx, node.children, style) }));
    } else if (node.type === "element" && (node.tag === "ul" || node.tag === "ol")) {
      flush();
      walkList(node, 0);
    } else loose.push(...runs(docx, [node], style));
  }
  flush();
  return paragraphs;
}

function runs(docx: Docx, nodes: readonly RichNode[], style: RunStyle): DocxRun[] {
  const out: DocxRun[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      out.push(new docx.TextRun({ text: node.text, ...style }));
      continue;
    }
    switch (node.tag) {
      case "br":
        out.push(new docx.TextRun({ text: "", break: 1 }));
        break;
      case "strong":
        out.push(...runs(docx, node.children, { ...style, bold: true }));
        break;
      case "em":
        out.push(...runs(docx, node.children, { ...style, italics: true }));
        break;
      default:
        // Blocks inside inline content (a list in a list item's text) keep their text.
        out.push(...runs(docx, node.children, style));
    }
  }
  return out;
}
