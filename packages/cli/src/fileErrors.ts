import type { Locale } from "@milepael/core";
import { cliMessage } from "./messages";

const reasons: Record<string, Record<Locale, string>> = {
  ENOENT: { da: "filen eller mappen findes ikke", en: "no such file or folder" },
  EACCES: { da: "adgang nægtet", en: "permission denied" },
  EPERM: { da: "handlingen er ikke tilladt", en: "operation not permitted" },
  EISDIR: { da: "det er en mappe, ikke en fil", en: "it is a folder, not a file" },
  ENOTDIR: { da: "en del af stien er ikke en mappe", en: "a part of the path is not a folder" },
  ENOSPC: { da: "der er ikke mere plads på disken", en: "no space left on the disk" },
  EROFS: { da: "filsystemet er skrivebeskyttet", en: "the file system is read-only" },
  EEXIST: { da: "filen findes allerede", en: "the file already exists" },
  EMFILE: { da: "for mange åbne filer", en: "too many open files" },
  ENAMETOOLONG: { da: "navnet er for langt", en: "the name is too long" },
};

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
  const known = code === undefined ? undefined : reasons[code];
  if (known) return known[locale];
  const message = error instanceof Error ? error.message : String(error);
  return code === undefined ? message : cliMessage(locale, "file-error", { code });
}
