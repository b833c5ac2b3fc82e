import { type Diagnostic, diagnostic, type SourceLocation } from "../../diagnostics/diagnostic";
import { escapeHtml } from "../../richText/richText";
import { statusFaces } from "../../status/vocabulary";
import type { LocatedLine } from "../importLocatedLines";
import type { Inline } from "./readRunInlines";
import type { Block, Cell, Paragraph, Table } from "./readWordXml";

const statusWords = { green: "grøn", yellow: "gul", red: "rød" } as const;

/**
 * Writes a Word document's blocks as the text the text importers read, the shape of a Word table
 * copied out: a table row per line with its cells separated by tabs (rich text as HTML), other
 * paragraphs as lines with headings as `#` and list items as `- ` (a numbered one with the number
 * Word draws). A cell that holds only a smiley is written as its colour ("grøn", "gul", "rød"),
 * which the importers read without guessing: in Word the colour is known. Smileys and pictures are reported with their source.
 *
 * @example
 * const { lines } = toSourceText(readBody(xml, styles, relationships));
 * lines.map((line) => line.text).join("\n");
 */
export function toSourceText(blocks: readonly Block[]): { lines: LocatedLine[]; diagnostics: Diagnostic[] } {
  const lines: LocatedLine[] = [];
  const diagnostics: Diagnostic[] = [];
  const followUp = blocks.some(
    (block) =>
      block.kind === "table" &&
      block.rows.some((row) =>
        row.some((cell) => /Kort beskrivelse af indsatsen/i.test(cellPlainText(cell))),
      ),
  );
  let tableNumber = 0;
  let paragraphNumber = 0;
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      paragraphNumber += 1;
      const location = { paragraph: paragraphNumber };
      report(block.inlines, location, diagnostics);
      for (const text of paragraphLines(block)) lines.push({ text, location });
      continue;
    }
    tableNumber += 1;
    writeTable(block, tableNumber, !followUp, lines, diagnostics);
  }
  return { lines, diagnostics };
}

function writeTable(
  table: Table,
  tableNumber: number,
  padSpans: boolean,
  lines: LocatedLine[],
  diagnostics: Diagnostic[],
): void {
  // The content of a vertically merged cell, by grid column, for the rows it spans.
  const merged = new Map<number, string>();
  table.rows.forEach((row, rowIndex) => {
    const cells: string[] = [];
    let column = 0;
    row.forEach((cell, cellIndex) => {
      const location = { table: tableNumber, row: rowIndex + 1, cell: cellIndex + 1 };
      let text: string;
      if (cell.vMerge === "continue" && merged.has(column)) {
        text = merged.get(column) ?? "";
      } else {
        text = cellText(cell, location, diagnostics);
        if (cell.vMerge === "restart") merged.set(column, text);
        else merged.delete(column);
      }
      cells.push(text);
      // A cell spanning grid columns stands for that many cells where the columns are matched by
      // position (plans); a follow-up's rows are read cell by cell, as Word copies them.
      if (padSpans) for (let extra = 1; extra < cell.gridSpan; extra += 1) cells.push("");
      column += cell.gridSpan;
    });
    if (cells.every((cell) => cell === "")) return;
    lines.push({ text: cells.join("\t"), location: { table: tableNumber, row: rowIndex + 1 }, cells });
  });
}

function report(inlines: readonly Inline[], location: SourceLocation, diagnostics: Diagnostic[]): void {
  for (const inline of inlines) {
    if (inline.kind !== "smiley") continue;
    const found = diagnostic("info", "import.smiley-read", [], {
      status: inline.smiley.status,
      source: inline.smiley.source,
    });
    found.location = location;
    diagnostics.push(found);
  }
}

function cellText(cell: Cell, location: SourceLocation, diagnostics: Diagnostic[]): string {
  // A paragraph of only the number Word draws (a numbered column) holds that number.
  const paragraphs = cell.blocks.filter(
    (block) => block.list?.label !== undefined || block.inlines.some((inline) => !isBlank(inline)),
  );
  for (const paragraph of paragraphs) report(paragraph.inlines, location, diagnostics);
  const meaningful = paragraphs.flatMap((paragraph) =>
    paragraph.inlines.filter((inline) => !isBlank(inline)),
  );
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  if (only?.kind === "smiley") return statusWords[only.smiley.status];
  const worded = smileyWithWord(meaningful);
  if (worded !== null) return worded;
  if (only?.kind === "picture") {
    const found = diagnostic("warning", "import.docx-unknown-picture", [], { name: only.name });
    found.location = location;
    diagnostics.push(found);
    return "";
  }
  const html = cellHtml(paragraphs);
  return html.replace(/\t/g, " ");
}

/** The status words a smiley is written with so colour never stands alone ("☺ Grøn"), by status. */
const wordsBeside: Record<string, keyof typeof statusWords> = {
  grøn: "green",
  green: "green",
  gul: "yellow",
  yellow: "yellow",
  rød: "red",
  red: "red",
};

/**
 * A cell of a smiley and its status word ("☺ Grøn", as milepael's Word export writes it) as the
 * status word, when the two agree; the word tells yellow from red where the face cannot (☹).
 */
function smileyWithWord(inlines: readonly Inline[]): string | null {
  const [face, ...rest] = inlines;
  if (face?.kind !== "smiley" || rest.some((inline) => inline.kind !== "text")) return null;
  const word = rest
    .map((inline) => (inline.kind === "text" ? inline.text : ""))
    .join("")
    .trim()
    .toLowerCase();
  const status = wordsBeside[word];
  if (status === undefined) return null;
  const agrees = status === face.smiley.status || (face.smiley.source.startsWith("☹") && status !== "green");
  return agrees ? statusWords[status] : null;
}

