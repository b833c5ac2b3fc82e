import {
  parseRichText,
  type RichNode,
  richTextToPlainText,
  sanitizeRichText,
  serializeRichNodes,
} from "../../richText/richText";
import { plainCellText, plainToHtml } from "../shared/plainCell";

const statusLabel = /(^|\s)Status:\s*/;

/**
 * A cell continued over several lines: the pieces joined by a space, each trimmed (the same text,
 * once white space is collapsed, as joining and trimming line by line). One piece stays as written.
 *
 * @example
 * joinLines(["Indsatsen handler ", " om skoler"]); // "Indsatsen handler om skoler"
 */
export function joinLines(pieces: string[]): string {
  if (pieces.length === 1) return pieces[0] ?? "";
  return pieces
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "")
    .join(" ");
}

/**
 * The cells of a row continued over several lines (after a page break): each cell's pieces, from
 * every line that reaches its column, joined by `joinLines`. A line too short for a cell adds
 * nothing to it: a PDF's row whose right cell ended on the page before goes on with its left cell
 * alone, and a cell that goes on after such a line keeps what it held before it. Pieces are joined
 * once, in time linear in the cells: joining and trimming the text so far at every line took
 * quadratic time over a long description.
 *
 * @example
 * joinRows([["a", "b"], ["c"], ["d", "e"]]); // ["a c d", "b e"]
 */
export function joinRows(rows: readonly string[][]): string[] {
  const last = rows[rows.length - 1] ?? [];
  if (rows.length === 1) return last;
  // One pass over the cells, each put with its column's pieces: going column by column over
  // every line took columns × lines.
  const pieces: string[][] = [];
  for (const row of rows)
    for (const [column, cell] of row.entries()) {
      const found = pieces[column];
      if (found === undefined) pieces[column] = [cell];
      else found.push(cell);
    }
  return pieces.map((column) => joinLines(column));
}

/**
 * The canonical HTML of each top-level block of a cell: paragraphs, lists, loose text. A cell of
 * plain text, or one paragraph of it, is one block (none when empty) without a parse. `plainSpace`:
 * the cell is a piece of a text `hasPlainSpace` passed.
 *
 * @example
 * topLevelBlocks("<p>a</p><ul><li>b</li></ul>"); // ["a", "<ul><li>b</li></ul>"]
 */
export function topLevelBlocks(cell: string, onTooDeep?: () => void, plainSpace = false): string[] {
  const plain = plainCellText(cell, plainSpace);
  if (plain !== undefined) return plain === "" ? [] : [plainToHtml(plain)];
  return parsedBlocks(cell, onTooDeep);
}

/**
 * `topLevelBlocks` always through the HTML parse: the general path the fast one must agree with.
 *
 * @example
 * parsedBlocks("<p>a</p>"); // ["a"]
 */
export function parsedBlocks(cell: string, onTooDeep?: () => void): string[] {
  const { nodes, tooDeep } = parseRichText(cell);
  if (tooDeep) onTooDeep?.();
  const blocks: RichNode[][] = [];
  let inline: RichNode[] = [];
  const flush = () => {
    if (inline.length > 0) blocks.push(inline);
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === "element" && node.tag === "p") {
      flush();
      blocks.push(node.children);
    } else if (node.type === "element" && (node.tag === "ul" || node.tag === "ol")) {
      flush();
      blocks.push([node]);
    } else {
      inline.push(node);
    }
  }
  flush();
  return blocks
    .map((block) => sanitizeRichText(serializeRichNodes(block)).html)
    .filter((html) => html !== "");
}

/**
 * One block stays as it is; several become paragraphs (lists stay lists).
 *
 * @example
 * joinBlocks(["a", "<ul><li>b</li></ul>"]); // "<p>a</p><ul><li>b</li></ul>"
 */
export function joinBlocks(blocks: string[]): string {
  if (blocks.length <= 1) return blocks[0] ?? "";
  return blocks
    .map((block) => (block.startsWith("<ul>") || block.startsWith("<ol>") ? block : `<p>${block}</p>`))
    .join("");
}

/**
 * The paragraphs of a cell as lines of plain text; a plain cell is its one line, without a parse.
 *
 * @example
 * plainParagraphs("<p>a</p><p>b  c</p>"); // ["a", "b c"]
 */
export function plainParagraphs(cell: string, onTooDeep?: () => void): string[] {
  const plain = plainCellText(cell);
  if (plain !== undefined) return plain === "" ? [] : [plain];
  return parsedBlocks(cell, onTooDeep).map((block) =>
    richTextToPlainText(block)
      .replace(/[ \t]+/g, " ")
      .trim(),
  );
}

/**
 * "Status: …" at the end of a milestone or economy text is a note of its own. Paragraphs become
 * lines of plain text. `plainSpace`: the cell is a piece of a text `hasPlainSpace` passed.
 *
 * @example
 * splitStatusNote("Skolen er bygget. Status: forsinket"); // { text: "Skolen er bygget.", statusNote: "forsinket" }
 */
export function splitStatusNote(
  cell: string,
  onTooDeep?: () => void,
  plainSpace = false,
): { text: string; statusNote?: string } {
  // Most cells are one plain paragraph: no list of paragraphs for them, with a note or without.
  const plain = plainCellText(cell, plainSpace);
  if (plain !== undefined) {
    const status = plain.indexOf("Status:") === -1 ? null : statusLabel.exec(plain);
    if (status === null) return { text: plain };
    const note = plain.slice(status.index + status[0].length).trim();
    const text = plain.slice(0, status.index).trim();
    return note === "" ? { text } : { text, statusNote: note };
  }
  const paragraphs = plainParagraphs(cell, onTooDeep);
  const text: string[] = [];
  const note: string[] = [];
  let inNote = false;
  for (const paragraph of paragraphs) {
    if (inNote) {
      note.push(paragraph);
      continue;
    }
    const status = statusLabel.exec(paragraph);
    if (status === null) {
      text.push(paragraph);
      continue;
    }
    const before = paragraph.slice(0, status.index).trim();
    if (before !== "") text.push(before);
    note.push(paragraph.slice(status.index + status[0].length).trim());
    inNote = true;
  }
  const noteText = note.filter((part) => part !== "").join("\n");
  return { text: text.join("\n"), ...(noteText === "" ? {} : { statusNote: noteText }) };
}
