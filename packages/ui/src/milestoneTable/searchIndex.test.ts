import { generateFollowUp } from "@milepael/core/fixtures";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type MilestoneRow, toMilestoneRows } from "./rows";
import { MilestoneSearchIndex } from "./searchIndex";

const rows = toMilestoneRows(generateFollowUp({ initiatives: 1300 }));
const marked = (matches: Uint8Array) => rows.filter((_, index) => matches[index] === 1);

/**
 * A page that never has an idle period (as headless Chromium while the bench scrolls): every idle
 * callback comes when its timeout has passed, with no time remaining. Returns the function that
 * runs the callbacks queued so far, and those they queue, up to `rounds` of them.
 */
function pageWithoutIdlePeriods() {
  const queue = new Map<number, IdleRequestCallback>();
  let next = 0;
  vi.stubGlobal("requestIdleCallback", (callback: IdleRequestCallback) => {
    next += 1;
    queue.set(next, callback);
    return next;
  });
  vi.stubGlobal("cancelIdleCallback", (handle: number) => queue.delete(handle));
  return (rounds: number) => {
    for (let round = 0; round < rounds && queue.size > 0; round += 1) {
      const [handle, callback] = queue.entries().next().value as [number, IdleRequestCallback];
      queue.delete(handle);
      callback({ didTimeout: true, timeRemaining: () => 0 });
    }
    return queue.size;
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("MilestoneSearchIndex", () => {
  it("finds the rows whose own search text holds a term, in every piece of the index", () => {
    const index = new MilestoneSearchIndex(rows);
    const second = rows[700]?.initiative;
    const terms = [
      "borgerservice",
      "milepæl 3 for",
      `${second?.number} ${second?.title}`.toLowerCase(),
      "forsinket",
    ];
    for (const term of terms) {
      const expected = rows.filter((row) => row.searchText.includes(term));
      expect(expected.length).toBeGreaterThan(0);
      expect(marked(index.matches(term))).toEqual(expected);
      // The rows' indices as the search found them: in order, each once, the same rows.
      expect([...index.positions(term)].map((position) => rows[position])).toEqual(expected);
    }
  });

  it("never finds a term across two rows, marks nothing for a term no row holds and everything for none", () => {
    const index = new MilestoneSearchIndex(rows);
    const [first, second] = rows;
    const across = `${first?.searchText.slice(-4)} ${second?.searchText.slice(0, 4)}`;
    expect(marked(index.matches(across))).toEqual(rows.filter((row) => row.searchText.includes(across)));
    expect(marked(index.matches("zzzz-nothing"))).toEqual([]);
    expect(index.positions("zzzz-nothing")).toHaveLength(0);
    expect(marked(index.matches(""))).toHaveLength(rows.length);
    expect([...index.positions("")]).toEqual(rows.map((_, position) => position));
  });

  it("finds words that lower-case to longer text in the rows after them", () => {
    const followUp = generateFollowUp({ initiatives: 3 });
    const [first] = followUp.sections.flatMap((section) => section.initiatives);
    if (first) first.title = `İstanbul ${first.title}`;
    const special = toMilestoneRows(followUp);
    const index = new MilestoneSearchIndex(special);
    const last = special.at(-1)?.initiative.title.toLowerCase() ?? "";
    expect(special.filter((_, row) => index.matches(last)[row] === 1)).toEqual(
      special.filter((row) => row.searchText.includes(last)),
    );
    expect(index.matches(last).reduce((sum, match) => sum + match, 0)).toBe(1);
  });

  it("reads descriptions as plain text: markup, entities, line breaks and runs of spaces", () => {
    const followUp = generateFollowUp({ initiatives: 6 });
    const descriptions = [
      "<p>Kig &amp; lyt</p>",
      "første linje\nanden linje",
      "to  mellemrum",
      "hårdt\u00a0mellemrum",
      " kant ",
      "almindelig tekst",
    ];
    followUp.sections
      .flatMap((section) => section.initiatives)
      .forEach((initiative, index) => {
        initiative.description = descriptions[index] ?? "";
      });
    const special = toMilestoneRows(followUp);
    const index = new MilestoneSearchIndex(special);
    for (const term of [
      "kig & lyt",
      "linje anden",
      "to mellemrum",
      "hårdt mellemrum",
      "kant",
      "almindelig tekst",
    ]) {
      const matches = index.matches(term);
      const found = special.filter((_, row) => matches[row] === 1);
      expect(found).toEqual(special.filter((row) => row.searchText.includes(term)));
      expect(found.length).toBeGreaterThan(0);
    }
  });

  it("builds itself in slices while the page has no idle period, so the first search reads no row", () => {
    const runIdleCallbacks = pageWithoutIdlePeriods();
    let reads = 0;
    const counted = rows.map(
      (row) =>
        new Proxy(row, {
          get(target, property) {
            if (property === "initiative") reads += 1;
            return Reflect.get(target, property, target);
          },
        }) as MilestoneRow,
    );
    const index = new MilestoneSearchIndex(counted);
    index.warm();
    expect(runIdleCallbacks(100)).toBe(0);
    expect(reads).toBe(rows.length);
    const matches = index.matches("borgerservice");
    expect(reads).toBe(rows.length);
    expect(counted.filter((_, row) => matches[row] === 1)).toHaveLength(
      rows.filter((row) => row.searchText.includes("borgerservice")).length,
    );
  });
});
