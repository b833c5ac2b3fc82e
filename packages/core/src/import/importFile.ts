import { diagnostic } from "../diagnostics/diagnostic";
import type { MilepaelDocument } from "../model/document.schema";
import type { ZipLimits } from "./docx/zip";
import {
  type ImportDocumentOptions,
  type ImportFormat,
  importDocument,
  typeOfFormat,
} from "./importDocument";
import { formatRefused } from "./importLocatedLines";
import type { PdfImportOptions } from "./pdf/importPdf";
import { decodeText } from "./shared/decodeText";
import type { ImportResult } from "./shared/result";

export type ImportFileOptions = ImportDocumentOptions &
  ZipLimits &
  PdfImportOptions & {
    /** Word and PDF files larger than this many bytes are refused. Default 64 MiB. */
    maxFileSize?: number;
  };

/** What `importFile` found a file to be. */
export type FileFormat = "docx" | "pdf" | "text";

/**
 * Reads a file as it is, from its bytes: a Word document (.docx: a zip with `word/document.xml`;
 * an old .doc or an encrypted file gets an error saying so), a PDF (`%PDF-`), or text (a follow-up,
 * plan, CSV or milepael JSON). The Word and PDF readers are loaded only when such a file comes, so
 * an app that only reads text does not pay for them. Never throws. Run it in a worker for big files;
 * `onProgress` reports pages read from a PDF.
 *
 * @example
 * const { document, diagnostics, format } = await importFile(new Uint8Array(await file.arrayBuffer()));
 */
export async function importFile(
  bytes: Uint8Array,
  options: ImportFileOptions = {},
): Promise<ImportResult<MilepaelDocument> & { format: FileFormat }> {
  const kind = sniff(bytes);
  const limit = options.maxFileSize ?? 64 * 1024 * 1024;
  if (kind !== "text" && bytes.length > limit) {
    const refused = diagnostic("error", "import.input-too-large", [], {
      size: bytes.length,
      limit,
      unit: "bytes",
    });
    return { document: null, diagnostics: [refused], format: kind === "pdf" ? "pdf" : "docx" };
  }
  if (kind === "zip" || kind === "ole2") {
    const { importDocx } = await import("./docx/importDocx");
    return { ...formatNotUsed(importDocx(bytes, options), options.format), format: "docx" };
  }
  if (kind === "pdf") {
    // Refused before pdf.js is loaded: a PDF's pages are never a CSV table or milepael JSON.
    const refused = formatRefused("pdf", options.format);
    if (refused !== undefined) return { document: null, diagnostics: [refused], format: "pdf" };
    const { importPdf } = await import("./pdf/importPdf");
    return { ...(await importPdf(bytes, options)), format: "pdf" };
  }
  // Text as the CLI and the demo read it: byte order marks, UTF-16, Windows-1252; other binary
  // files (pictures, spreadsheets) refused by kind.
  const decoded = decodeText(bytes);
  if (decoded.text === null) return { document: null, diagnostics: decoded.diagnostics, format: "text" };
  const imported = importDocument(decoded.text, options);
  return {
    document: imported.document,
    diagnostics: [...decoded.diagnostics, ...imported.diagnostics],
    format: "text",
  };
}

/**
 * A Word file milepael wrote is read as what it says it is (its copy, its tagged pages), whatever
 * format was given: the given format is then said not to be used, so that `--format plan` on a
 * follow-up is not passed over in silence. (A PDF has no such marks: its text is read as the
 * format given.)
 */
function formatNotUsed(
  result: ImportResult<MilepaelDocument>,
  format: ImportFormat | undefined,
): ImportResult<MilepaelDocument> {
  const asked = format === undefined ? undefined : typeOfFormat[format];
  const found = result.document?.type;
  if (asked === undefined || found === undefined || found === asked) return result;
  const notUsed = diagnostic("warning", "import.format-not-used", [], {
    format: format as string,
    found,
    readAs: "found",
  });
  return { document: result.document, diagnostics: [notUsed, ...result.diagnostics] };
}

/** The same test as the docx reader's `sniffBytes`, kept here so text files load nothing more. */
function sniff(bytes: Uint8Array): "zip" | "ole2" | "pdf" | "text" {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return "zip";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "ole2";
  for (let at = 0; at + 5 <= Math.min(bytes.length, 1024); at += 1)
    if (
      bytes[at] === 0x25 &&
      bytes[at + 1] === 0x50 &&
      bytes[at + 2] === 0x44 &&
      bytes[at + 3] === 0x46 &&
      bytes[at + 4] === 0x2d
    )
      return "pdf";
  return "text";
}
