import type * as z from "zod";
import { parseDanishDate } from "../../date/parseDanishDate";
import { normalizeDateText } from "../../date/tokenize";
import {
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticLevel,
  diagnostic,
} from "../../diagnostics/diagnostic";
import { defaultMaxInputLength, maxRichTextCellLength } from "../../limits";
import type { DocumentMetadata } from "../../model/metadata.schema";
import {
  maxRichTextDepth,
  richTextToPlainText,
  type SanitizedRichText,
  sanitizeRichText,
} from "../../richText/richText";

/** What every importer returns: the document it understood (or `null`) and what it found. */
export interface ImportResult<T> {
  document: T | null;
  diagnostics: Diagnostic[];
}

/** Options every importer takes. */
export interface CommonImportOptions {
  /** The year of dates written without one; otherwise read from the document. */
  year?: number;
  /** Inputs longer than this many characters are refused. Default 32 Mi characters. */
  maxInputLength?: number;
}

/** One line of the source with its 1-based number. */
export interface SourceLine {
  number: number;
  text: string;
}

/**
 * Splits text into numbered lines, whatever the line endings, without a byte order mark.
 *
 * @example
 * sourceLines("a\r\nb").map((line) => line.number); // [1, 2]
 */
export function sourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ number: index + 1, text: line }));
}

/** What `normalizeInput` changed, by kind. */
export interface NormalizedCounts {
  nbsp: number;
  softHyphen: number;
  zeroWidth: number;
  /** Lines whose columns, separated by runs of spaces, were recovered as tabs. */
  recoveredLines: number;
}

/**
 * Text as importers read it: non-breaking (and other fixed-width) spaces become plain spaces,
 * soft hyphens and zero-width characters (U+200B-U+200D, U+2060, U+FEFF) go, so that a "Mile­pæl"
 * or a "Kort beskrivelse af indsatsen" from Word is still recognised. With `recoverColumns`, a
 * text without a single tab whose rows have columns separated by runs of two or more spaces (tabs
 * turned into spaces by an editor or a mail) gets its tabs back. Line breaks are never touched,
 * so line numbers stay those of the file.
 *
 * @example
 * normalizeInput("Mile\u00ADpæl\u00A0x").text; // "Milepæl x"
 */
export function normalizeInput(
  text: string,
  options: { recoverColumns?: boolean } = {},
): { text: string; counts: NormalizedCounts } {
  const counts: NormalizedCounts = { nbsp: 0, softHyphen: 0, zeroWidth: 0, recoveredLines: 0 };
  let normalized = text.replace(/[\u00A0\u2007\u202F]|\u00AD|[\u200B-\u200D\u2060\uFEFF]/g, (char) => {
    if (char === "\u00AD") {
      counts.softHyphen += 1;
      return "";
    }
    if (/[\u00A0\u2007\u202F]/.test(char)) {
      counts.nbsp += 1;
      return " ";
    }
    // A byte order mark at the very start is no content; it is not counted.
    counts.zeroWidth += 1;
    return "";
  });
  if (text.startsWith("\uFEFF")) counts.zeroWidth -= 1;
  if (options.recoverColumns && !normalized.includes("\t")) {
    const lines = normalized.split(/(\r\n|\r|\n)/);
    const spaced = /(\S) {2,}(?=\S)/;
    const rows = lines.filter((line) => spaced.test(line) && !/^\s*\|.*\|\s*$/.test(line)).length;
    // A few double spaces after a full stop are prose; a table has several such rows.
    if (rows >= 2) {
      normalized = lines
        .map((line) => {
          if (!spaced.test(line) || /^\s*\|.*\|\s*$/.test(line)) return line;
          counts.recoveredLines += 1;
          // A row continued after a page break starts with an empty cell: its indent is one.
          return line.replace(/(\S) {2,}(?=\S)/g, "$1\t").replace(/^ {2,}(?=\S)/, "\t");
        })
        .join("");
    }
  }
  return { text: normalized, counts };
}

/**
 * `normalizeInput` for an importer: the text to read, with what was changed reported as info
 * (`import.text-normalized`, `import.columns-recovered`).
 *
 * @example
 * const source = readableText(text, collector, { recoverColumns: true });
 */
export function readableText(
  text: string,
  collector: DiagnosticCollector,
  options: { recoverColumns?: boolean } = {},
): string {
  const { text: normalized, counts } = normalizeInput(text, options);
  if (counts.nbsp + counts.softHyphen + counts.zeroWidth > 0)
    collector.add("info", "import.text-normalized", undefined, {
      nbsp: counts.nbsp,
      softHyphen: counts.softHyphen,
      zeroWidth: counts.zeroWidth,
    });
  if (counts.recoveredLines > 0)
    collector.add("info", "import.columns-recovered", undefined, { count: counts.recoveredLines });
  return normalized;
}

/**
 * A record's own entry: `undefined` for names the record merely inherits, so that a column
 * called "constructor" or "__proto__" is unknown, not a function.
 *
 * @example
 * ownValue({ dato: "date" }, "constructor"); // undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Reports exact copies of a row (every cell the same): a table pasted twice, or 8,000 times.
 * Each copied row is reported once, at its first copy, with the number of copies. The copies are
 * still read, since the document says so; the warning lets the author delete them.
 *
 * @example
 * reportDuplicateRows(rows, collector); // a warning on the line of each row's first copy
 */
