import { type Diagnostic, type DiagnosticCode, diagnostic } from "../../diagnostics/diagnostic";
import type { DiagnosticParams, DiagnosticParamsArgument } from "../../diagnostics/params";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { MilepaelDocument } from "../../model/document.schema";
import type { ImportDocumentOptions } from "../importDocument";
import { formatRefused, importLocatedLines, internalError, type LocatedLine } from "../importLocatedLines";
import { importMeetingsPages } from "../meetings/meetingsPaper";
import type { ImportResult } from "../shared/result";
import type { RemovedControls } from "./controlCounts";
import { withUnshownFields } from "./copyValues";
import { editedPages } from "./editedPages";
import { type CopyUnreadable, copyJson, decodeUtf8, mayHoldCopy, readEmbedded } from "./readCopy";
import { readStyles } from "./readStyles";
import { readTaggedFollowUp } from "./readTaggedPages";
import { readBody, readRelationships } from "./readWordXml";
import { hasEncryptedZipEntry, isEncryptedOle, sniffBytes } from "./sniff";
import { toSourceText } from "./toSourceText";
import { isTypedNote, notesOutsideTags, typedInParagraphs } from "./typedNotes";
import type { TypedInParagraph } from "./typedParagraphs";
import { parseXml, type XmlElement, XmlRefused } from "./xml";
import { readZip, type ZipLimits } from "./zip";

export type DocxImportOptions = ImportDocumentOptions & ZipLimits;

const parts = {
  document: "word/document.xml",
  styles: "word/styles.xml",
  numbering: "word/numbering.xml",
  relationships: "word/_rels/document.xml.rels",
} as const;

/**
 * Reads a Word document (.docx) into a milepael document: body paragraphs and tables in order,
 * smileys as Word stores them (Wingdings symbols, emoji, pictures with alt text) with their colour,
 * tracked changes accepted. The text is then read by the same importers as pasted text, and their
 * findings point at the table, row and cell (or paragraph) they came from. Never throws; a damaged,
 * encrypted or hostile file gets an error that says so.
 *
 * @example
 * const { document, diagnostics } = importDocx(new Uint8Array(await file.arrayBuffer()));
 * diagnostics[0]?.location; // { table: 3, row: 2, cell: 4 }
 */
