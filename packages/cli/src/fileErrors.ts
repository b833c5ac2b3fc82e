import type { Locale } from "@milepael/core";
import { cliMessage, hasCliMessage } from "./messages";

/**
 * The `code` of an error from Node's file system calls ("ENOENT"), or `undefined`.
 *
 * @example
 * fileErrorCode(Object.assign(new Error("no such file"), { code: "ENOENT" })); // "ENOENT"
 */
export function fileErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/**
 * Why a file could not be read or written, in the user's language: Node's codes (ENOENT,
 * EACCES, EISDIR ...) as words, without Node's English sentence or a stack trace.
 *
 * @example
 * fileErrorReason(Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT" }), "da"); // "filen eller mappen findes ikke"
 */
export function fileErrorReason(error: unknown, locale: Locale): string {
  const code = fileErrorCode(error);
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  const reason = `file-error.${code}` as const;
  return hasCliMessage(reason) ? cliMessage(locale, reason) : cliMessage(locale, "file-error", { code });
}
