// The body of `word/document.xml` as paragraphs and tables, the shape the Word importer reads a
// follow-up from. A run's content is readRunInlines.ts; the styles and numbering parts are readStyles.ts,
// and the numbers of numbered lists listNumbering.ts.

import { ListNumbering } from "./listNumbering";
import { type Inline, readRunInlines } from "./readRunInlines";
import { isBulletLevel, listLevelIndex, type WordStyles } from "./readStyles";
import { child, childElements, type XmlElement } from "./xml";

export interface Paragraph {
  kind: "paragraph";
  inlines: Inline[];
  /** 1 to 6 for a heading. */
  heading?: number;
  /** A list item: its level, whether it is numbered, and the number Word draws before it ("2.", "b)"). */
  list?: { level: number; ordered: boolean; label?: string };
}

export interface Cell {
  blocks: Paragraph[];
  gridSpan: number;
  vMerge?: "restart" | "continue";
}

export interface Table {
  kind: "table";
  rows: Cell[][];
}

export type Block = Paragraph | Table;

/**
 * Relationship id to target, for pictures' file names.
 *
 * @example
 * readRelationships(parseXml(relsXml)).get("rId9"); // "media/image1.png"
 */
export function readRelationships(rels: XmlElement | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of rels ? childElements(rels, "rel:Relationship") : [])
    targets.set(rel.attributes.Id ?? "", rel.attributes.Target ?? "");
  return targets;
}

/**
 * The body of `word/document.xml` as blocks in order: paragraphs and tables, tracked changes
 * accepted (insertions kept, deletions dropped), headers, footers and comments left out (they live
 * in other parts, which are never read).
 *
 * @example
 * readBody(parseXml(documentXml), styles, relationships)[0]?.kind; // "paragraph"
 */
export function readBody(
  document: XmlElement,
  styles: WordStyles,
  relationships: Map<string, string>,
): Block[] {
  const body = child(document, "w:body");
  if (body === undefined) return [];
  const reader = new BodyReader(styles, relationships, new ListNumbering(styles));
  return reader.blocks(body);
}

class BodyReader {
  constructor(
    private readonly styles: WordStyles,
    private readonly relationships: Map<string, string>,
    private readonly numbering: ListNumbering,
  ) {}

  blocks(container: XmlElement): Block[] {
    const blocks: Block[] = [];
    for (const element of childElements(container)) {
      switch (element.name) {
        case "w:p":
          blocks.push(this.paragraph(element));
          break;
        case "w:tbl":
          blocks.push(this.table(element));
          break;
        case "w:sdt":
          blocks.push(...this.blocks(child(element, "w:sdtContent") ?? element));
          break;
        case "w:ins":
        case "w:moveTo":
        case "w:customXml":
          blocks.push(...this.blocks(element));
          break;
        case "mc:AlternateContent":
          blocks.push(...this.blocks(child(element, "mc:Choice") ?? element));
          break;
        default:
          break;
      }
    }
    return blocks;
  }

  private table(element: XmlElement): Table {
    const rows: Cell[][] = [];
    for (const row of this.rowsOf(element)) {
      // A row deleted with tracked changes on is gone once the changes are accepted.
      if (child(child(row, "w:trPr"), "w:del") !== undefined) continue;
      const cells: Cell[] = [];
      const before = Number(child(child(row, "w:trPr"), "w:gridBefore")?.attributes["w:val"] ?? 0);
      for (let index = 0; index < before; index += 1) cells.push({ blocks: [], gridSpan: 1 });
      for (const cell of this.cellsOf(row)) {
        const properties = child(cell, "w:tcPr");
        const span = Number(child(properties, "w:gridSpan")?.attributes["w:val"] ?? 1);
        const merge = child(properties, "w:vMerge");
        const vMerge =
          merge === undefined ? undefined : merge.attributes["w:val"] === "restart" ? "restart" : "continue";
        const blocks = this.blocks(cell).flatMap((block) =>
          block.kind === "table" ? flattenTable(block) : [block],
        );
        cells.push({
          blocks,
          gridSpan: Number.isFinite(span) && span > 0 ? Math.min(span, 64) : 1,
          ...(vMerge ? { vMerge } : {}),
        });
      }
      rows.push(cells);
    }
    return { kind: "table", rows };
  }