export function reportDuplicateRows(
  rows: readonly { cells: string[]; line: number }[],
  collector: DiagnosticCollector,
): void {
  const seen = new Map<string, { first: number; copyLine: number; count: number }>();
  for (const row of rows) {
    if (row.cells.every((cell) => cell.trim() === "")) continue;
    const key = row.cells.join("\u0000");
    const found = seen.get(key);
    if (found === undefined) seen.set(key, { first: row.line, copyLine: 0, count: 0 });
    else {
      if (found.count === 0) found.copyLine = row.line;
      found.count += 1;
    }
  }
  for (const { first, copyLine, count } of seen.values())
    if (count > 0) collector.add("warning", "import.duplicate-rows", copyLine, { first, count });
}

/** Collects diagnostics with their source line. */
export class DiagnosticCollector {
  readonly items: Diagnostic[] = [];

  add(
    level: DiagnosticLevel,
    code: DiagnosticCode,
    line: number | undefined,
    params: Record<string, string | number> = {},
    raw?: string,
  ) {
    const found = diagnostic(level, code, [], params);
    if (line !== undefined) found.line = line;
    if (raw !== undefined) found.raw = raw;
    this.items.push(found);
  }
}

/**
 * Refuses input that no importer should try: empty, or larger than the limit (a 50 MB paste must
 * not freeze a browser tab). Returns the diagnostic, or `null` when the input may be read.
 *
 * @example
 * checkInputSize("", {}); // { level: "error", code: "import.empty-input", ... }
 */
export function checkInputSize(text: unknown, options: CommonImportOptions): Diagnostic | null {
  if (typeof text !== "string" || text.trim() === "") return diagnostic("error", "import.empty-input", []);
  const limit = options.maxInputLength ?? defaultMaxInputLength;
  if (text.length > limit)
    return diagnostic("error", "import.input-too-large", [], { size: text.length, limit });
  return null;
}

/**
 * Runs an importer's body so that nothing escapes as an exception: an unexpected error becomes a
 * diagnostic, and what was read before it is kept.
 *
 * @example
 * return guardImport(collector, () => build(), () => partial);
 */
export function guardImport<T>(
  collector: DiagnosticCollector,
  run: () => T | null,
  partial: () => T | null,
): ImportResult<T> {
  try {
    return { document: run(), diagnostics: collector.items };
  } catch (error) {
    collector.add("error", "import.internal-error", undefined, {
      detail: error instanceof Error ? error.message : String(error),
    });
    let document: T | null = null;
    try {
      document = partial();
    } catch {
      document = null;
    }
    return { document, diagnostics: collector.items };
  }
}

/**
 * The importer's own safety net: what it built must satisfy the schema. A failure is milepael's
 * bug, not the author's, and is reported as `import.internal-error` with the schema's message.
 *
 * @example
 * reportIfInvalid(planDocumentSchema, document, collector);
 */
export function reportIfInvalid(schema: z.ZodType, document: unknown, collector: DiagnosticCollector): void {
  const checked = schema.safeParse(document);
  if (!checked.success) {
    collector.add("error", "import.internal-error", undefined, {
      detail: checked.error.issues[0]?.message ?? "schema",
    });
  }
}

/**
 * A label or cell with its HTML wrapper and white space removed.
 *
 * @example
 * cellText("<p>Milepæl</p> "); // "Milepæl"
 */
