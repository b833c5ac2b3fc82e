import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdAllocator } from "./ids";

describe("IdAllocator", () => {
  it("keeps a first id as wanted and numbers the repeats from 2", () => {
    const ids = new IdAllocator();
    expect(["5.03", "5.03", "a", "5.03", "a"].map((wanted) => ids.take(wanted))).toEqual([
      "5.03",
      "5.03-2",
      "a",
      "5.03-3",
      "a-2",
    ]);
  });

  it("never hands out an id twice, also where a wanted id looks like a numbered repeat", () => {
    const wanted = fc.array(fc.constantFrom("1", "1-2", "1-3", "1-2-2", "2", "x"), { maxLength: 30 });
    fc.assert(
      fc.property(wanted, (list) => {
        const ids = new IdAllocator();
        const taken = list.map((id) => ids.take(id));
        expect(new Set(taken).size).toBe(taken.length);
        taken.forEach((id, index) => {
          expect(id.startsWith(list[index] as string)).toBe(true);
        });
      }),
    );
  });
});
