// Rich text inside a Word content control, both ways: sanitised HTML as the paragraphs and runs the
// exporter writes, and those paragraphs (as Word keeps them, edits included) back as HTML.

import { escapeHtml, parseRichText, type RichNode, sanitizeRichText } from "../../richText/richText";
import { shownText } from "./pageTags";

/** A run of a paragraph inside a content control, as written and as read back. */
export type TagRun = { kind: "text"; text: string; bold: boolean; italic: boolean } | { kind: "break" };

/**
 * A paragraph of rich text inside a content control: a list item when `list` is set. `list.group`
 * tells lists apart (Word's numbering instance, one per list, nested lists included): two lists
 * with nothing between them stay two, at any level.
 */
export interface TagParagraph {
  list?: { ordered: boolean; level: number; group?: string };
  runs: TagRun[];
}

/**
 * Sanitised rich text as Word paragraphs: `p` and loose text as paragraphs, list items on Word's
 * lists by level, `strong`/`em` as bold and italic runs, `br` as a line break. Never empty: empty
 * text is one empty paragraph, so the control is there to be read.
 *
 * @example
 * richToParagraphs("<p>a <strong>b</strong></p>")[0]?.runs.length; // 2
 */
export function richToParagraphs(html: string): TagParagraph[] {
  const paragraphs: TagParagraph[] = [];
  let loose: TagRun[] | null = null;
  const flush = () => {
    if (loose !== null) paragraphs.push({ runs: loose });
    loose = null;
  };
  const inline = (nodes: readonly RichNode[], bold: boolean, italic: boolean, out: TagRun[]) => {
    for (const node of nodes) {
      if (node.type === "text") out.push({ kind: "text", text: shownText(node.text), bold, italic });
      else if (node.tag === "br") out.push({ kind: "break" });
      else inline(node.children, bold || node.tag === "strong", italic || node.tag === "em", out);
    }
    return out;
  };
  let groups = 0;
  const list = (node: RichNode & { type: "element" }, level: number) => {
    const ordered = node.tag === "ol";
    const group = String(groups);
    groups += 1;
    for (const item of node.children) {
      const kids = item.type === "element" && item.tag === "li" ? item.children : [item];
      const nested = kids.filter(
        (kid): kid is RichNode & { type: "element" } =>
          kid.type === "element" && (kid.tag === "ul" || kid.tag === "ol"),
      );
      paragraphs.push({
        list: { ordered, level, group },
        runs: inline(
          kids.filter((kid) => !nested.includes(kid as RichNode & { type: "element" })),
          false,
          false,
          [],
        ),
      });
      for (const inner of nested) list(inner, level + 1);
    }
  };
  for (const node of parseRichText(html).nodes) {
    if (node.type === "element" && node.tag === "p") {
      flush();
      paragraphs.push({ runs: inline(node.children, false, false, []) });
    } else if (node.type === "element" && (node.tag === "ul" || node.tag === "ol")) {
      flush();
      list(node, 0);
    } else {
      loose ??= [];
      inline([node], false, false, loose);
    }
  }
  flush();
  return paragraphs.length === 0 ? [{ runs: [] }] : paragraphs;
}

/**
 * Word paragraphs read from a content control as sanitised rich text: the inverse of
 * `richToParagraphs` wherever Word can tell the difference.
 *
 * @example
 * paragraphsToRich([{ runs: [{ kind: "text", text: "a", bold: true, italic: false }] }]); // "<strong>a</strong>"
 */
export function paragraphsToRich(paragraphs: readonly TagParagraph[]): string {
  let html = "";
  const open: ("ul" | "ol")[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) html += `</li></${open.pop()}>`;
  };
  // The numbering instance of the list open at each level: another one at that level is another
  // list, also right after one. Files that give a nested list its parent's instance read the same.
  const groups: (string | undefined)[] = [];
  for (const paragraph of paragraphs) {
    const content = inlineHtml(paragraph.runs);
    if (paragraph.list === undefined) {
      closeTo(0);
      html += `<p>${content}</p>`;
      continue;
    }
    const tag = paragraph.list.ordered ? "ol" : "ul";
    const level = Math.max(0, paragraph.list.level);
    closeTo(level + 1);
    if (open.length === level + 1 && (open[level] !== tag || groups[level] !== paragraph.list.group))
      closeTo(level);
    if (open.length === level + 1) {
      html += `</li><li>${content}`;
      continue;
    }
    while (open.length < level + 1) {
      html += open.length === level ? `<${tag}><li>${content}` : `<${tag}><li>`;
      groups[open.length] = paragraph.list.group;
      open.push(tag);
    }
  }
  closeTo(0);
  return sanitizeRichText(html).html;
}

function inlineHtml(runs: readonly TagRun[]): string {
  let html = "";
  let index = 0;
  while (index < runs.length) {
    const run = runs[index] as TagRun;
    index += 1;
    if (run.kind === "break") {
      html += "<br>";
      continue;
    }
    let text = run.text;
    // Neighbouring runs with the same formatting are one piece of text.
    while (index < runs.length) {
      const next = runs[index] as TagRun;
      if (next.kind !== "text" || next.bold !== run.bold || next.italic !== run.italic) break;
      text += next.text;
      index += 1;
    }
    if (text === "") continue;
    let piece = escapeHtml(text);
    if (run.italic) piece = `<em>${piece}</em>`;
    if (run.bold) piece = `<strong>${piece}</strong>`;
    html += piece;
  }
  return html;
}
