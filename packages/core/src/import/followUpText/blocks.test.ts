import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitStatusNote } from "./blocks";

describe("splitStatusNote", () => {
  it("splits a plain cell's note as it splits the same text read as paragraphs", () => {
    // Words, 'Status:' in and out of place, an angle bracket, and spaces that fold.
    const parts = ["Skolen", "er", "bygget.", "Status:", "status:", "xStatus:", "a > b", " ", ""];
    const cell = fc
      .array(fc.constantFrom(...parts), { maxLength: 8 })
      .map((pieces) => pieces.join(" ").replace(/ {2,}/g, " "));
    fc.assert(
      fc.property(cell, fc.boolean(), (text, wrapped) => {
        const plain = wrapped ? `<p>${text}</p>` : text;
        // An empty paragraph after it: the same text, but no longer a plain cell, so it is parsed.
        expect(splitStatusNote(plain, undefined, true)).toEqual(splitStatusNote(`<p>${text}</p><p></p>`));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps the text before 'Status:' and the note after it", () => {
    expect(splitStatusNote("Skolen er bygget. Status: Processen er forsinket.")).toEqual({
      text: "Skolen er bygget.",
      statusNote: "Processen er forsinket.",
    });
    expect(splitStatusNote("Status: ")).toEqual({ text: "" });
  });
});
