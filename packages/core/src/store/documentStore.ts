import type { HistoryEvent } from "../assessment/history.schema";
import type { Diagnostic } from "../diagnostics/diagnostic";
import type { MilepaelDocument } from "../model/document.schema";

/** A document as a store keeps it: its id, its version (raised by every write) and when it was written. */
export interface StoredDocument {
  id: string;
  /** 1 for a new document; each successful `put` raises it by one. */
  version: number;
  /** When the caller wrote it (ISO 8601): core never reads the clock. */
  savedAt: string;
  document: MilepaelDocument;
}

/** What `list` shows of a document without loading it whole. */
export interface DocumentSummary {
  id: string;
  version: number;
  savedAt: string;
  type: MilepaelDocument["type"];
  title: string;
}

/**
 * What a write did. `conflict`: someone else (another tab) wrote the document since it was read;
 * `current` is what they wrote, so the caller can show it and merge. `persisted: false`: the
 * browser refused to store it (storage full, private mode); the store keeps it in memory for this
 * session and the diagnostic says so. A store never throws for these.
 */
export type PutResult =
  | { ok: true; version: number; persisted: boolean; diagnostics: Diagnostic[] }
  | { ok: false; reason: "conflict"; current: StoredDocument | null; diagnostics: Diagnostic[] };

/** The whole store as one JSON-ready value, for backup. */
export interface StoreBackup {
  format: "milepael-store";
  formatVersion: 1;
  documents: StoredDocument[];
}

/** What reading a backup did. */
export interface ImportStoreResult {
  imported: string[];
  /** Ids left as they were: the store had a different document under the same id (merge mode). */
  skipped: string[];
  diagnostics: Diagnostic[];
}

/** Options of `put`. */
export interface PutOptions {
  /** The version read before the change, or `null` for a document that must be new. */
  expectedVersion: number | null;
  /** When it is written, ISO 8601. */
  savedAt: string;
}

/** A change another instance (another tab) made, heard through `subscribe`. */
export interface StoreChange {
  id: string;
  /** The version written, or `null` when the document was removed. */
  version: number | null;
}

/** What a removal did: done, or refused because someone else wrote the document since it was read. */
export type RemoveResult =
  | { ok: true; diagnostics: Diagnostic[] }
  | { ok: false; reason: "conflict"; current: StoredDocument | null; diagnostics: Diagnostic[] };

/**
 * Where milepael keeps documents, rounds and their history. Writes are checked against the version
 * the caller read (optimistic concurrency): two tabs editing one document get a conflict, never a
 * silent overwrite. Implementations: `createMemoryStore` (tests, fallback) and
 * `createIndexedDbStore` (`@milepael/core/store`, browsers).
 */
export interface DocumentStore {
  list(): Promise<DocumentSummary[]>;
  get(id: string): Promise<StoredDocument | null>;
  put(id: string, document: MilepaelDocument, options: PutOptions): Promise<PutResult>;
  /** Removes a document, only if it is still at the version the caller read. */
  remove(id: string, options: { expectedVersion: number }): Promise<RemoveResult>;
  /** The assessment history of a follow-up, oldest first; empty for plans and unknown ids. */
  history(id: string): Promise<HistoryEvent[]>;
  exportAll(): Promise<StoreBackup>;
  /** Reads a backup. `merge` keeps what the store has under an id; `replace` empties the store first. */
  importAll(backup: unknown, options?: { mode?: "merge" | "replace" }): Promise<ImportStoreResult>;
  /** Listens for writes made by other instances on the same store; returns the unsubscribe function. */
  subscribe(listener: (change: StoreChange) => void): () => void;
  close(): void;
}
