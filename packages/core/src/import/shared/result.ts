import type { Diagnostic } from "../../diagnostics/diagnostic";

/** What every importer returns: the document it understood (or `null`) and what it found. */
export interface ImportResult<T> {
  document: T | null;
  diagnostics: Diagnostic[];
}

/** Options every importer takes. */
export interface CommonImportOptions {
  /** The year of dates written without one; otherwise read from the document. */
  year?: number | undefined;
  /** Inputs longer than this many characters are refused. Default 32 Mi characters. */
  maxInputLength?: number | undefined;
}
