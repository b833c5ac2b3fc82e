import { describe, expect, it } from "vitest";
import { diagnosticMessage } from "../diagnostics/messages";
import { budgetFollowUp2017, communicationPlan2017 } from "../fixtures";
import type { StoreChange } from "./documentStore";
import { createMemoryStore, createMemoryStoreHub } from "./memoryStore";
import { assessedFollowUp, openedFollowUp, savedAt } from "./testing";

describe("the in-memory DocumentStore", () => {
  it("keeps documents, lists them and raises the version on every write", async () => {
    const store = createMemoryStore();
    expect(await store.put("bo", budgetFollowUp2017, { expectedVersion: null, savedAt })).toMatchObject({
      ok: true,
      version: 1,
      persisted: true,
    });
    await store.put("plan", communicationPlan2017, { expectedVersion: null, savedAt });
    const second = await store.put("bo", budgetFollowUp2017, { expectedVersion: 1, savedAt });
    expect(second).toMatchObject({ ok: true, version: 2 });
    expect(await store.list()).toEqual([
      { id: "bo", version: 2, savedAt, type: "budget-follow-up", title: budgetFollowUp2017.metadata.title },
      { id: "plan", version: 1, savedAt, type: "plan", title: communicationPlan2017.metadata.title },
    ]);
    expect((await store.get("bo"))?.document).toEqual(budgetFollowUp2017);
    expect(await store.get("nothing")).toBeNull();
  });

  it("gives the second of two tabs a conflict with what the first wrote, never a silent overwrite", async () => {
    const hub = createMemoryStoreHub();
    const [tabA, tabB] = [createMemoryStore(hub), createMemoryStore(hub)];
    await tabA.put("bo", budgetFollowUp2017, { expectedVersion: null, savedAt });
    const heard: StoreChange[] = [];
    tabB.subscribe((change) => heard.push(change));
    const read = await tabB.get("bo");
    const opened = openedFollowUp;
    await tabA.put("bo", opened, { expectedVersion: 1, savedAt: "2017-10-27T12:05:00Z" });
    expect(heard).toEqual([{ id: "bo", version: 2 }]);
    const lost = await tabB.put("bo", budgetFollowUp2017, {
      expectedVersion: read?.version ?? null,
      savedAt,
    });
    expect(lost).toMatchObject({ ok: false, reason: "conflict", current: { version: 2, document: opened } });
    expect(diagnosticMessage(lost.diagnostics[0]!, "da")).toContain("ændret et andet sted");
    expect((await tabA.get("bo"))?.document).toEqual(opened);
  });

  it("removes a document only at the version read, and tells the other tab", async () => {
    const hub = createMemoryStoreHub();
    const [tabA, tabB] = [createMemoryStore(hub), createMemoryStore(hub)];
    await tabA.put("bo", budgetFollowUp2017, { expectedVersion: null, savedAt });
    await tabA.put("bo", budgetFollowUp2017, { expectedVersion: 1, savedAt });
    const heard: StoreChange[] = [];
    tabA.subscribe((change) => heard.push(change));
    expect(await tabB.remove("bo", { expectedVersion: 1 })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await tabB.remove("bo", { expectedVersion: 2 })).toEqual({ ok: true, diagnostics: [] });
    expect(heard).toEqual([{ id: "bo", version: null }]);
    expect(await tabA.get("bo")).toBeNull();
  });

  it("returns the follow-up's assessment history", async () => {
    const store = createMemoryStore();
    await store.put("bo", assessedFollowUp, { expectedVersion: null, savedAt });
    expect((await store.history("bo")).map((event) => event.type)).toEqual(["round-started", "assessed"]);
    expect(await store.history("missing")).toEqual([]);
  });

  it("exports the whole store as one JSON file and reads it back into an empty store", async () => {
    const store = createMemoryStore();
    await store.put("bo", budgetFollowUp2017, { expectedVersion: null, savedAt });
    await store.put("plan", communicationPlan2017, { expectedVersion: null, savedAt });
    const backup = JSON.parse(JSON.stringify(await store.exportAll()));
    const restored = createMemoryStore();
    expect(await restored.importAll(backup)).toEqual({
      imported: ["bo", "plan"],
      skipped: [],
      diagnostics: [],
    });
    expect(await restored.exportAll()).toEqual(backup);
  });

  it("keeps what the store has when a backup brings another document under the same id", async () => {
    const store = createMemoryStore();
    await store.put("bo", budgetFollowUp2017, { expectedVersion: null, savedAt });
    const backup = {
      format: "milepael-store",
      formatVersion: 1,
      documents: [{ id: "bo", version: 4, savedAt, document: communicationPlan2017 }],
    };
    const result = await store.importAll(backup);
    expect(result).toMatchObject({ imported: [], skipped: ["bo"] });
    expect((await store.get("bo"))?.document).toEqual(budgetFollowUp2017);
    expect((await store.importAll(backup, { mode: "replace" })).imported).toEqual(["bo"]);
    expect((await store.get("bo"))?.document).toEqual(communicationPlan2017);
  });

  it("refuses a file that is no backup, and skips invalid documents with the reason", async () => {
    const store = createMemoryStore();
    expect((await store.importAll({ documents: "nope" })).diagnostics[0]?.code).toBe("store.not-a-backup");
    const result = await store.importAll({
      format: "milepael-store",
      formatVersion: 1,
      documents: [{ id: "x", version: 1, savedAt, document: { type: "plan" } }],
    });
    expect(result.imported).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ code: "store.invalid-entry", params: { id: "x" } });
  });

  it("hands out copies, so changing what was read changes nothing stored", async () => {
    const store = createMemoryStore();
    await store.put("bo", budgetFollowUp2017, { expectedVersion: null, savedAt });
    const read = await store.get("bo");
    if (read?.document.type === "budget-follow-up") read.document.metadata.title = "Ændret";
    expect((await store.get("bo"))?.document.metadata.title).toBe(budgetFollowUp2017.metadata.title);
  });
});
