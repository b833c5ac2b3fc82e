import type { HistoryEvent } from "../assessment/history.schema";
import { diagnostic } from "../diagnostics/diagnostic";
import { validateDocument } from "../model/document.schema";
import type {
  DocumentStore,
  DocumentSummary,
  ImportStoreResult,
  PutResult,
  StoreBackup,
  StoreChange,
  StoredDocument,
} from "./documentStore";

/**
 * What a store needs from where it keeps records. `swap` writes only when the stored version is
 * still `expected` (null: absent), atomically, and answers with what it found.
 */
export interface RecordBackend {
  read(id: string): Promise<StoredDocument | null>;
  readAll(): Promise<StoredDocument[]>;
  swap(
    record: StoredDocument,
    expected: number | null,
  ): Promise<{ written: boolean; found: StoredDocument | null }>;
  /** Deletes the record only when its stored version is still `expected`. */
  remove(id: string, expected: number): Promise<{ removed: boolean; found: StoredDocument | null }>;
  clear(): Promise<void>;
}

/**
 * A backend that keeps records in a Map: for tests, and where a browser keeps nothing.
 *
 * @example
 * const store = storeOver(memoryBackend(), silentChannel);
 */
export function memoryBackend(): RecordBackend {
  const records = new Map<string, StoredDocument>();
  return {
    read: async (id) => records.get(id) ?? null,
    readAll: async () => [...records.values()],
    async swap(record, expected) {
      const found = records.get(record.id) ?? null;
      if ((found?.version ?? null) !== expected) return { written: false, found };
      records.set(record.id, record);
      return { written: true, found };
    },
    async remove(id, expected) {
      const found = records.get(id) ?? null;
      if (found?.version !== expected) return { removed: false, found };
      records.delete(id);
      return { removed: true, found };
    },
    clear: async () => records.clear(),
  };
}

/**
 * What `list` shows of a record.
 *
 * @example
 * summary(record).title; // "Tredje opfølgning på Aftale om budget 2017"
 */
export function summary(record: StoredDocument): DocumentSummary {
  return {
    id: record.id,
    version: record.version,
    savedAt: record.savedAt,
    type: record.document.type,
    title: record.document.metadata.title,
  };
}

/**
 * The assessment history a record holds; empty for plans.
 *
 * @example
 * historyOf(await backend.read("bo-2017")).length; // 12
 */
export function historyOf(record: StoredDocument | null): HistoryEvent[] {
  return record?.document.type === "budget-follow-up" ? (record.document.history ?? []) : [];
}

/** Copies (documents are JSON) so that a caller who changes what it got cannot change what the store holds. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The answer to a write that lost the race: what the other writer stored, and why.
 *
 * @example
 * conflict("bo-2017", 3, found).diagnostics[0]?.code; // "store.conflict"
 */
export function conflict(
  id: string,
  expected: number | null,
  found: StoredDocument | null,
): Extract<PutResult, { ok: false }> {
  return {
    ok: false,
    reason: "conflict",
    current: found === null ? null : copy(found),
    diagnostics: [
      diagnostic("error", "store.conflict", [], {
        id,
        expected: expected ?? 0,
        found: found?.version ?? 0,
        savedAt: found?.savedAt ?? "",
      }),
    ],
  };
}

/**
 * Reads a backup into a store through its backend; never throws on bad input.
 *
 * @example
 * await importBackup(backend, JSON.parse(text), "merge");
 */
export async function importBackup(
  backend: RecordBackend,
  backup: unknown,
  mode: "merge" | "replace",
): Promise<ImportStoreResult> {
  const result: ImportStoreResult = { imported: [], skipped: [], diagnostics: [] };
  const candidate = backup as Partial<StoreBackup> | null;
  if (
    typeof candidate !== "object" ||
    candidate === null ||
    candidate.format !== "milepael-store" ||
    !Array.isArray(candidate.documents)
  ) {
    result.diagnostics.push(diagnostic("error", "store.not-a-backup", []));
    return result;
  }
  const records: StoredDocument[] = [];
  candidate.documents.forEach((entry, index) => {
    const record = entry as Partial<StoredDocument> | null;
    const { document, diagnostics } = validateDocument(record?.document);
    if (
      document === null ||
      typeof record?.id !== "string" ||
      record.id === "" ||
      typeof record.version !== "number" ||
      typeof record.savedAt !== "string"
    ) {
      result.diagnostics.push(
        diagnostic("error", "store.invalid-entry", ["documents", index], { id: String(record?.id ?? index) }),
        ...diagnostics.map((found) => ({ ...found, path: ["documents", index, "document", ...found.path] })),
      );
      return;
    }
    records.push({ id: record.id, version: record.version, savedAt: record.savedAt, document });
  });
  if (mode === "replace") await backend.clear();
  for (const record of records) {
    const found = await backend.read(record.id);
    if (found !== null && JSON.stringify(found.document) !== JSON.stringify(record.document)) {
      result.skipped.push(record.id);
      result.diagnostics.push(diagnostic("warning", "store.import-kept-existing", [], { id: record.id }));
      continue;
    }
    if (found === null) await backend.swap(record, null);
    result.imported.push(record.id);
  }
  return result;
}

/** Change notices between instances: nothing at all. */
export const silentChannel = { notify() {}, listen: () => () => {}, close() {} };

/**
 * A `DocumentStore` over any backend, with change notices passed in and out by `notify`/`listen`.
 *
 * @example
 * const store = storeOver(memoryBackend(), silentChannel);
 */
export function storeOver(
  backend: RecordBackend,
  channel: {
    notify(change: StoreChange): void;
    listen(listener: (change: StoreChange) => void): () => void;
    close(): void;
  },
): DocumentStore {
  return {
    async list() {
      return (await backend.readAll()).map(summary).sort((a, b) => a.id.localeCompare(b.id));
    },
    async get(id) {
      const record = await backend.read(id);
      return record === null ? null : copy(record);
    },
    async put(id, document, { expectedVersion, savedAt }) {
      const record: StoredDocument = {
        id,
        version: (expectedVersion ?? 0) + 1,
        savedAt,
        document: copy(document),
      };
      const { written, found } = await backend.swap(record, expectedVersion);
      if (!written) return conflict(id, expectedVersion, found);
      channel.notify({ id, version: record.version });
      return { ok: true, version: record.version, persisted: true, diagnostics: [] };
    },
    async remove(id, { expectedVersion }) {
      const { removed, found } = await backend.remove(id, expectedVersion);
      if (!removed) return conflict(id, expectedVersion, found);
      channel.notify({ id, version: null });
      return { ok: true, diagnostics: [] };
    },
    async history(id) {
      return copy(historyOf(await backend.read(id)));
    },
    async exportAll() {
      const documents = (await backend.readAll()).sort((a, b) => a.id.localeCompare(b.id));
      return { format: "milepael-store", formatVersion: 1, documents: copy(documents) };
    },
    importAll(backup, options = {}) {
      return importBackup(backend, backup, options.mode ?? "merge");
    },
    subscribe: (listener) => channel.listen(listener),
    close: () => channel.close(),
  };
}
