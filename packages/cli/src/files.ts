import { readFile, writeFile } from "node:fs/promises";
import {
  type Diagnostic,
  formatDiagnostic,
  formatLocation,
  formatPath,
  type Locale,
  parseDocumentJson,
} from "@milepael/core";
import { UsageError } from "./command";
import type { CommandIO } from "./io";

/** Reads a file as UTF-8, or standard input for "-". */
export async function readInput(file: string, stdin: () => Promise<string>): Promise<string> {
  return file === "-" ? stdin() : readFile(file, "utf8");
}

/** Reads a file's bytes (a .docx or .pdf is no text), or standard input for "-" as UTF-8 text. */
export async function readInputBytes(file: string, stdin: () => Promise<string>): Promise<Uint8Array> {
  return file === "-" ? new TextEncoder().encode(await stdin()) : new Uint8Array(await readFile(file));
}

/** Writes to a file, or to standard output when no file is given. */
export async function writeOutput(text: string, out: string | undefined, io: CommandIO): Promise<void> {
  if (out === undefined || out === "-") io.stdout(text);
  else await writeFile(out, text, "utf8");
}

/**
 * Diagnostics on standard error, as `FILE:LINE: level: message` lines (the format editors and CI
 * systems link to) or as a JSON array with the message in the chosen language.
 */
export function printDiagnostics(
  file: string,
  diagnostics: readonly Diagnostic[],
  format: "text" | "json",
  locale: Locale,
  io: CommandIO,
): void {
  // In the order of the file: findings without a line (about the whole document) first.
  const ordered = [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (format === "json") {
    const withMessages = ordered.map((found) => ({
      file,
      ...found,
      message: formatDiagnostic({ ...found, line: undefined, location: undefined, path: [] }, locale).replace(
        /^[^:]+: /,
        "",
      ),
    }));
    io.stderr(`${JSON.stringify(withMessages, null, 2)}\n`);
    return;
  }
  for (const found of ordered) {
    // A Word or PDF file has no lines of its own: its findings name a table, row and cell, or a page and line.
    const where =
      found.location !== undefined
        ? `${file}: ${formatLocation(found.location, locale)}`
        : found.line !== undefined
          ? `${file}:${found.line}`
          : found.path.length > 0
            ? `${file}:${formatPath(found.path)}`
            : file;
    io.stderr(
      `${where}: ${formatDiagnostic({ ...found, line: undefined, location: undefined, path: [] }, locale)}${found.raw ? `\n    ${found.raw.slice(0, 200)}` : ""}\n`,
    );
  }
}

/** Reads a milepael JSON document, or reports why it cannot. */
export async function readDocument(
  file: string,
  stdin: () => Promise<string>,
  locale: Locale,
  io: CommandIO,
) {
  const { document, diagnostics } = parseDocumentJson(await readInput(file, stdin));
  if (document === null) printDiagnostics(file, diagnostics, "text", locale, io);
  return document;
}

/** Parses `--diagnostics-format`. */
export function diagnosticsFormat(value: string | undefined, locale: Locale): "text" | "json" {
  if (value === undefined || value === "text" || value === "json") return value ?? "text";
  throw new UsageError(
    locale === "da"
      ? `--diagnostics-format skal være text eller json`
      : `--diagnostics-format must be text or json`,
  );
}
