import { memoryBackend, type RecordBackend, storeOver } from "./backend";
import type { DocumentStore, StoreChange } from "./documentStore";

/**
 * A `DocumentStore` in memory: for tests and for hosts that save elsewhere. Stores made with the
 * same `shared` hub see each other's writes, like two tabs on one database.
 *
 * @example
 * const store = createMemoryStore();
 * await store.put("bo-2017", followUp, { expectedVersion: null, savedAt: "2017-10-27T12:00:00Z" });
 */
export function createMemoryStore(shared?: MemoryStoreHub): DocumentStore {
  const hub = shared ?? createMemoryStoreHub();
  const listeners = new Set<(change: StoreChange) => void>();
  const own = (change: StoreChange) => {
    for (const listener of listeners) listener(change);
  };
  hub.members.add(own);
  return storeOver(hub.backend, {
    notify(change) {
      for (const member of hub.members) if (member !== own) member(change);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      hub.members.delete(own);
      listeners.clear();
    },
  });
}

/** What memory stores share to act as one database. */
export interface MemoryStoreHub {
  backend: RecordBackend;
  members: Set<(change: StoreChange) => void>;
}

/**
 * A database in memory that several `createMemoryStore` instances can share.
 *
 * @example
 * const hub = createMemoryStoreHub();
 * const [tabA, tabB] = [createMemoryStore(hub), createMemoryStore(hub)];
 */
export function createMemoryStoreHub(): MemoryStoreHub {
  return { backend: memoryBackend(), members: new Set() };
}