  private rowsOf(element: XmlElement): XmlElement[] {
    return childElements(element).flatMap((node) => {
      if (node.name === "w:tr") return [node];
      if (node.name === "w:sdt") return this.rowsOf(child(node, "w:sdtContent") ?? node);
      if (node.name === "w:ins" || node.name === "w:customXml") return this.rowsOf(node);
      return [];
    });
  }

  private cellsOf(row: XmlElement): XmlElement[] {
    return childElements(row).flatMap((node) => {
      if (node.name === "w:tc") return [node];
      if (node.name === "w:sdt") return this.cellsOf(child(node, "w:sdtContent") ?? node);
      if (node.name === "w:customXml") return this.cellsOf(node);
      return [];
    });
  }

  private paragraph(element: XmlElement): Paragraph {
    const properties = child(element, "w:pPr");
    const styleId = child(properties, "w:pStyle")?.attributes["w:val"];
    const paragraph: Paragraph = { kind: "paragraph", inlines: [] };
    const heading =
      (styleId === undefined ? undefined : this.styles.headings.get(styleId)) ??
      (styleId === undefined ? undefined : headingFromId(styleId));
    if (heading !== undefined) paragraph.heading = heading;
    const numPr = child(properties, "w:numPr");
    const direct = child(numPr, "w:numId")?.attributes["w:val"];
    const styled = styleId === undefined ? undefined : this.styles.listStyles.get(styleId);
    const numId = direct ?? styled?.numId;
    if (numId !== undefined && numId !== "0") {
      const level = listLevelIndex(child(numPr, "w:ilvl")?.attributes["w:val"] ?? styled?.level);
      const label = this.numbering.next(numId, level);
      paragraph.list = {
        level,
        ordered: !isBulletLevel(this.styles, numId, level),
        ...(label === "" ? {} : { label }),
      };
    }
    this.inlines(element, paragraph.inlines);
    return paragraph;
  }

  private inlines(container: XmlElement, out: Inline[]): void {
    for (const element of childElements(container)) {
      switch (element.name) {
        case "w:r":
          readRunInlines(element, this.relationships, out);
          break;
        case "w:ins":
        case "w:moveTo":
        case "w:hyperlink":
        case "w:smartTag":
        case "w:customXml":
        case "w:fldSimple":
        case "w:dir":
        case "w:bdo":
          this.inlines(element, out);
          break;
        case "w:sdt":
          this.inlines(child(element, "w:sdtContent") ?? element, out);
          break;
        case "mc:AlternateContent":
          this.inlines(child(element, "mc:Choice") ?? element, out);
          break;
        default:
          // w:del, w:moveFrom, comments' ranges, bookmarks, proofing marks: nothing to read.
          break;
      }
    }
  }
}

/** A nested table read as one paragraph per row, cells separated by spaces. */
function flattenTable(table: Table): Paragraph[] {
  return table.rows.map((row) => ({
    kind: "paragraph",
    inlines: row.flatMap((cell, index) => [
      ...(index > 0 ? [{ kind: "text" as const, text: " ", bold: false, italic: false }] : []),
      ...cell.blocks.flatMap((block, at) => [
        ...(at > 0 ? [{ kind: "text" as const, text: " ", bold: false, italic: false }] : []),
        ...block.inlines,
      ]),
    ]),
  }));
}

function headingFromId(styleId: string): number | undefined {
  const match = /^(?:heading|overskrift)(\d)$/i.exec(styleId);
  if (match) return Number(match[1]);
  return /^(title|titel)$/i.test(styleId) ? 1 : undefined;
}
