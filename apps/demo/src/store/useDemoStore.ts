import type { Diagnostic, MilepaelDocument, PutResult, StoreBackup } from "@milepael/core";
import { createIndexedDbStore, type IndexedDbStore } from "@milepael/core/store";
import { useCallback, useEffect, useRef, useState } from "react";

/** A document the demo keeps in the browser, at the version this tab read. */
export interface KeptDocument {
  id: string;
  version: number;
  savedAt: string;
  document: MilepaelDocument;
}

/** What the demo's store says: its documents, whether it still persists, and what changed elsewhere. */
export interface DemoStore {
  state: "opening" | "ready";
  documents: Record<string, KeptDocument>;
  /** Storage blocked or full: the store keeps data in memory, and says so. */
  failure: Diagnostic | null;
  /** Ids another tab wrote since this tab read them. */
  changedElsewhere: ReadonlySet<string>;
  /**
   * Saves a document over the version this tab read (none: a new document). Saves are queued, so
   * a burst of edits writes in order, each over the one before.
   */
  save: (id: string, document: MilepaelDocument) => Promise<PutResult>;
  /** Reads a document again (after another tab wrote it). */
  reload: (id: string) => Promise<void>;
  exportAll: () => Promise<StoreBackup | null>;
  importAll: (backup: unknown) => Promise<{ imported: string[]; diagnostics: Diagnostic[] } | null>;
}

const now = () => new Date().toISOString();

/**
 * The demo's documents, rounds and history in IndexedDB (core's `createIndexedDbStore`): loaded
 * once, written with a version check, other tabs' writes heard through the store's
 * BroadcastChannel and never taken over silently.
 *
 * @example
 * const store = useDemoStore();
 * await store.save("followup-2017-3", followUp);
 */
export function useDemoStore(): DemoStore {
  const storeRef = useRef<Promise<IndexedDbStore> | null>(null);
  const [state, setState] = useState<DemoStore["state"]>("opening");
  const [documents, setDocuments] = useState<Record<string, KeptDocument>>({});
  const [failure, setFailure] = useState<Diagnostic | null>(null);
  const [changedElsewhere, setChangedElsewhere] = useState<ReadonlySet<string>>(new Set());
  const versions = useRef(new Map<string, number>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const open = useCallback(() => {
    storeRef.current ??= createIndexedDbStore({ name: "milepael-demo", onStorageFailure: setFailure });
    return storeRef.current;
  }, []);

  const loadAll = useCallback(async () => {
    const store = await open();
    const list = await store.list();
    const loaded: Record<string, KeptDocument> = {};
    for (const summary of list) {
      const stored = await store.get(summary.id);
      if (stored === null) continue;
      loaded[stored.id] = stored;
      versions.current.set(stored.id, stored.version);
    }
    setDocuments(loaded);
    setState("ready");
  }, [open]);

  useEffect(() => {
    let unsubscribe = () => {};
    let cancelled = false;
    void loadAll().then(async () => {
      const store = await open();
      if (cancelled) return;
      unsubscribe = store.subscribe((change) => {
        // Another tab wrote: a document nobody here has read yet is taken over; one read here is
        // only marked, so a later save from this tab meets the version check, not a silent merge.
        if (!versions.current.has(change.id)) {
          void store.get(change.id).then((stored) => {
            if (stored === null || versions.current.has(change.id)) return;
            versions.current.set(stored.id, stored.version);
            setDocuments((previous) => ({ ...previous, [stored.id]: stored }));
          });
          return;
        }
        setChangedElsewhere((previous) => new Set(previous).add(change.id));
      });
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [loadAll, open]);

  const save = useCallback(
    (id: string, document: MilepaelDocument) => {
      const run = async (): Promise<PutResult> => {
        const store = await open();
        const savedAt = now();
        const result = await store.put(id, document, {
          expectedVersion: versions.current.get(id) ?? null,
          savedAt,
        });
        if (result.ok) {
          versions.current.set(id, result.version);
          setDocuments((previous) => ({
            ...previous,
            [id]: { id, version: result.version, savedAt, document },
          }));
        }
        return result;
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [open],
  );

  const reload = useCallback(
    async (id: string) => {
      const store = await open();
      const stored = await store.get(id);
      setChangedElsewhere((previous) => {
        const next = new Set(previous);
        next.delete(id);
        return next;
      });
      if (stored === null) return;
      versions.current.set(id, stored.version);
      setDocuments((previous) => ({ ...previous, [id]: stored }));
    },
    [open],
  );

  const exportAll = useCallback(async () => (await open()).exportAll(), [open]);
  const importAll = useCallback(
    async (backup: unknown) => {
      const store = await open();
      const result = await store.importAll(backup, { mode: "merge" });
      await loadAll();
      return result;
    },
    [open, loadAll],
  );

  return { state, documents, failure, changedElsewhere, save, reload, exportAll, importAll };
}
