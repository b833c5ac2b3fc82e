import type { PdfTextItem } from "./layout";

/** A picture drawn on a page: where, how big, and its alt text when the PDF is tagged. */
export interface PdfPicture {
  x: number;
  y: number;
  width: number;
  height: number;
  alt?: string;
}

/** The replacement character stands for a picture among the text items. */
export const pictureMark = "\uFFFC";

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** The operators pictures.ts follows, by name; pdf.js numbers them in `OPS`. */
export type PdfOps = Record<
  | "save"
  | "restore"
  | "transform"
  | "beginMarkedContentProps"
  | "beginMarkedContent"
  | "endMarkedContent"
  | "paintImageXObject"
  | "paintInlineImageXObject"
  | "paintImageMaskXObject",
  number
>;

interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/**
 * The pictures a page draws, from its operator list (the current transformation at each image),
 * with the alt text a tagged PDF gives the figure (Word's "Save as PDF" tags by default).
 *
 * @example
 * pagePictures(await page.getOperatorList(), pdfjs.OPS, await page.getStructTree());
 */
export function pagePictures(
  operators: { fnArray: number[]; argsArray: unknown[] },
  ops: PdfOps,
  structTree: unknown,
): PdfPicture[] {
  const altById = new Map<string, string>();
  const walk = (node: StructNode, alt: string | undefined) => {
    const own = node.role === "Figure" && node.alt ? node.alt : alt;
    if (node.type === "content" && node.id !== undefined && own !== undefined) altById.set(node.id, own);
    for (const child of node.children ?? []) walk(child, own);
  };
  if (structTree !== null && typeof structTree === "object") walk(structTree as StructNode, undefined);
  const altFor = (mcid: number | undefined) => {
    if (mcid === undefined) return undefined;
    for (const [id, alt] of altById) if (id.endsWith(`_mc${mcid}`)) return alt;
    return undefined;
  };

  const pictures: PdfPicture[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  const marked: (number | undefined)[] = [];
  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index];
    switch (fn) {
      case ops.save:
        saved.push(matrix);
        break;
      case ops.restore:
        matrix = saved.pop() ?? matrix;
        break;
      case ops.transform:
        if (Array.isArray(args) && args.length === 6) matrix = multiply(matrix, args as Matrix);
        break;
      case ops.beginMarkedContentProps: {
        const props = Array.isArray(args) ? (args[1] as unknown) : undefined;
        const mcid =
          typeof props === "number"
            ? props
            : props !== null && typeof props === "object" && "mcid" in props
              ? Number((props as { mcid: unknown }).mcid)
              : undefined;
        marked.push(mcid);
        break;
      }
      case ops.beginMarkedContent:
        marked.push(undefined);
        break;
      case ops.endMarkedContent:
        marked.pop();
        break;
      case ops.paintImageXObject:
      case ops.paintInlineImageXObject:
      case ops.paintImageMaskXObject: {
        const [a, b, c, d, x, y] = matrix;
        const width = Math.hypot(a, b);
        const height = Math.hypot(c, d);
        // Backgrounds and logos are large; a smiley is a few lines high at most.
        if (width > 0 && height > 0 && width < 60 && height < 60) {
          const alt = altFor([...marked].reverse().find((mcid) => mcid !== undefined));
          pictures.push({ x, y, width, height, ...(alt === undefined ? {} : { alt }) });
        }
        break;
      }
      default:
        break;
    }
  });
  return pictures;
}

/**
 * Text items with each picture put among them where a table drawn cell by cell would have it:
 * after the last item to its left on its row.
 *
 * @example
 * withPictures(items, pagePictures(operators, OPS, tree));
 */
export function withPictures(items: readonly PdfTextItem[], pictures: readonly PdfPicture[]): PdfTextItem[] {
  const result = [...items];
  for (const picture of pictures) {
    const item: PdfTextItem = {
      text: pictureMark,
      x: picture.x,
      y: picture.y,
      width: picture.width,
      size: Math.min(picture.height, 12),
      ...(picture.alt === undefined ? {} : { alt: picture.alt }),
    };
    let at = -1;
    result.forEach((candidate, index) => {
      const sameRow = candidate.y <= picture.y + picture.height + 2 && candidate.y >= picture.y - 4;
      if (sameRow && candidate.x < picture.x && candidate.text.trim() !== "") at = index;
    });
    // The rest of that cell (its lines below, in the same column) comes before the picture.
    const anchor = result[at];
    while (anchor !== undefined && at + 1 < result.length) {
      const next = result[at + 1] as PdfTextItem;
      if (Math.abs(next.x - anchor.x) > 2.5 || next.y >= anchor.y || next.text === pictureMark) break;
      at += 1;
    }
    result.splice(at + 1, 0, item);
  }
  return result;
}
