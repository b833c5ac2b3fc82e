import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../diagnostics/diagnostic";
import { diagnosticMessage } from "../diagnostics/messages";
import { budgetFollowUp2017, communicationPlan2017 } from "../fixtures";
import type { StoreChange } from "./documentStore";
import { createIndexedDbStore } from "./indexedDbStore";
import { assessedFollowUp, openedFollowUp, savedAt } from "./testing";

const fresh = () => `milepael-test-${crypto.randomUUID()}`;

/** What is really in the browser's database, read past the store. */
function rawRecords(name: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const all = request.result.transaction("documents").objectStore("documents").getAll();
      all.onsuccess = () => {
        request.result.close();
        resolve(all.result);
      };
    };
  });
}

describe("the IndexedDB store in Chromium", () => {
  it("keeps documents across a reload: a new store on the same database finds them", async () => {
    const name = fresh();
    const first = await createIndexedDbStore({ name });
    expect(first.persistent).toBe(true);
    expect(await first.put("bo", assessedFollowUp, { expectedVersion: null, savedAt })).toMatchObject({
      ok: true,
      version: 1,
      persisted: true,
    });
    first.close();

    expect(await rawRecords(name)).toEqual([{ id: "bo", version: 1, savedAt, document: assessedFollowUp }]);
    const reloaded = await createIndexedDbStore({ name });
    expect((await reloaded.get("bo"))?.document).toEqual(assessedFollowUp);
    expect((await reloaded.history("bo")).map((event) => event.type)).toEqual(["round-started", "assessed"]);
    expect(await reloaded.list()).toMatchObject([{ id: "bo", version: 1, type: "budget-follow-up" }]);
    reloaded.close();
  });

  it("gives the second of two tabs a conflict, and tells the other tab of each write", async () => {
    const name = fresh();
    const [tabA, tabB] = [await createIndexedDbStore({ name }), await createIndexedDbStore({ name })];
    await tabA.put("bo", budgetFollowUp2017, { expectedVersion: null, savedAt });
    const readByB = await tabB.get("bo");
    // The news of tab A's first write may still be on its way: wait for the news of the second.
    const heard = new Promise<StoreChange>((resolve) =>
      tabB.subscribe((change) => {
        if (change.version === 2) resolve(change);
      }),
    );

    const opened = openedFollowUp;
    expect(
      await tabA.put("bo", opened, { expectedVersion: 1, savedAt: "2017-10-27T12:05:00Z" }),
    ).toMatchObject({
      ok: true,
      version: 2,
    });
    expect(await heard).toEqual({ id: "bo", version: 2 });

    const lost = await tabB.put("bo", budgetFollowUp2017, {
      expectedVersion: readByB?.version ?? null,
      savedAt,
    });
    expect(lost).toMatchObject({ ok: false, reason: "conflict", current: { version: 2, document: opened } });
    expect(diagnosticMessage(lost.diagnostics[0]!, "en")).toContain("changed elsewhere");
    expect(await rawRecords(name)).toMatchObject([{ version: 2, document: opened }]);

    expect(await tabB.remove("bo", { expectedVersion: 1 })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await tabB.remove("bo", { expectedVersion: 2 })).toMatchObject({ ok: true });
    expect(await rawRecords(name)).toEqual([]);
    tabA.close();
    tabB.close();
  });

  it("exports the whole database as one JSON file and restores it into another", async () => {
    const source = await createIndexedDbStore({ name: fresh() });
    await source.put("bo", budgetFollowUp2017, { expectedVersion: null, savedAt });
    await source.put("plan", communicationPlan2017, { expectedVersion: null, savedAt });
    const file = JSON.stringify(await source.exportAll());
    const name = fresh();
    const target = await createIndexedDbStore({ name });
    expect((await target.importAll(JSON.parse(file))).imported).toEqual(["bo", "plan"]);
    expect(await rawRecords(name)).toHaveLength(2);
    expect(await target.exportAll()).toEqual(JSON.parse(file));
    source.close();
    target.close();
  });

  it("keeps working in memory and says so when the browser keeps nothing (private mode)", async () => {
    const failures: Diagnostic[] = [];
    const privateMode = {
      open() {
        throw new DOMException(
          "A mutation operation was attempted on a database that did not allow mutations.",
          "InvalidStateError",
        );
      },
    } as unknown as IDBFactory;
    const store = await createIndexedDbStore({
      name: fresh(),
      indexedDB: privateMode,
      onStorageFailure: (found) => failures.push(found),
    });
    expect(store.persistent).toBe(false);
    expect(failures.map((found) => found.code)).toEqual(["store.unavailable"]);
    const saved = await store.put("bo", budgetFollowUp2017, { expectedVersion: null, savedAt });
    expect(saved).toMatchObject({ ok: true, version: 1, persisted: false });
    expect(saved.diagnostics.map((found) => diagnosticMessage(found, "da"))).toEqual([
      "Browseren gemmer ikke data her (fx i privat tilstand). Ændringerne er bevaret i denne fane, men ikke gemt: eksportér en sikkerhedskopi, før du lukker den.",
    ]);
    expect((await store.get("bo"))?.document).toEqual(budgetFollowUp2017);
    expect((await store.exportAll()).documents).toHaveLength(1);
    store.close();
  });
});

describe("the IndexedDB store when the disk is full", () => {
  it("keeps the write in memory, says so, and still checks versions", async () => {
    const failures: Diagnostic[] = [];
    const store = await createIndexedDbStore({
      name: fresh(),
      onStorageFailure: (found) => failures.push(found),
    });
    await store.put("plan", communicationPlan2017, { expectedVersion: null, savedAt });
    // Chromium's own refusal, as it throws it when the origin's quota is used up. (Its DevTools
    // quota override does not reach IndexedDB in this build, and filling gigabytes is no test.)
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    try {
      const saved = await store.put("bo", budgetFollowUp2017, { expectedVersion: null, savedAt });
      expect(saved).toMatchObject({ ok: true, version: 1, persisted: false });
      expect(saved.diagnostics.map((found) => found.code)).toEqual(["store.full"]);
      expect(failures.map((found) => found.code)).toEqual(["store.full"]);
      expect(diagnosticMessage(saved.diagnostics[0]!, "en")).toContain("storage is full");
      expect((await store.get("bo"))?.document).toEqual(budgetFollowUp2017);
      const again = await store.put("plan", communicationPlan2017, { expectedVersion: 1, savedAt });
      expect(again).toMatchObject({ ok: true, version: 2, persisted: false });
      expect(await store.put("plan", communicationPlan2017, { expectedVersion: 1, savedAt })).toMatchObject({
        ok: false,
        reason: "conflict",
      });
      expect((await store.list()).map((entry) => `${entry.id}@${entry.version}`)).toEqual(["bo@1", "plan@2"]);
      expect(await store.remove("plan", { expectedVersion: 2 })).toMatchObject({ ok: true });
      expect((await store.list()).map((entry) => entry.id)).toEqual(["bo"]);
    } finally {
      IDBObjectStore.prototype.put = put;
      store.close();
    }
  });
});
