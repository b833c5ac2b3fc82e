import { fstat } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import {
  type DecodedText,
  type Diagnostic,
  decodeText,
  diagnosticMessage,
  formatDiagnostic,
  formatLocation,
  formatPath,
  type Locale,
  type MilepaelDocument,
  parseDocumentJson,
} from "@milepael/core";
import { type CommandContext, CommandError, UsageError } from "./command";
import { fileErrorReason } from "./fileErrors";
import type { CommandIO } from "./io";
import { cliMessage } from "./messages";
import { terminalSafe } from "./terminalSafe";

/**
 * Reads a file, or standard input for "-", as bytes and decodes them the way the demo does
 * (`decodeText`: byte order marks, UTF-16, Windows-1252; binary files refused).
 */
export async function readInput(
  file: string,
  stdin: () => Promise<string | Uint8Array>,
): Promise<DecodedText> {
  const bytes = file === "-" ? await stdin() : await readFile(file);
  return decodeText(typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes);
}

/** What decoding says that a reader of JSON needs to hear: a refusal, or an encoding other than UTF-8. */
export function decodingWorthSaying(decoded: DecodedText): Diagnostic[] {
  return decoded.text === null || decoded.encoding !== "utf-8" ? decoded.diagnostics : [];
}

/**
 * Writes to a file, or to standard output when no file is given. Refuses text longer than
 * `--max-size`, which milepael could not read back, and says why a file cannot be written in the
 * user's language (a `CommandError`: a message and exit 1, no stack trace).
 */
export async function writeOutput(
  text: string,
  out: string | undefined,
  { io, locale, maxSize }: Pick<CommandContext, "io" | "locale" | "maxSize">,
): Promise<void> {
  const where = out === undefined || out === "-" ? "standard output" : out;
  if (text.length > maxSize) {
    throw new CommandError(
      cliMessage(locale, "output-too-large", { where, length: text.length, limit: maxSize }),
    );
  }
  if (out === undefined || out === "-") {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(out, text, "utf8");
  } catch (error) {
    throw new CommandError(
      cliMessage(locale, "cannot-write", { file: out, reason: fileErrorReason(error, locale) }),
    );
  }
}

/**
 * Refuses an output file that is the command's input (the same path, the same file by another
 * name or link, or the file standard input was redirected from): `import plan.txt -o plan.txt`
 * would replace the staff's document with JSON. Only `assess` updates its file, and says so.
 * Called before anything is written.
 *
 * @example
 * await refuseToOverwriteInput("plan.txt", values.output, "da");
 */
export async function refuseToOverwriteInput(
  input: string,
  out: string | undefined,
  locale: Locale,
): Promise<void> {
  if (out === undefined || out === "-") return;
  const [inputFile, outputFile] = await Promise.all([
    (input === "-" ? promisify(fstat)(0) : stat(input)).catch(() => null),
    stat(out).catch(() => null),
  ]);
  if (inputFile === null || outputFile === null) return;
  if (inputFile.dev === outputFile.dev && inputFile.ino === outputFile.ino)
    throw new UsageError(cliMessage(locale, "output-is-input", { file: out }));
}

/** Reads a file's bytes as they are (a .docx or .pdf is no text), or standard input for "-". */
export async function readInputBytes(
  file: string,
  stdin: () => Promise<string | Uint8Array>,
): Promise<Uint8Array> {
  const bytes = file === "-" ? await stdin() : new Uint8Array(await readFile(file));
  return typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
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
  // Findings about the whole document first (a format read otherwise than asked was lost among a
  // Word file's many "Smiley read" lines), then the others in the order of the file.
  const placed = (found: Diagnostic) =>
    found.line !== undefined || found.location !== undefined || found.path.length > 0 ? 1 : 0;
  const ordered = [...diagnostics].sort((a, b) => placed(a) - placed(b) || (a.line ?? 0) - (b.line ?? 0));
  if (format === "json") {
    const withMessages = ordered.map((found) => ({
      file,
      ...found,
      message: diagnosticMessage(found, locale),
    }));
    io.stderr(`${JSON.stringify(withMessages, null, 2)}\n`);
    return;
  }
  const hint = cliMessage(locale, "raise-max-size");
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
    // Messages and raw lines carry the document's text: nothing in it may act on the terminal.
    io.stderr(
      terminalSafe(
        `${where}: ${formatDiagnostic(withoutPlace(found), locale)}${found.raw ? `\n    ${found.raw.slice(0, 200)}` : ""}${found.code === "import.input-too-large" ? `\n    ${hint}` : ""}\n`,
      ),
    );
  }
}

/** Reads a milepael JSON document of at most `maxSize` characters, or reports why it cannot. */
export async function readDocument(
  file: string,
  stdin: () => Promise<string | Uint8Array>,
  locale: Locale,
  io: CommandIO,
  maxSize?: number,
) {
  const decoded = await readInput(file, stdin);
  const decoding = decodingWorthSaying(decoded);
  if (decoded.text === null) {
    printDiagnostics(file, decoding, "text", locale, io);
    return null;
  }
  const { document, diagnostics } = parseDocumentJson(decoded.text, { maxInputLength: maxSize });
  if (document === null) printDiagnostics(file, [...decoding, ...diagnostics], "text", locale, io);
  else if (decoding.length > 0) printDiagnostics(file, decoding, "text", locale, io);
  return document;
}

/**
 * `readDocument` for a command: a file that cannot be opened is said as `milepael COMMAND: FILE:
 * reason` and, like a file that holds no document, gives `null` (the command then exits 1).
 *
 * @example
 * const document = await readCommandDocument("export", file, context);
 * if (document === null) return exitCode.failed;
 */
export async function readCommandDocument(
  command: string,
  file: string,
  context: CommandContext,
): Promise<MilepaelDocument | null> {
  try {
    return await readDocument(file, context.stdin, context.locale, context.io, context.maxSize);
  } catch (error) {
    const name = command === "" ? "milepael" : `milepael ${command}`;
    context.io.stderr(`${name}: ${file}: ${fileErrorReason(error, context.locale)}\n`);
    return null;
  }
}

/** Parses `--diagnostics-format`. */
export function diagnosticsFormat(value: string | undefined, locale: Locale): "text" | "json" {
  if (value === undefined || value === "text" || value === "json") return value ?? "text";
  throw new UsageError(cliMessage(locale, "diagnostics-format-invalid"));
}

/** A finding without its line, location and path: the CLI writes the place itself, as `file:line`. */
function withoutPlace(found: Diagnostic): Diagnostic {
  const { line: _line, location: _location, ...rest } = found;
  return { ...rest, path: [] };
}
