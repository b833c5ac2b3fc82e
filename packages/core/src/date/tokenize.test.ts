import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDanishDate } from "./parseDanishDate";
import { normalizeDateText, tokenizeDateText } from "./tokenize";

/** Characters date cells are made of, and the ones the normaliser changes. */
const dateChars = fc.constantFrom(
  ..."0123456789 .-/,;()abcdefghijklmnopqrstuvwxyzæøåéüABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ:",
  "\t",
  "\n",
  "\u00a0",
  "\u202f",
  "\u00ad",
  "\u200b",
  "\ufeff",
  "\u2013",
  "\u2212",
  "e\u0301",
  "\u0301",
  "  ",
  "x",
);
const dateLike = fc.array(dateChars, { maxLength: 30 }).map((chars) => chars.join(""));

/** The normaliser as written before its plain-text shortcut: every step on every text. */
function normalizeEveryStep(text: string): string {
  let normalized = text
    .normalize("NFC")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim()
    .toLowerCase();
  for (;;) {
    const unwrapped = /^\((.*)\)$/s.exec(normalized);
    if (unwrapped === null) break;
    normalized = (unwrapped[1] ?? "").trim();
  }
  return normalized.replace(/[,;]+$/, "").trimEnd();
}

describe("normalizeDateText", () => {
  it("gives what every step of the normaliser gives, on plain and unusual text alike", () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        expect(normalizeDateText(text)).toBe(normalizeEveryStep(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("tokenizeDateText", () => {
  it("reads a text as trying every rule at every position would", () => {
    // The rules in their order, each tried where the scan stands, as the tokenizer did before it
    // chose the rules by the character there.
    const everyRule = (normalized: string): unknown[] | null => {
      const rules: [RegExp, (match: RegExpExecArray) => unknown][] = [
        [/\s+/y, () => null],
        [/(\d{4})-(\d{2})-(\d{2})(?![\d.])/y, (m) => ["iso", m[0]]],
        [/(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d])\.?/y, (m) => ["dotted", m[0]]],
        [/(\d{1,2})\/(\d{1,2})(?:-(\d{4}|\d{2}))?(?![\d/])/y, (m) => ["slashed", m[0]]],
        [/(\d+)(\.?)/y, (m) => ["number", m[0]]],
        [/([a-zæøåéü][a-zæøåéü0-9]*)\.?/y, (m) => ["word", m[1]]],
        [/-/y, () => ["to"]],
        [/\//y, () => ["or"]],
        [/,/y, () => ["comma"]],
      ];
      const tokens: unknown[] = [];
      let position = 0;
      scan: while (position < normalized.length) {
        for (const [pattern, read] of rules) {
          pattern.lastIndex = position;
          const match = pattern.exec(normalized);
          if (match === null || match[0].length === 0) continue;
          position += match[0].length;
          const token = read(match);
          if (token !== null) tokens.push(token);
          continue scan;
        }
        return null;
      }
      return tokens;
    };
    // The kinds of token, in order: the values are read by the same rules either way.
    const kinds = (tokens: ReturnType<typeof tokenizeDateText>) => tokens?.map((token) => token.type) ?? null;
    fc.assert(
      fc.property(dateLike, (text) => {
        const normalized = normalizeDateText(text);
        const expected = everyRule(normalized);
        const read = tokenizeDateText(normalized);
        expect(kinds(read)).toEqual(
          expected?.map((token) => {
            const kind = (token as string[])[0];
            return kind === "iso" || kind === "dotted" || kind === "slashed" ? "numeric-date" : kind;
          }) ?? null,
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe("round references", () => {
  it("resolve through a round's label as it is now, when the calendar's labels change", () => {
    const rounds = [{ id: "a", label: "1. budgetopfølgning 2017", cutOff: "2017-03-31" }];
    expect(parseDanishDate("1. budgetopfølgning 2017", { rounds })).toMatchObject({ roundId: "a" });
    const renamed = [{ id: "b", label: "1. budgetopfølgning 2018", cutOff: "2018-03-31" }];
    expect(parseDanishDate("1. budgetopfølgning 2017", { rounds: renamed })).toMatchObject({
      ok: false,
      reason: "unknown-round",
    });
    expect(parseDanishDate("1. budgetopfølgning", { rounds: renamed, year: 2018 })).toMatchObject({
      roundId: "b",
    });
  });
});
