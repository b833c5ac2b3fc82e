import type { Diagnostic, DiagnosticCode, DiagnosticLevel, MilepaelDocument } from "@milepael/core";

/** What the page asks the import worker: a file's bytes (transferred) or pasted text. */
export type ImportRequest = { fileName: string } & ({ bytes: ArrayBuffer } | { text: string });

/** The stages the worker reports while it works, so the page can say what is happening. */
export type ImportStage = "decoding" | "importing" | "grouping";

/** Findings of one code: how many, how bad, and the first as an example. */
export interface DiagnosticGroup {
  code: DiagnosticCode;
  level: DiagnosticLevel;
  count: number;
  first: Diagnostic;
}

export type ImportReply =
  | { type: "progress"; stage: ImportStage }
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
