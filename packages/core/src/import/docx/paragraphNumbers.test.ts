import { describe, expect, it } from "vitest";
import { ParagraphNumbers } from "./paragraphNumbers";

describe("ParagraphNumbers", () => {
  it("numbers the paragraphs outside tables from 1 and keeps those that hold a control", () => {
    const numbers = new ParagraphNumbers();
    numbers.paragraph(() => {});
    numbers.paragraph(() => numbers.markTagged());
    numbers.tablePart("w:tbl", () =>
      numbers.tablePart("w:tr", () =>
        numbers.tablePart("w:tc", () => numbers.paragraph(() => numbers.markTagged())),
      ),
    );
    numbers.paragraph(() => numbers.markTagged());
    numbers.markTagged();
    expect([...numbers.tagged]).toEqual([2, 3]);
  });
});
