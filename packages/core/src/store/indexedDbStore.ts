import { type IDBPDatabase, wrap } from "idb";
import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic";
import { memoryBackend, type RecordBackend, silentChannel, storeOver } from "./backend";
import type { DocumentStore, PutResult, StoreChange, StoredDocument } from "./documentStore";

const storeName = "documents";

/** Why a browser would not keep data. */
export type StorageFailure = "storage-full" | "unavailable";

/**
 * Sorts an error from IndexedDB into what it means for the user: the disk or quota is full, or
 * the browser keeps nothing (private mode, blocked by settings, an old tab holding the database).
 *
 * @example
 * storageFailure(new DOMException("", "QuotaExceededError")); // "storage-full"
 */
export function storageFailure(error: unknown): StorageFailure {
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  return name === "QuotaExceededError" || inner === "QuotaExceededError" ? "storage-full" : "unavailable";
}

export interface IndexedDbStoreOptions {
  /** The database's name; one per app. Default "milepael". */
  name?: string;
  /** The IndexedDB to use; default the page's `indexedDB`. */
  indexedDB?: IDBFactory;
  /** Called when data can no longer be kept in the browser: show it to the user. */
  onStorageFailure?: (diagnostic: Diagnostic) => void;
}

/** A `DocumentStore` in IndexedDB, which says whether it still reaches the browser's storage. */
export interface IndexedDbStore extends DocumentStore {
  /** `true` while writes reach IndexedDB; `false` once the store keeps data in memory only. */
  readonly persistent: boolean;
}

function failureDiagnostic(failure: StorageFailure, detail: string): Diagnostic {
  return diagnostic("warning", failure === "storage-full" ? "store.full" : "store.unavailable", [], {
    detail,
  });
}

/**
 * A `DocumentStore` in the browser's IndexedDB (through `idb`). Writes are checked against the
 * version read, inside one transaction, so two tabs get a conflict instead of a silent overwrite;
 * other tabs hear of every write through a BroadcastChannel (`subscribe`). When the browser keeps
 * nothing (private mode, storage full, blocked), the store says so once, in `onStorageFailure` and in
 * the write's diagnostics, and goes on in memory: nothing is lost silently.
 *
 * @example
 * const store = await createIndexedDbStore({ onStorageFailure: (d) => showBanner(formatDiagnostic(d, "da")) });
 * const saved = await store.put("bo-2017", followUp, { expectedVersion: null, savedAt: new Date().toISOString() });
 */
export async function createIndexedDbStore(options: IndexedDbStoreOptions = {}): Promise<IndexedDbStore> {
  const name = options.name ?? "milepael";
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  const memory = memoryBackend();
  let database: IDBPDatabase | null = null;
  let failure: Diagnostic | null = null;

  const fail = (error: unknown): Diagnostic => {
    const found = failureDiagnostic(storageFailure(error), String((error as Error)?.message ?? error));
    if (failure === null) options.onStorageFailure?.(found);
    failure = found;
    return found;
  };

  if (factory === undefined) {
    fail(new Error("IndexedDB is not available"));
  } else {
    try {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(storeName, { keyPath: "id" });
      };
      // An older tab holds the database open during an upgrade: say so; the open waits for it.
      request.onblocked = () => {
        fail(new DOMException("blocked by another tab", "InvalidStateError"));
      };
      database = (await wrap(request)) as IDBPDatabase;
      // A newer tab needs to upgrade: let it, rather than block it, and go on in memory.
      database.addEventListener("versionchange", () => {
        database?.close();
        database = null;
      });
    } catch (error) {
      fail(error);
      database = null;
    }
  }

  const idb: RecordBackend = {
    async read(id) {
      const fromMemory = await memory.read(id);
      if (fromMemory !== null || database === null) return fromMemory;
      return ((await database.get(storeName, id)) as StoredDocument | undefined) ?? null;
    },
    async readAll() {
      const kept = database === null ? [] : ((await database.getAll(storeName)) as StoredDocument[]);
      const inMemory = await memory.readAll();
      const overlaid = new Set(inMemory.map((record) => record.id));
      return [...kept.filter((record) => !overlaid.has(record.id)), ...inMemory];
    },
    async swap(record, expected) {
      if (database === null || (await memory.read(record.id)) !== null) return memory.swap(record, expected);
      const transaction = database.transaction(storeName, "readwrite");
      const found = ((await transaction.store.get(record.id)) as StoredDocument | undefined) ?? null;
      if ((found?.version ?? null) !== expected) {
        await transaction.done;
        return { written: false, found };
      }
      await Promise.all([transaction.store.put(record), transaction.done]);
      return { written: true, found };
    },
    async remove(id, expected) {
      if (database === null) return memory.remove(id, expected);
      if ((await memory.read(id)) !== null) {
        const result = await memory.remove(id, expected);
        // The copy IndexedDB still holds from before the disk filled up goes with it.
        if (result.removed) await database.delete(storeName, id).catch(() => undefined);
        return result;
      }
      const transaction = database.transaction(storeName, "readwrite");
      const found = ((await transaction.store.get(id)) as StoredDocument | undefined) ?? null;
      if (found?.version !== expected) {
        await transaction.done;
        return { removed: false, found };
      }
      await Promise.all([transaction.store.delete(id), transaction.done]);
      return { removed: true, found };
    },
    async clear() {
      await memory.clear();
      if (database !== null) await database.clear(storeName);
    },
  };

  const channel =
    typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(`milepael-store:${name}`);
  const listeners = new Set<(change: StoreChange) => void>();
  if (channel !== null) {
    channel.onmessage = (event: MessageEvent<StoreChange>) => {
      for (const listener of listeners) listener(event.data);
    };
  }
  const base = storeOver(idb, {
    notify: (change) => channel?.postMessage(change),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
      database?.close();
    },
  });

  return {
    ...base,
    get persistent() {
      return database !== null && failure === null;
    },
    async put(id, document, putOptions): Promise<PutResult> {
      try {
        const result = await base.put(id, document, putOptions);
        if (!result.ok || database !== null) return result;
        return { ...result, persisted: false, diagnostics: failure === null ? [] : [failure] };
      } catch (error) {
        // The browser refused the write (quota, or the database went away): keep it in memory,
        // on top of what IndexedDB held, so the version check still holds.
        const found = fail(error);
        if ((await memory.read(id)) === null && database !== null) {
          const kept = await database.get(storeName, id).catch(() => undefined);
          if (kept !== undefined) await memory.swap(kept as StoredDocument, null);
        }
        const fallback = await storeOver(memory, silentChannel).put(id, document, putOptions);
        return fallback.ok ? { ...fallback, persisted: false, diagnostics: [found] } : fallback;
      }
    },
  };
}
