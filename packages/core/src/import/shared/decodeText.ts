import { type Diagnostic, diagnostic } from "../../diagnostics/diagnostic";
import { type BinaryKind, sniffBinary, utf16Order } from "./sniffBinary";

// Core is typed without the DOM or Node; TextDecoder exists in both (with the WHATWG labels).
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

export const textEncodings = ["utf-8", "utf-16le", "utf-16be", "windows-1252"] as const;
export type TextEncoding = (typeof textEncodings)[number];

/** A file's bytes as text, or `null` with an error when the file is no text. */
export interface DecodedText {
  text: string | null;
  encoding: TextEncoding | null;
  /** The kind of binary file refused, when it was one. */
  binary: BinaryKind | null;
  /** Info naming the encoding chosen, or the error refusing a binary file. */
  diagnostics: Diagnostic[];
}

/**
 * Decodes a file's bytes the same way in Node and browsers: a byte order mark (UTF-8, UTF-16LE,
 * UTF-16BE) decides; without one, UTF-16 is told by its NUL bytes, valid UTF-8 is UTF-8, and
 * anything else is Windows-1252 (what Danish Excel and Word save as "text"). The byte order mark
 * is removed. A binary file (PNG, zip, .docx, PDF, …) is refused with `import.binary-file`.
 * Every result says which encoding was chosen (`import.text-encoding`, info).
 *
 * @example
 * decodeText(new Uint8Array([0x4d, 0xf8, 0x64, 0x65])); // { text: "Møde", encoding: "windows-1252", ... }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const binary = sniffBinary(bytes);
  if (binary !== null)
    return {
      text: null,
      encoding: null,
      binary,
      diagnostics: [diagnostic("error", "import.binary-file", [], { kind: binary })],
    };
  const decoded = (encoding: TextEncoding, bom: boolean, text: string): DecodedText => ({
    text,
    encoding,
    binary: null,
    diagnostics: [diagnostic("info", "import.text-encoding", [], { encoding, bom: bom ? "yes" : "no" })],
  });
  const utf16 = utf16Order(bytes);
  if (utf16 !== null) {
    const bom = bytes[0] === 0xff || bytes[0] === 0xfe;
    return decoded(utf16, bom, new TextDecoder(utf16).decode(bytes));
  }
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return decoded("utf-8", utf8Bom, new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    // Not UTF-8. After a UTF-8 byte order mark the file meant to be UTF-8: keep it so, marking
    // the broken bytes, rather than read the mark itself as "ï»¿".
    if (utf8Bom) return decoded("utf-8", true, new TextDecoder("utf-8").decode(bytes));
    return decoded("windows-1252", false, decodeWindows1252(bytes));
  }
}

/**
 * Windows-1252 by hand: Node 20's TextDecoder reads the label as ISO-8859-1 and turns the en dash,
 * curly quotes and euro sign (0x80-0x9F) into control characters; browsers do not. The table
 * gives the same text everywhere.
 */
// biome-ignore format: the table reads as the code page's row 8 and 9
const windows1252High = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? (windows1252High[byte - 0x80] as number) : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}
