import {
  type FoundSmiley,
  isYellowish,
  pictureSmiley,
  unicodeFacePattern,
  unicodeSmiley,
  wingdingsSmiley,
} from "./smiley";
import { child, childElements, descendant, textOf, type XmlElement } from "./xml";

/** A piece of a paragraph. */
export type Inline =
  | { kind: "text"; text: string; bold: boolean; italic: boolean }
  | { kind: "break" }
  | { kind: "smiley"; smiley: FoundSmiley }
  | { kind: "picture"; name: string };

export interface Paragraph {
  kind: "paragraph";
  inlines: Inline[];
  /** 1 to 6 for a heading. */
  heading?: number;
  list?: { level: number; ordered: boolean };
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
  const reader = new BodyReader(styles, relationships);
  return reader.blocks(body);
}

class BodyReader {
  constructor(
    private readonly styles: WordStyles,
    private readonly relationships: Map<string, string>,
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
      const level = Number(child(numPr, "w:ilvl")?.attributes["w:val"] ?? styled?.level ?? 0);
      paragraph.list = {
        level: Number.isFinite(level) ? Math.min(level, 8) : 0,
        ordered: !this.styles.bulletLists.has(numId),
      };
    }
    this.inlines(element, paragraph.inlines);
    return paragraph;
  }

  private inlines(container: XmlElement, out: Inline[]): void {
    for (const element of childElements(container)) {
      switch (element.name) {
        case "w:r":
          this.run(element, out);
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

  private run(run: XmlElement, out: Inline[]): void {
    const properties = child(run, "w:rPr");
    const bold = isOn(child(properties, "w:b"));
    const italic = isOn(child(properties, "w:i"));
    const fonts = child(properties, "w:rFonts");
    const fontNames = fonts ? Object.values(fonts.attributes).join(" ") : "";
    const inWingdings = /wingdings/i.test(fontNames);
    const colour = child(properties, "w:color")?.attributes["w:val"] ?? "";
    const coloured = (smiley: FoundSmiley): FoundSmiley =>
      smiley.status === "red" && isYellowish(colour)
        ? { status: "yellow", source: `${smiley.source}, farve ${colour}` }
        : smiley;
    let inField = false;
    for (const element of childElements(run)) {
      switch (element.name) {
        case "w:fldChar":
          // The instruction between "begin" and "separate" is a field code, not text.
          inField = element.attributes["w:fldCharType"] === "begin";
          break;
        case "w:t": {
          if (inField) break;
          const text = textOf(element);
          if (inWingdings) {
            for (const character of text) {
              const smiley = wingdingsSmiley(character.codePointAt(0) ?? 0);
              if (smiley) out.push({ kind: "smiley", smiley: coloured(smiley) });
            }
            break;
          }
          let last = 0;
          for (const match of text.matchAll(unicodeFacePattern)) {
            const smiley = unicodeSmiley(match[0]);
            if (smiley === null) continue;
            if ((match.index ?? 0) > last)
              out.push({ kind: "text", text: text.slice(last, match.index), bold, italic });
            out.push({ kind: "smiley", smiley: coloured(smiley) });
            last = (match.index ?? 0) + match[0].length;
          }
          if (last < text.length) out.push({ kind: "text", text: text.slice(last), bold, italic });
          break;
        }
        case "w:tab":
        case "w:ptab":
          out.push({ kind: "text", text: " ", bold: false, italic: false });
          break;
        case "w:br":
        case "w:cr":
          out.push({ kind: "break" });
          break;
        case "w:noBreakHyphen":
          out.push({ kind: "text", text: "-", bold, italic });
          break;
        case "w:sym": {
          const font = element.attributes["w:font"] ?? "";
          const code = Number.parseInt(element.attributes["w:char"] ?? "", 16);
          const smiley = /wingdings/i.test(font)
            ? wingdingsSmiley(code)
            : Number.isFinite(code)
              ? unicodeSmiley(String.fromCodePoint(code))
              : null;
          if (smiley) out.push({ kind: "smiley", smiley: coloured(smiley) });
          break;
        }
        case "w:drawing":
        case "w:pict":
        case "w:object":
          out.push(this.picture(element));
          break;
        case "mc:AlternateContent": {
          const choice = child(element, "mc:Choice");
          const drawing = choice
            ? (descendant(choice, "w:drawing") ?? descendant(choice, "w:pict"))
            : undefined;
          if (drawing) out.push(this.picture(drawing));
          break;
        }
        default:
          // w:delText, w:instrText, footnote and comment references: not body text.
          break;
      }
    }
  }

  /** A picture as a smiley when its alt text or file name says which, else by its name. */
  private picture(element: XmlElement): Inline {
    const docPr = descendant(element, "wp:docPr");
    const imageData = descendant(element, "v:imagedata");
    const shape = descendant(element, "v:shape");
    const embed = descendant(element, "a:blip")?.attributes["r:embed"] ?? imageData?.attributes["r:id"];
    const file = embed === undefined ? undefined : this.relationships.get(embed)?.split("/").pop();
    const texts = [
      docPr?.attributes.descr,
      docPr?.attributes.title,
      shape?.attributes.alt,
      imageData?.attributes["o:title"],
      docPr?.attributes.name,
      file,
    ].filter((text): text is string => text !== undefined && text.trim() !== "");
    const smiley = pictureSmiley(texts);
    if (smiley) return { kind: "smiley", smiley };
    return { kind: "picture", name: texts.join(", ") || "?" };
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

/** `<w:b/>` and `<w:b w:val="true"/>` are on; `w:val="0"`, `"false"` and `"off"` are off. */
function isOn(element: XmlElement | undefined): boolean {
  if (element === undefined) return false;
  const value = element.attributes["w:val"];
  return value === undefined || !/^(0|false|off)$/i.test(value);
}
