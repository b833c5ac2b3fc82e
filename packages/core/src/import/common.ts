import type * as z from "zod";
import { parseDanishDate } from "../date/parseDanishDate";
import { normalizeDateText } from "../date/tokenize";
import {
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticLevel,
  diagnostic,
} from "../diagnostics/diagnostic";
import type { DocumentMetadata } from "../model/metadata.schema";
import {
  maxRichTextDepth,
  richTextToPlainText,
  type SanitizedRichText,
  sanitizeRichText,
} from "../richText/richText";
import { defaultMaxInputLength, maxRichTextCellLength } from "./limits";

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
    const key = field ? headerFields[(field[1] ?? "").trim().toLowerCase()] : undefined;
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
