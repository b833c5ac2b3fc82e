import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DiagnosticCollector } from "../shared/collector";
import { readSmiley } from "./smiley";

describe("readSmiley", () => {
  it("reads a cell of one symbol as it reads the same symbol in a paragraph", () => {
    const symbol = fc.oneof(
      fc.constantFrom("☺", "☹", "☻", "😐", "🙂", "😞", "J", "K", "L", "x", "☺\uFE0F", "\uFE0F", "☀", "✓"),
      fc.string({ minLength: 1, maxLength: 2, unit: "binary" }).filter((cell) => !/[<&]/.test(cell)),
    );
    fc.assert(
      fc.property(
        symbol,
        fc.constantFrom("milestone", "economy") as fc.Arbitrary<"milestone" | "economy">,
        (cell, scale) => {
          const line = { number: 7, text: `Milepæl\tTekst\t\t${cell}` };
          const bare = new DiagnosticCollector();
          const wrapped = new DiagnosticCollector();
          const read = readSmiley(cell, scale, line, undefined, bare);
          // In a paragraph the cell is no single symbol: it is read the general way.
          expect(read).toEqual(readSmiley(`<p>${cell}</p>`, scale, line, undefined, wrapped));
          expect(bare.items).toEqual(wrapped.items);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads Word's Wingdings symbols as a text keeps them (U+F04A-U+F04C), as it reads the letters J, K, L", () => {
    const line = { number: 7, text: "Milepæl\tTekst\t\t\uF04A" };
    for (const [symbol, letter] of [
      ["\uF04A", "J"],
      ["\uF04B", "K"],
      ["\uF04C", "L"],
    ] as const) {
      const fromSymbol = new DiagnosticCollector();
      const fromLetter = new DiagnosticCollector();
      expect(readSmiley(symbol, "milestone", line, undefined, fromSymbol)).toEqual(
        readSmiley(letter, "milestone", line, undefined, fromLetter),
      );
      expect(fromSymbol.items.map((item) => item.code)).toEqual(fromLetter.items.map((item) => item.code));
      expect(fromSymbol.items.map((item) => item.code)).toContain("import.wingdings-smiley");
    }
  });

  it("reads a face with the status word milepael's paper prints beside it (its Word export printed to PDF), the word telling yellow from red", () => {
    const line = { number: 7, text: "Milepæl\tTekst\t\t☹ Gul" };
    const read = (cell: string) => {
      const collector = new DiagnosticCollector();
      const { status, guessed } = readSmiley(cell, "milestone", line, undefined, collector);
      return [status, guessed, collector.items.map((item) => item.code)];
    };
    expect(read("☺ Grøn")).toEqual(["green", false, []]);
    expect(read("😐 Gul")).toEqual(["yellow", false, []]);
    expect(read("☹ Gul")).toEqual(["yellow", false, []]);
    expect(read("☹ Rød")).toEqual(["red", false, []]);
    expect(read("☺ Green")).toEqual(["green", false, []]);
    // A face and a word that disagree say neither.
    expect(read("☺ Rød")).toEqual(["not-assessed", false, ["import.unknown-smiley"]]);
  });
});