export function importDocx(
  bytes: Uint8Array,
  options: DocxImportOptions = {},
): ImportResult<MilepaelDocument> {
  try {
    const read = docxSourceLines(bytes, options);
    if (!read.ok) return { document: null, diagnostics: [read.error] };
    // Refused once the file is known to be Word (an .xlsx given --format csv hears that it is one).
    const refused = formatRefused("docx", options.format);
    if (refused !== undefined) return { document: null, diagnostics: [refused] };
    // A milepael export's follow-up is read from the values its pages show in tagged controls
    // (edits in Word included); the copy it carries is only compared, and said to agree or not.
    // A copy that is there but cannot be read is said, not passed over: the pages are read instead.
    const unreadable =
      read.copyUnreadable === undefined
        ? []
        : [diagnostic("info", "import.docx-copy-unreadable", [], { reason: read.copyUnreadable })];
    // What reading a copy that is used found (rich text made safe, an older schema) is said with it.
    const copyUsed = () => [diagnostic("info", "import.docx-copy-used", []), ...(read.copyDiagnostics ?? [])];
    if (read.pages !== undefined && read.pages !== null) {
      const notes = [...notesOutsideTags(read, read.pages, options), ...typedInParagraphs(read)];
      if (read.copy === undefined) return { document: read.pages, diagnostics: [...unreadable, ...notes] };
      const copySaid = sameDocument(read.pages, read.copy)
        ? diagnostic("info", "import.docx-copy-used", [])
        : diagnostic("warning", "import.docx-copy-differs", []);
      return { document: read.pages, diagnostics: [copySaid, ...notes] };
    }
    // A Word table row never breaks into two: a row whose date cell is empty is an activity of its own.
    // milepael's own meetings paper (its export without the copy, or edited) is read by its layout.
    const result = importLocatedLines(read.lines, options, {
      wholeRows: true,
      readMeetings: importMeetingsPages,
    });
    // Tagged controls edited into no follow-up (a row's label retyped, a value's control removed by
    // Word with its text left on the page): the text reading is said, and where a control went.
    const removed = (read.controlsRemoved ?? []).map((where) =>
      diagnostic("info", "import.docx-controls-removed", [], { part: where.part, name: where.name }),
    );
    const tagsLost =
      read.pages !== null
        ? []
        : removed.length > 0
          ? removed
          : [diagnostic("info", "import.docx-tags-unreadable", [])];
    const fromPages = {
      document: result.document,
      diagnostics: [...unreadable, ...tagsLost, ...read.diagnostics, ...result.diagnostics],
    };
    // The copy milepael stored in the file is exact (line breaks in plain text, which a table cell
    // cannot hold apart from spaces), but what people read in Word is the pages: a follow-up's copy
    // is used only when its pages say the same, so a crafted copy cannot pass for the pages; that
    // holds also once an editor saved the file again (LibreOffice keeps the copy, not the tags). A
    // plan's or meetings' pages are a paper, not a table the importers read: their copy is used,
    // and said, only while the pages are as exported.
    const copy = read.embedded ?? (read.copy?.type === "budget-follow-up" ? read.copy : undefined);
    // A plan or meetings paper edited in Word: its pages, with what no page shows taken from the copy.
    if (copy === undefined) return read.copy === undefined ? fromPages : editedPages(fromPages, read.copy);
    if (copy.type !== "budget-follow-up") return { document: copy, diagnostics: copyUsed() };
    if (fromPages.document?.type === "budget-follow-up") {
      // The fields no page shows (a lifecycle, the history) are the copy's to add, not a difference.
      // Text typed outside the tags is in neither reading: what the pages' reading said of it is
      // said with the copy.
      if (sameReading(withUnshownFields(fromPages.document, copy), copy))
        return {
          document: copy,
          diagnostics: [
            ...copyUsed(),
            ...fromPages.diagnostics.filter((found) => isTypedNote(found, read.taggedParagraphs)),
            ...typedInParagraphs(read),
          ],
        };
    }
    return {
      document: fromPages.document,
      diagnostics: [diagnostic("warning", "import.docx-copy-differs", []), ...fromPages.diagnostics],
    };
  } catch (error) {
    return internalError(error);
  }
}

export type DocxLines =
  | {
      ok: true;
      lines: LocatedLine[];
      diagnostics: Diagnostic[];
      /** The document a milepael export carries, when its pages are unedited. */
      embedded?: MilepaelDocument;
      /** The document a milepael export carries, edited pages or not. */
      copy?: MilepaelDocument;
      /** What reading the copy found: rich text made safe, an older schema upgraded. */
      copyDiagnostics?: Diagnostic[];
      /** The file has a milepael copy that is no document milepael can read (damaged or edited). */
      copyUnreadable?: CopyUnreadable;
      /**
       * A follow-up read from the tagged values of a milepael export's pages; null when the file
       * has tags that make no valid follow-up (then read as text).
       */
      pages?: BudgetFollowUp | null;
      /** The parts of the pages whose value controls Word removed, leaving their text. */
      controlsRemoved?: RemovedControls[];
      /** The paragraphs outside tables that hold a tagged control (`TaggedReading.taggedParagraphs`). */
      taggedParagraphs?: ReadonlySet<number>;
      /** Text typed beside a control in a paragraph outside the tables (`TaggedReading.typedInParagraphs`). */
      typedInParagraphs?: readonly TypedInParagraph[];
    }
  | { ok: false; error: Diagnostic };

/**
 * A Word document as the located lines of text the importers read, or the error that stops it.
 *
 * @example
 * const read = docxSourceLines(bytes);
 * if (read.ok) read.lines[0]; // { text: "Dato: 4. maj 2017", location: { paragraph: 1 } }
 */
