// `@milepael/core/store`: where the demo keeps documents, rounds and history in the browser.
export type { RecordBackend } from "./backend";
export type * from "./documentStore";
export type { IndexedDbStore, IndexedDbStoreOptions, StorageFailure } from "./indexedDbStore";
export { createIndexedDbStore, storageFailure } from "./indexedDbStore";
export type { MemoryStoreHub } from "./memoryStore";
export { createMemoryStore, createMemoryStoreHub } from "./memoryStore";
