import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, isoWeeksInYear } from "./calendar";
import { formatDanishDate } from "./formatDanishDate";
import { monthName } from "./monthName";
import { parseDanishDate } from "./parseDanishDate";

const months = Array.from({ length: 12 }, (_, index) => monthName(index + 1, "da"));
const abbreviations = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

const year = fc.integer({ min: 1990, max: 2090 });
const month = fc.integer({ min: 1, max: 12 });
const dayOf = (y: number, m: number) => fc.integer({ min: 1, max: daysInMonth(y, m) });
const monthWord = (m: number) =>
  fc.constantFrom(
    months[m - 1] as string,
    abbreviations[m - 1] as string,
    `${abbreviations[m - 1]}.`,
    (months[m - 1] as string).toUpperCase(),
  );

/** Valid Danish date expressions in the many ways authors write them. */
const validExpression: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(year, month)
    .chain(([y, m]) =>
      fc
        .tuple(dayOf(y, m), monthWord(m))
        .chain(([d, word]) =>
          fc.constantFrom(
            `${d}. ${word} ${y}`,
            `den ${d}. ${word} ${y}`,
            `${d}.${m}.${y}`,
            `${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`,
          ),
        ),
    ),
  fc
    .tuple(year, month)
    .chain(([y, m]) =>
      fc
        .tuple(dayOf(y, m), dayOf(y, m), monthWord(m))
        .map(([a, b, word]) => `${Math.min(a, b)}.-${Math.max(a, b)}. ${word} ${y}`),
    ),
  fc
    .tuple(year, month, fc.constantFrom("primo", "medio", "ultimo", ""))
    .chain(([y, m, part]) => monthWord(m).map((word) => `${part} ${word} ${y}`.trim())),
  fc
    .tuple(year, month, month, fc.constantFrom("-", " – ", "/", " eller "))
    .map(([y, a, b, joiner]) => `${months[Math.min(a, b) - 1]}${joiner}${months[Math.max(a, b) - 1]} ${y}`),
  fc
    .tuple(year, fc.constantFrom("forår", "sommer", "efterår", "vinter", "efterår/vinter", "forår-sommer"))
    .map(([y, s]) => `${s} ${y}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 4 }))
    .chain(([y, q]) => fc.constantFrom(`Q${q} ${y}`, `${q}. kvartal ${y}`)),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${h}. halvår ${y}`),
  year.chain((y) => fc.integer({ min: 1, max: isoWeeksInYear(y) }).map((w) => `uge ${w} ${y}`)),
  // Two weeks either-or, their year after a space or a slash
  year.chain((y) =>
    fc
      .uniqueArray(fc.integer({ min: 1, max: isoWeeksInYear(y) }), { minLength: 2, maxLength: 2 })
      .chain(([a = 1, b = 2]) =>
        fc.constantFrom(
          `uge ${Math.min(a, b)}/${Math.max(a, b)} ${y}`,
          `uge ${Math.min(a, b)}/${Math.max(a, b)}/${y}`,
        ),
      ),
  ),
  // Two parts of one month, a deadline, a month as Excel writes it, a list, a move
  fc
    .tuple(year, month, fc.constantFrom("primo-medio", "medio-ultimo", "primo/ultimo"))
    .chain(([y, m, parts]) => monthWord(m).map((word) => `${parts} ${word} ${y}`)),
  fc
    .tuple(year, fc.constantFrom("primo-medio", "medio - ultimo", "primo–ultimo", "primo/ultimo"))
    .map(([y, parts]) => `${parts} ${y}`),
  fc.tuple(year, month).chain(([y, m]) => dayOf(y, m).map((d) => `senest ${d}. ${months[m - 1]} ${y}`)),
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), month)
    .map(([y, m]) => `${abbreviations[m - 1]}-${String(y % 100).padStart(2, "0")}`),
  fc.tuple(year, month).map(([y, m]) => `1., 2. og 3. ${months[m - 1]} ${y}`),
  fc
    .tuple(year, month, month)
    .map(([y, a, b]) => `${months[Math.min(a, b) - 1]} ${y} (udskudt til ${months[Math.max(a, b) - 1]})`),
  year.map(String),
  fc.tuple(year, year).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
  fc.constant("Løbende"),
);

const pieces = [
  "8.",
  "23.",
  "-",
  "–",
  "/",
  "eller",
  "til",
  "maj",
  "feb.",
  "2018",
  "17",
  "uge",
  "53",
  "54",
  "primo",
  "ultimo",
  "q3",
  "kvartal",
  "halvår",
  "den",
  "ca.",
  "efterår",
  "vinter",
  "løbende",
  "(",
  ")",
  "31.12.2017",
  "29",
  "februar",
  "budgetopfølgning",
  "1.",
  ":",
  ",",
  " ",
  "senest",
  "udskudt til",
  "maj-17",
  "41/42",
];
const tokenSoup = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(" "));

describe("parseDanishDate properties", () => {
  it("parses every valid expression, and formatting it then parsing gives the same interval", () => {
    fc.assert(
      fc.property(
        validExpression,
        fc.constantFrom("long", "short") as fc.Arbitrary<"long" | "short">,
        (text, style) => {
          const parsed = parseDanishDate(text, { year: 2017 });
          expect(parsed.ok, `${text}: ${parsed.ok ? "" : parsed.reason}`).toBe(true);
          if (!parsed.ok) return;
          const formatted = formatDanishDate(parsed, { style });
          const again = parseDanishDate(formatted, { year: 2017 });
          expect(again, `${text} -> ${formatted}`).toMatchObject({
            ok: true,
            kind: parsed.kind,
            start: parsed.start,
            end: parsed.end,
            eitherOr: parsed.eitherOr,
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("returns a result for any string at all, never with start after end", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), tokenSoup),
        fc.option(year, { nil: undefined }),
        (text, documentYear) => {
          const result = parseDanishDate(text, { year: documentYear });
          expect(result.text).toBe(text);
          if (result.ok && result.start !== null && result.end !== null) {
            expect(result.start <= result.end).toBe(true);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});