export function docxSourceLines(bytes: Uint8Array, limits: ZipLimits = {}): DocxLines {
  const refuse = <C extends DiagnosticCode>(code: C, ...params: DiagnosticParamsArgument<C>): DocxLines => ({
    ok: false,
    error: diagnostic("error", code, [], ...params),
  });
  const kind = sniffBytes(bytes);
  if (kind === "ole2") return refuse(isEncryptedOle(bytes) ? "import.encrypted" : "import.docx-old-word");
  if (kind !== "zip") return refuse("import.docx-damaged", { detail: "not a zip archive" });
  if (hasEncryptedZipEntry(bytes)) return refuse("import.encrypted");
  const wanted = new Set<string>(Object.values(parts));
  const zip = readZip(bytes, (name) => wanted.has(name) || mayHoldCopy(name), limits);
  if (!zip.ok) {
    const code =
      zip.reason === "zip-bomb"
        ? "import.zip-bomb"
        : zip.reason === "encrypted"
          ? "import.encrypted"
          : "import.docx-damaged";
    // readZip reports the params of its own reasons; their keys are those of the three codes.
    return refuse(code, zip.params as DiagnosticParams[typeof code]);
  }
  const documentBytes = zip.entries.get(parts.document);
  if (documentBytes === undefined) {
    if (zip.names.includes("EncryptedPackage")) return refuse("import.encrypted");
    const other = zip.names.some((name) => name.startsWith("xl/"))
      ? "xlsx"
      : zip.names.some((name) => name.startsWith("ppt/"))
        ? "pptx"
        : "zip";
    return refuse("import.docx-not-word", { kind: other });
  }
  let xml: {
    document: XmlElement;
    styles: XmlElement | undefined;
    numbering: XmlElement | undefined;
    relationships: XmlElement | undefined;
  };
  try {
    const parse = (name: string) => {
      const entry = zip.entries.get(name);
      return entry === undefined ? undefined : parseXml(decodeUtf8(entry));
    };
    xml = {
      document: parseXml(decodeUtf8(documentBytes)),
      styles: parse(parts.styles),
      numbering: parse(parts.numbering),
      relationships: parse(parts.relationships),
    };
  } catch (error) {
    if (error instanceof XmlRefused && error.reason === "dtd") return refuse("import.xml-dtd");
    return refuse("import.docx-damaged", { detail: error instanceof Error ? error.message : String(error) });
  }
  const styles = readStyles(xml.styles, xml.numbering);
  const blocks = readBody(xml.document, styles, readRelationships(xml.relationships));
  const { lines, diagnostics } = toSourceText(blocks);
  const copy = readEmbedded(copyJson(zip.entries), documentBytes);
  const tagged = readTaggedFollowUp(
    xml.document,
    styles,
    typeof copy === "string" ? undefined : copy?.entries,
  );
  return {
    ok: true,
    lines,
    diagnostics,
    ...(typeof copy === "string" ? { copyUnreadable: copy } : {}),
    ...(typeof copy !== "string" && copy?.unedited === true ? { embedded: copy.document } : {}),
    ...(typeof copy === "string" || copy === undefined
      ? {}
      : { copy: copy.document, copyDiagnostics: copy.diagnostics }),
    ...(tagged.followUp === undefined ? {} : { pages: tagged.followUp }),
    ...(tagged.removed.length === 0 ? {} : { controlsRemoved: tagged.removed }),
    ...(tagged.taggedParagraphs.size === 0 ? {} : { taggedParagraphs: tagged.taggedParagraphs }),
    ...(tagged.typedInParagraphs.length === 0 ? {} : { typedInParagraphs: tagged.typedInParagraphs }),
  };
}

/** Two documents equal in every field, whatever the order of their keys. */
function sameDocument(a: MilepaelDocument, b: MilepaelDocument): boolean {
  const sorted = (document: MilepaelDocument) =>
    JSON.stringify(document, (_key, value: unknown) =>
      value !== null && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : value,
    );
  return sorted(a) === sorted(b);
}

/**
 * Two documents equal in what the pages can show: white space runs collapsed, and without the
 * `statusGuessed` marks a text import leaves (the pages hold the colour itself, so nothing is
 * guessed when they are read).
 */
function sameReading(pages: MilepaelDocument, copy: MilepaelDocument): boolean {
  const collapsed = (document: MilepaelDocument) =>
    JSON.stringify(document, (key, value: unknown) => {
      if (key === "statusGuessed") return undefined;
      if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
      // Keys in one order: the pages and the copy may list an object's fields differently.
      if (value !== null && typeof value === "object" && !Array.isArray(value))
        return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      return value;
    });
  return collapsed(pages) === collapsed(copy);
}
