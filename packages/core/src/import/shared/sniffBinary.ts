/** Kinds of binary file that people drop on an importer by mistake, told by their first bytes. */
export const binaryKinds = [
  "png",
  "jpeg",
  "gif",
  "pdf",
  "docx",
  "xlsx",
  "pptx",
  "zip",
  "ole2",
  "binary",
] as const;
export type BinaryKind = (typeof binaryKinds)[number];

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((byte, index) => bytes[at + index] === byte);

/** Whether the ASCII text occurs in the bytes (file names in a zip's local headers are plain). */
function containsAscii(bytes: Uint8Array, text: string, limit: number): boolean {
  const codes = [...text].map((char) => char.charCodeAt(0));
  const end = Math.min(bytes.length, limit) - codes.length;
  for (let index = 0; index <= end; index += 1) if (startsWith(bytes, codes, index)) return true;
  return false;
}

/**
 * Tells a binary file from text by its magic number: PNG, JPEG, GIF, PDF, a zip (named docx,
 * xlsx or pptx when it holds Word's, Excel's or PowerPoint's folders), an old Office file (OLE2:
 * .doc, .xls), or any file with NUL bytes that is not UTF-16 text. `null` for text. Callers that
 * read some of these kinds themselves (a .docx or PDF importer) check for them first.
 *
 * @example
 * sniffBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])); // "png"
 */
export function sniffBinary(bytes: Uint8Array): BinaryKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "gif";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole2";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const limit = 1024 * 1024;
    if (containsAscii(bytes, "word/", limit)) return "docx";
    if (containsAscii(bytes, "xl/", limit)) return "xlsx";
    if (containsAscii(bytes, "ppt/", limit)) return "pptx";
    return "zip";
  }
  if (utf16Order(bytes) !== null) return null;
  const end = Math.min(bytes.length, 64 * 1024);
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0) return "binary";
  return null;
}

/**
 * The byte order of UTF-16 text, from its byte order mark or, without one, from where the NUL
 * bytes of its ASCII characters fall (every other byte). `null` when it is not UTF-16.
 *
 * @example
 * utf16Order(new Uint8Array([0xff, 0xfe, 0x41, 0x00])); // "utf-16le"
 */
export function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  const end = Math.min(bytes.length, 64 * 1024) & ~1;
  if (end < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < end; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = end / 2;
  // Danish text is mostly ASCII: in UTF-16 most characters have one NUL byte, nearly always on
  // one side (the other only for the rare characters U+xx00).
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.02) return "utf-16le";
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.02) return "utf-16be";
  return null;
}
