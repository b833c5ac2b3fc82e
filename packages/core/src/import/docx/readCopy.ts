// milepael's own copy of a document in a Word file it exported (issue #21): a custom XML part, or
// the JSON part of an earlier export, read and validated like any other input.

import type { Diagnostic } from "../../diagnostics/diagnostic";
import { copyNamespace, fingerprintBytes, jsonPartName, textFingerprint } from "../../export/docx/embedded";
import type { CopyEntry } from "../../export/docx/tagWriter";
import { type MilepaelDocument, validateDocument } from "../../model/document.schema";
import { makeRichTextSafe } from "../../model/safeRichText";
import { parseXml, textOf } from "./xml";

/**
 * A custom XML part, where a milepael export keeps its own document (issue #21). Word and
 * LibreOffice may rename it when they save the file again, so each is read for milepael's element.
 */
const customXmlPart = /^customXml\/(?!itemProps)[^/]+\.xml$/;

/**
 * Whether a part of the package may hold milepael's copy: the zip reader reads only these and the pages.
 *
 * @example
 * mayHoldCopy("customXml/item2.xml"); // true: Word may have renumbered it
 */
export function mayHoldCopy(name: string): boolean {
  return name === jsonPartName || customXmlPart.test(name);
}

/** A milepael export's own copy of its document, as `readEmbedded` finds it. */
export interface EmbeddedCopy {
  document: MilepaelDocument;
  /** Whether the pages are as exported, or say the same text: an edited file is read from its pages. */
  unedited: boolean;
  /** What the pages' tags point at. */
  entries?: CopyEntry[];
  /** What reading it found: rich text made safe, an older schema upgraded. */
  diagnostics: Diagnostic[];
}

/** Why a milepael copy in a file cannot be read: damaged or edited into no document, or too new. */
export type CopyUnreadable = "damaged" | "newer";

/**
 * The JSON of the document a milepael export carries: the text of its custom XML part's element,
 * or the JSON part of an earlier export; `undefined` when the file has neither, "" when the part
 * is no XML (then said to be damaged).
 *
 * @example
 * copyJson(zip.entries); // '{"fingerprint":"67038ea3","document":{…},"entries":[…]}'
 */
export function copyJson(entries: ReadonlyMap<string, Uint8Array>): string | undefined {
  const json = entries.get(jsonPartName);
  if (json !== undefined) return decodeUtf8(json);
  for (const [name, part] of entries) {
    if (!customXmlPart.test(name)) continue;
    const text = decodeUtf8(part);
    try {
      const root = parseXml(text);
      if (root.name === "mp:copy") return textOf(root);
    } catch {
      // A part that is no XML is milepael's copy, damaged, only if it names milepael's element.
      if (text.includes(copyNamespace)) return "";
    }
  }
  return undefined;
}

/**
 * The document a milepael export carries, or why it cannot be read when the file has the part but
 * it is no document this milepael reads.
 *
 * @example
 * readEmbedded(copyJson(zip.entries), documentBytes); // { document, unedited: true, entries, diagnostics: [] }
 */
export function readEmbedded(
  json: string | undefined,
  pages: Uint8Array,
): EmbeddedCopy | CopyUnreadable | undefined {
  if (json === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== "object" || parsed === null) return "damaged";
    const { fingerprint, text, document, entries } = parsed as {
      fingerprint?: unknown;
      text?: unknown;
      document?: unknown;
      entries?: unknown;
    };
    const valid = validateDocument(document);
    if (valid.document === null)
      return valid.diagnostics.some((found) => found.code === "schema.unsupported-version")
        ? "newer"
        : "damaged";
    // The copy is JSON anyone can edit inside the zip: its rich text is made safe like a JSON file's.
    const madeSafe = makeRichTextSafe(valid.document);
    return {
      document: valid.document,
      // Unedited: the pages as exported, or saved again by an editor with the same text.
      unedited:
        fingerprint === fingerprintBytes(pages) ||
        (typeof text === "string" && text === textFingerprint(decodeUtf8(pages))),
      ...(Array.isArray(entries) ? { entries: entries as CopyEntry[] } : {}),
      diagnostics: [...valid.diagnostics, ...madeSafe],
    };
  } catch {
    return "damaged";
  }
}

/**
 * UTF-8 bytes as text, a byte order mark dropped.
 *
 * @example
 * decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x6a])); // "hj"
 */
export function decodeUtf8(bytes: Uint8Array): string {
  // Core has no DOM types; TextDecoder exists in every runtime core supports.
  const Decoder = (
    globalThis as unknown as { TextDecoder: new (label: string) => { decode(input: Uint8Array): string } }
  ).TextDecoder;
  return new Decoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}
