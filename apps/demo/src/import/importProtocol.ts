import type { Diagnostic, DiagnosticCode, DiagnosticLevel, MilepaelDocument } from "@milepael/core";

/** What the page asks the import worker: a file's bytes (transferred) or pasted text. */
export type ImportRequest = { fileName: string } & ({ bytes: ArrayBuffer } | { text: string });

/**
 * The stages the worker reports while it works, so the page can say what is happening: a file is
 * read (`decoding`: Word, PDF or text, told apart by its bytes), a PDF page by page (`pages`), pasted
 * text interpreted (`importing`), the findings grouped.
 */
export type ImportStage = "decoding" | "pages" | "importing" | "grouping";

/** A PDF's pages read so far, for a progress bar. */
export interface PageProgress {
  read: number;
  of: number;
}

/**
 * What the file input offers, by extension and MIME type; a dropped file is held to the same list.
 * Word (.docx) and PDF are read by core's `importFile` from their bytes.
 */
export const acceptedFiles = [
  ".txt",
  ".csv",
  ".tsv",
  ".json",
  ".docx",
  ".pdf",
  "text/plain",
  "text/csv",
  "application/json",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/pdf",
].join(",");

/**
 * Whether a chosen or dropped file is on the accept list, by its name's extension or its MIME type.
 *
 * @example
 * acceptsFile({ name: "Opfølgning.DOCX", type: "" }); // true
 */
export function acceptsFile(file: { name: string; type: string }): boolean {
  const name = file.name.toLowerCase();
  return acceptedFiles
    .split(",")
    .some((entry) => (entry.startsWith(".") ? name.endsWith(entry) : file.type === entry));
}

/** Findings of one code: how many, how bad, and the first as an example. */
export interface DiagnosticGroup {
  code: DiagnosticCode;
  level: DiagnosticLevel;
  count: number;
  first: Diagnostic;
}

export type ImportReply =
  | { type: "progress"; stage: ImportStage; pages?: PageProgress }
  | {
      type: "done";
      fileName: string;
      document: MilepaelDocument | null;
      diagnostics: Diagnostic[];
      groups: DiagnosticGroup[];
    };

const severity: Record<DiagnosticLevel, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings grouped by code, worst level first, then the most frequent: a 100,000-line file with
 * one kind of problem reads as one line with its count.
 *
 * @example
 * groupDiagnostics(result.diagnostics); // [{ code: "import.date-not-understood", level: "warning", count: 3, first }]
 */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticGroup[] {
  const groups = new Map<string, DiagnosticGroup>();
  for (const finding of diagnostics) {
    const key = `${finding.level} ${finding.code}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { code: finding.code, level: finding.level, count: 1, first: finding });
  }
  return [...groups.values()].sort(
    (a, b) => severity[a.level] - severity[b.level] || b.count - a.count || a.code.localeCompare(b.code),
  );
}
