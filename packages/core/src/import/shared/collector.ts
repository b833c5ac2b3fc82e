import {
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticLevel,
  diagnostic,
} from "../../diagnostics/diagnostic";
import type { DiagnosticParamsArgument } from "../../diagnostics/params";
import { defaultMaxInputLength } from "../../limits";
import type { CommonImportOptions, ImportResult } from "./result";

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

  add<C extends DiagnosticCode>(
    level: DiagnosticLevel,
    code: C,
    line: number | undefined,
    ...[params, raw]: [...DiagnosticParamsArgument<C>, raw?: string]
  ) {
    const found = diagnostic(level, code, [], ...([params] as DiagnosticParamsArgument<C>));
    if (line !== undefined) found.line = line;
    if (raw !== undefined) found.raw = raw as string;
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

/** What an importer's body hands `importText`: how to read, and what to keep when reading fails. */
export interface ImportRun<T> {
  read: () => T | null;
  partial: () => T | null;
}

/**
 * The start every text importer shares: refuses input no importer should try (`checkInputSize`),
 * else gives the importer's body a fresh collector and runs what the body returns under
 * `guardImport`, so nothing escapes as an exception.
 *
 * @example
 * return importText(text, options, (collector) => {
 *   const reader = new PlanReader(sourceLines(text), options, collector);
 *   return { read: () => reader.read(), partial: () => reader.assemble() };
 * });
 */
export function importText<T>(
  text: string,
  options: CommonImportOptions,
  body: (collector: DiagnosticCollector) => ImportRun<T>,
): ImportResult<T> {
  const refused = refuseInput(text, options);
  if (refused) return refused;
  const collector = new DiagnosticCollector();
  const { read, partial } = body(collector);
  return guardImport(collector, read, partial);
}

/**
 * `checkInputSize` as an importer's result: the refusal with no document, or `null` when the input
 * may be read.
 *
 * @example
 * refuseInput("", {}); // { document: null, diagnostics: [{ code: "import.empty-input", ... }] }
 */
export function refuseInput(text: unknown, options: CommonImportOptions): ImportResult<never> | null {
  const refused = checkInputSize(text, options);
  return refused === null ? null : { document: null, diagnostics: [refused] };
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
