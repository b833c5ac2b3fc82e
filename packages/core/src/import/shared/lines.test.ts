import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDebris, LineReader, type SourceLine, sourceLines, splitCells } from "./lines";

const allLines = (text: string) => {
  const reader = new LineReader(text);
  const lines: SourceLine[] = [];
  for (let line = reader.next(); line !== null; line = reader.next()) lines.push(line);
  return lines;
};

/** The lines one string at a time, numbered by the reader's `lineNumber`. */
const allTexts = (text: string) => {
  const reader = new LineReader(text);
  const lines: SourceLine[] = [];
  for (let line = reader.nextText(); line !== null; line = reader.nextText())
    lines.push({ number: reader.lineNumber, text: line });
  return lines;
};

describe("LineReader", () => {
  /** Short texts of letters, a byte order mark, tabs and every kind of line ending. */
  const text = fc
    .array(fc.constantFrom("a", "æ☺", "\n", "\r", "\r\n", "\uFEFF", "\t", ""), { maxLength: 20 })
    .map((pieces) => pieces.join(""));

  /** `read` gives what sourceLines gives, on a thousand such texts. */
  const readsAsSourceLines = (read: (text: string) => SourceLine[]) =>
    fc.assert(
      fc.property(text, (value) => {
        expect(read(value)).toEqual(sourceLines(value));
      }),
      { numRuns: 1000 },
    );

  it("gives the lines sourceLines gives, one at a time, whatever the line endings", () => {
    readsAsSourceLines(allLines);
  });

  it("gives the same texts and numbers one string at a time (nextText, lineNumber)", () => {
    readsAsSourceLines(allTexts);
  });

  it("numbers the lines from 1 and ends after the last, an empty one included", () => {
    expect(allLines("\uFEFFa\nb\n")).toEqual([
      { number: 1, text: "a" },
      { number: 2, text: "b" },
      { number: 3, text: "" },
    ]);
  });
});

describe("splitCells", () => {
  it("gives the cells split gives, empty ones and the ends included", () => {
    const line = fc
      .array(fc.oneof(fc.constantFrom("\t", "\t\t", "☺", "Milepæl", " ", ""), fc.string({ maxLength: 5 })))
      .map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(line, (text) => {
        expect(splitCells(text)).toEqual(text.split("\t"));
      }),
    );
  });
});

describe("isDebris", () => {
  it("finds blank lines and rows of dashes, pipes and rules, and nothing else", () => {
    const line = fc
      .array(
        fc.oneof(
          fc.constantFrom("-", "–", "—", "|", "_", "=", " ", "\t", "\u00a0", "a", "Z", "0", "<", "_x"),
          fc.string({ maxLength: 2 }),
        ),
        { maxLength: 6 },
      )
      .map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(line, (text) => {
        expect(isDebris(text)).toBe(/^[\s\-|–—_=]*$/.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