function isBlank(inline: Inline): boolean {
  return (inline.kind === "text" && inline.text.trim() === "") || inline.kind === "break";
}

/** A paragraph's inlines after the number Word draws before it ("5.03. Udvikling …"), if any. */
function numberedInlines(paragraph: Paragraph): readonly Inline[] {
  const label = paragraph.list?.label;
  if (label === undefined) return paragraph.inlines;
  return [{ kind: "text", text: `${label} `, bold: false, italic: false }, ...paragraph.inlines];
}

/**
 * A cell as the rich text the importers read: plain text when it is one plain paragraph, or one
 * numbered by Word ("5.03. Udvikling …", a numbered first column), its number written before it.
 */
function cellHtml(paragraphs: readonly Paragraph[]): string {
  const first = paragraphs[0];
  if (
    paragraphs.length === 1 &&
    first !== undefined &&
    (first.list === undefined || first.list.label !== undefined)
  ) {
    const inlines = numberedInlines(first);
    const inline = inlineHtml(inlines);
    const plain = plainText(inlines);
    // Plain text stays as it is ("Børne- & Ungeudvalget"), as the text importers read a cell without
    // markup; text with markup, or with "<" that could be read as markup, becomes HTML.
    if (escapeHtml(plain) === inline && !plain.includes("<")) return plain.trim();
    return /[<>]/.test(plain) && escapeHtml(plain) === inline ? `<p>${inline.trim()}</p>` : inline.trim();
  }
  let html = "";
  let open: "ul" | "ol" | null = null;
  let items = 0;
  for (const paragraph of paragraphs) {
    const label = paragraph.list?.label;
    // An <ol> counts 1, 2, 3 itself ("1." or "1)"); another number Word draws ("a)", "5.03.") is written out.
    const count: number = open === "ol" ? items + 1 : 1;
    const drawn: boolean = label !== undefined && label !== `${count}.` && label !== `${count})`;
    const tag: "ul" | "ol" | null =
      paragraph.list === undefined || drawn ? null : paragraph.list.ordered ? "ol" : "ul";
    if (open !== null && tag !== open) {
      html += `</${open}>`;
      open = null;
    }
    if (tag === null) {
      html += `<p>${inlineHtml(drawn ? numberedInlines(paragraph) : paragraph.inlines).trim()}</p>`;
      continue;
    }
    if (open === null) {
      html += `<${tag}>`;
      open = tag;
      items = 0;
    }
    items += 1;
    html += `<li>${inlineHtml(paragraph.inlines).trim()}</li>`;
  }
  if (open !== null) html += `</${open}>`;
  return html;
}

function inlineHtml(inlines: readonly Inline[]): string {
  let html = "";
  for (const inline of mergeRuns(inlines)) {
    switch (inline.kind) {
      case "text": {
        let text = escapeHtml(inline.text);
        if (inline.italic && text.trim() !== "") text = `<em>${text}</em>`;
        if (inline.bold && text.trim() !== "") text = `<strong>${text}</strong>`;
        html += text;
        break;
      }
      case "break":
        html += "<br>";
        break;
      case "smiley":
        html += statusFaces[inline.smiley.status];
        break;
      case "picture":
        break;
      default:
        inline satisfies never;
    }
  }
  return html;
}

function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) =>
      inline.kind === "text"
        ? inline.text
        : inline.kind === "smiley"
          ? statusFaces[inline.smiley.status]
          : "",
    )
    .join("");
}

/** The text of a cell, for finding a follow-up's tables. */
function cellPlainText(cell: Cell): string {
  return cell.blocks.map((block) => plainText(block.inlines)).join(" ");
}

/** Neighbouring runs with the same formatting become one, so bold is not broken into pieces. */
function mergeRuns(inlines: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    if (
      inline.kind === "text" &&
      last?.kind === "text" &&
      last.bold === inline.bold &&
      last.italic === inline.italic
    ) {
      merged[merged.length - 1] = { ...last, text: last.text + inline.text };
    } else merged.push(inline);
  }
  return merged;
}

/**
 * A paragraph outside tables as lines: a heading as `#`, a list item as `- ` indented by its
 * level, a numbered one's number after it, bold as `**`, a line break as a new line.
 */
function paragraphLines(paragraph: Paragraph): string[] {
  const parts: string[] = [""];
  for (const inline of mergeRuns(paragraph.inlines)) {
    if (inline.kind === "break") {
      parts.push("");
      continue;
    }
    let text = "";
    if (inline.kind === "text") {
      const value = inline.text.replace(/\t/g, " ");
      text =
        inline.bold && paragraph.heading === undefined && value.trim() !== "" ? boldMarkdown(value) : value;
    } else if (inline.kind === "smiley") text = statusFaces[inline.smiley.status];
    parts[parts.length - 1] += text;
  }
  return parts.map((part, index) => {
    const text = part.trim();
    if (index > 0 || text === "") return text;
    // The number Word draws stands before the text, as it does in a copy: "# 1. Budget", "- a. Møde".
    const numbered = paragraph.list?.label === undefined ? text : `${paragraph.list.label} ${text}`;
    if (paragraph.heading !== undefined) return `${"#".repeat(paragraph.heading)} ${numbered}`;
    if (paragraph.list !== undefined) return `${"  ".repeat(paragraph.list.level)}- ${numbered}`;
    return text;
  });
}

/** `**bold**` around the words, with the spaces around them kept outside. */
function boldMarkdown(text: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
  return `${match?.[1] ?? ""}**${match?.[2] ?? text}**${match?.[3] ?? ""}`;
}