export function cellText(cell: string | undefined): string {
  return richTextToPlainText(cell ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Page-break debris: blank lines and rows of dashes, pipes and tabs.
 *
 * @example
 * isDebris("---------\t--\t--\t--"); // true
 */
export function isDebris(line: string): boolean {
  return /^[\s\-|–—_=]*$/.test(line);
}

/**
 * Sanitises a cell into rich text and reports removed content.
 *
 * @example
 * richCell("<p>a</p><script>x</script>", 4, collector); // "a", and a warning on line 4
 */
export function richCell(cell: string, line: number, collector: DiagnosticCollector): string {
  const { html, removed } = sanitizeCell(cell, line, collector);
  if (removed.length > 0)
    collector.add("warning", "import.html-removed", line, { elements: removed.join(", ") }, cell);
  return html;
}

/**
 * Sanitises a cell within the limits that keep reading safe, and reports what they changed: a
 * cell longer than `maxRichTextCellLength` is kept as plain text, and markup nested deeper than
 * `maxRichTextDepth` is kept as its text.
 *
 * @example
 * sanitizeCell("<b>".repeat(100) + "dybt", 4, collector).html; // "<strong>…dybt…</strong>", and a warning on line 4
 */
export function sanitizeCell(cell: string, line: number, collector: DiagnosticCollector): SanitizedRichText {
  const result = sanitizeRichText(cell, { maxLength: maxRichTextCellLength });
  if (result.tooLong)
    collector.add("warning", "import.cell-too-long", line, {
      length: cell.length,
      limit: maxRichTextCellLength,
    });
  if (result.tooDeep) collector.add("warning", "import.markup-too-deep", line, { depth: maxRichTextDepth });
  return result;
}

const headerFields: Record<string, keyof DocumentMetadata | "dateText"> = {
  dato: "dateText",
  "tlf. dir.": "phone",
  "tlf.": "phone",
  tlf: "phone",
  telefon: "phone",
  "e-mail": "email",
  email: "email",
  mail: "email",
  kontakt: "contactPerson",
  kontaktperson: "contactPerson",
  sagsid: "caseId",
  "sags-id": "caseId",
  sagsnr: "caseId",
  "sagsnr.": "caseId",
  afsender: "organisation",
  organisation: "organisation",
  kommune: "organisation",
};

export interface DocumentHeader {
  metadata: Omit<DocumentMetadata, "title"> & { title?: string };
  /** Lines the header used, so that body readers skip them. */
  used: Set<number>;
  /** Index into the lines of the first line after the title. */
  bodyStart: number;
}

/**
 * Reads the header every municipal document carries ("Dato:", "Kontakt:", "Sagsid:" ...) and
 * the title: the first line of text that is neither a header field nor a table row.
 *
 * @example
 * readHeader(sourceLines("Dato: 4. maj 2017\n\n# Implementeringsplan")).metadata.title; // "Implementeringsplan"
 */
export function readHeader(
  lines: readonly SourceLine[],
  titleBefore?: (line: SourceLine) => boolean,
): DocumentHeader {
  const metadata: DocumentHeader["metadata"] = {};
  const used = new Set<number>();
  let bodyStart = 0;
  for (const [index, line] of lines.entries()) {
    const text = line.text.trim();
    if (text === "") continue;
    const field = /^([A-Za-zÆØÅæøå.\- ]{2,20}):\s*(.*)$/.exec(text);
    const key = field ? ownValue(headerFields, (field[1] ?? "").trim().toLowerCase()) : undefined;
    if (field && key !== undefined && !line.text.includes("\t")) {
      const value = (field[2] ?? "").trim();
      if (key === "dateText") {
        const parsed = parseDanishDate(value);
        if (parsed.ok && parsed.kind === "day" && parsed.start !== null) metadata.date = parsed.start;
      } else if (value !== "") {
        (metadata as Record<string, string>)[key] = value;
      }
      used.add(line.number);
      continue;
    }
    if (titleBefore?.(line) || line.text.includes("\t") || /^[-*•]\s/.test(text)) {
      bodyStart = index;
      break;
    }
    const heading = text.replace(/^#+\s*/, "").replace(/^\*\*(.*)\*\*$/, "$1");
    // A title is plain text: when markup removal leaves nothing, the line as written is the title.
    const title = cellText(heading) || heading.trim();
    if (title !== "") metadata.title = title;
    used.add(line.number);
    bodyStart = index + 1;
    break;
  }
  return { metadata, used, bodyStart };
}

/**
 * The year of dates written without one: given, else the year the text names ("aktiviteter i
 * 2017", "budget 2017"), else the document's own date. Reported as info so a reader can check.
 *
 * @example
 * inferYear("Plan for kommunikationsaktiviteter i 2017", "2016-12-21", undefined, collector); // 2017
 */
export function inferYear(
  text: string,
  documentDate: string | undefined,
  given: number | undefined,
  collector: DiagnosticCollector,
): number | undefined {
  if (given !== undefined) return given;
  const counts = new Map<number, number>();
  for (const match of normalizeDateText(text).matchAll(/\b(?:i|budget(?:året)?|for) (\d{4})\b/g)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const named = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (named !== undefined) {
    collector.add("info", "import.year-inferred", undefined, {
      year: named,
      source: `"i ${named}" / "budget ${named}"`,
    });
    return named;
  }
  if (documentDate !== undefined) {
    const year = Number(documentDate.slice(0, 4));
    collector.add("info", "import.year-inferred", undefined, { year, source: documentDate });
    return year;
  }
  return undefined;
}

/**
 * A slug for ids: lower case, Danish letters spelt out, dashes between words.
 *
 * @example
 * slugify("Fælles lokaler på Linde Allé"); // "faelles-lokaler-paa-linde-alle"
 */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/æ/g, "ae")
      .replace(/ø/g, "oe")
      .replace(/å/g, "aa")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "x"
  );
}

/**
 * Hands out ids that are unique in a document: "5.03", then "5.03-2", "5.03-3" where a number
 * repeats. Each wanted id remembers its next suffix, so 10,000 repeats take linear time.
 *
 * @example
 * const ids = new IdAllocator();
 * [ids.take("1"), ids.take("1"), ids.take("1")]; // ["1", "1-2", "1-3"]
 */
export class IdAllocator {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  take(wanted: string): string {
    let id = wanted;
    let suffix = this.nextSuffix.get(wanted) ?? 2;
    while (this.taken.has(id)) {
      id = `${wanted}-${suffix}`;
      suffix += 1;
    }
    this.nextSuffix.set(wanted, suffix);
    this.taken.add(id);
    return id;
  }
}
