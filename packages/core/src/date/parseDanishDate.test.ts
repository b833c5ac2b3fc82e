import { describe, expect, it } from "vitest";
import { parseDanishDate } from "./parseDanishDate";
import type { DanishDateResult, DateKind } from "./types";

function interval(result: DanishDateResult) {
  if (!result.ok) return { reason: result.reason };
  return { kind: result.kind, start: result.start, end: result.end };
}

const understood = (
  text: string,
  kind: DateKind,
  start: string | null,
  end: string | null,
  year: number | undefined = 2017,
) => ({ text, kind, start, end, year });

/** One test per expression: it is read as the kind and interval given. */
describe("parseDanishDate: each expression as its kind and interval", () => {
  it.each([
    // The grammar of Danish date expressions (packages/core/README.md)
    understood("8. maj", "day", "2017-05-08", "2017-05-08"),
    understood("13.12.2017", "day", "2017-12-13", "2017-12-13"),
    understood("3.1.2018", "day", "2018-01-03", "2018-01-03"),
    understood("den 3. januar 2018", "day", "2018-01-03", "2018-01-03"),
    understood("4. okt. 2018", "day", "2018-10-04", "2018-10-04"),
    understood("23.-24. februar 2018", "day-range", "2018-02-23", "2018-02-24"),
    understood("15.-17. marts 2018", "day-range", "2018-03-15", "2018-03-17"),
    understood("Maj", "month", "2017-05-01", "2017-05-31"),
    understood("December 2017", "month", "2017-12-01", "2017-12-31"),
    understood("Primo marts", "part-of-month", "2017-03-01", "2017-03-10"),
    understood("Medio april", "part-of-month", "2017-04-11", "2017-04-20"),
    understood("Ultimo april", "part-of-month", "2017-04-21", "2017-04-30"),
    understood("Juni-september", "month-range", "2017-06-01", "2017-09-30"),
    understood("Juni – september", "month-range", "2017-06-01", "2017-09-30"),
    understood("April/maj 2018", "month-range", "2018-04-01", "2018-05-31"),
    understood("Efterår/Vinter", "season", "2017-09-01", "2018-02-28"),
    understood("forår 2018", "season", "2018-03-01", "2018-05-31"),
    understood("Q3 2018", "quarter", "2018-07-01", "2018-09-30"),
    understood("4. kvartal 2017", "quarter", "2017-10-01", "2017-12-31"),
    understood("1. halvår 2017", "half-year", "2017-01-01", "2017-06-30"),
    understood("uge 41", "week", "2017-10-09", "2017-10-15"),
    understood("2018", "year", "2018-01-01", "2018-12-31"),
    understood("Løbende", "ongoing", null, null),
    // The seed documents' date columns
    // implementeringsplan-vision-2029 (dated 4. maj 2017)
    understood("21. maj", "day", "2017-05-21", "2017-05-21"),
    understood("19. juni", "day", "2017-06-19", "2017-06-19"),
    // kommunikationsplan-2017 (dated 21. december 2016, plans 2017)
    understood("Primo April", "part-of-month", "2017-04-01", "2017-04-10"),
    understood("Ultimo marts", "part-of-month", "2017-03-21", "2017-03-31"),
    // introduktionsprogram-kb-2018-2021
    understood("Januar 2018", "month", "2018-01-01", "2018-01-31"),
    understood("26. januar 2018", "day", "2018-01-26", "2018-01-26"),
    understood("8.-9. marts 2018", "day-range", "2018-03-08", "2018-03-09"),
    understood("22.-24. marts 2018", "day-range", "2018-03-22", "2018-03-24"),
    understood("Maj/Juni 2018", "month-range", "2018-05-01", "2018-06-30"),
    understood("(den 3. januar 2018)", "day", "2018-01-03", "2018-01-03"),
    understood("(15.-17. marts eller 22.-24. marts 2018)", "day-range", "2018-03-15", "2018-03-24"),
    understood("maj eller juni 2018", "month-range", "2018-05-01", "2018-06-30"),
    understood("i april/maj 2018", "month-range", "2018-04-01", "2018-05-31"),
    understood("i efteråret 2018", "season", "2018-09-01", "2018-11-30"),
    // budgetopfoelgning: the year-end column
    understood("31.12.2017", "day", "2017-12-31", "2017-12-31"),
    // What real documents also write
    understood("8. MAJ", "day", "2017-05-08", "2017-05-08"),
    understood("d. 8. maj", "day", "2017-05-08", "2017-05-08"),
    understood("fredag den 3. marts", "day", "2017-03-03", "2017-03-03"),
    understood("Tirsdag, den 4. april 2017", "day", "2017-04-04", "2017-04-04"),
    understood("man., 8. maj - fre., 12. maj", "day-range", "2017-05-08", "2017-05-12"),
    understood("08.05.2017", "day", "2017-05-08", "2017-05-08"),
    understood("8/5-2017", "day", "2017-05-08", "2017-05-08"),
    understood("2017-05-08", "day", "2017-05-08", "2017-05-08"),
    understood("4. okt 2018", "day", "2018-10-04", "2018-10-04"),
    understood("4. sept. 2018", "day", "2018-09-04", "2018-09-04"),
    understood("juni-sep.", "month-range", "2017-06-01", "2017-09-30"),
    understood("juni —september", "month-range", "2017-06-01", "2017-09-30"),
    understood("maj til juni", "month-range", "2017-05-01", "2017-06-30"),
    understood("28. februar - 3. marts 2018", "day-range", "2018-02-28", "2018-03-03"),
    understood("28. december - 3. januar 2018", "day-range", "2017-12-28", "2018-01-03"),
    understood("december 2017 - januar", "month-range", "2017-12-01", "2018-01-31"),
    understood("november-februar", "month-range", "2017-11-01", "2018-02-28"),
    understood("midt i marts", "part-of-month", "2017-03-11", "2017-03-20"),
    understood("Primo-medio marts", "month-range", "2017-03-01", "2017-03-20"),
    understood("medio/ultimo april 2018", "month-range", "2018-04-11", "2018-04-30"),
    understood("slutningen af april 2018", "part-of-month", "2018-04-21", "2018-04-30"),
    understood("Ultimo februar 2016", "part-of-month", "2016-02-21", "2016-02-29"),
    understood("29. februar 2016", "day", "2016-02-29", "2016-02-29"),
    understood("vinter 2018", "season", "2018-12-01", "2019-02-28"),
    understood("vinter 2017/2018", "season", "2017-12-01", "2018-02-28"),
    understood("Vinteren 2017-2018", "season", "2017-12-01", "2018-02-28"),
    understood("efterår 2017/vinter 2017/2018", "season", "2017-09-01", "2018-02-28"),
    understood("sommer", "season", "2017-06-01", "2017-08-31"),
    understood("uge 41 2018", "week", "2018-10-08", "2018-10-14"),
    understood("uge 41, 2018", "week", "2018-10-08", "2018-10-14"),
    understood("uge 41-43", "week", "2017-10-09", "2017-10-29"),
    understood("uge 41-43 2018", "week", "2018-10-08", "2018-10-28"),
    understood("Q3-4 2018", "quarter", "2018-07-01", "2018-12-31"),
    understood("uge 53 2020", "week", "2020-12-28", "2021-01-03"),
    understood("uge 1 2019", "week", "2018-12-31", "2019-01-06"),
    understood("1.-2. kvartal 2018", "quarter", "2018-01-01", "2018-06-30"),
    understood("2. halvår", "half-year", "2017-07-01", "2017-12-31"),
    understood("H2 2018", "half-year", "2018-07-01", "2018-12-31"),
    understood("2018-2021", "year", "2018-01-01", "2021-12-31"),
    understood("ca. 1. maj", "day", "2017-05-01", "2017-05-01"),
    understood("fra 1. maj til 15. juni", "day-range", "2017-05-01", "2017-06-15"),
    understood("fra mandag den 3. april til fredag den 7. april", "day-range", "2017-04-03", "2017-04-07"),
    // Alternatives joined by "og", a bare number taking its kind from its neighbour (README)
    understood("uge 41 og 42", "week", "2017-10-09", "2017-10-22"),
    understood("uge 41 eller 42 2018", "week", "2018-10-08", "2018-10-21"),
    understood("1./2. halvår", "half-year", "2017-01-01", "2017-12-31"),
    understood("1. og 2. kvartal", "quarter", "2017-01-01", "2017-06-30"),
    understood("8. og 9. maj", "day-range", "2017-05-08", "2017-05-09"),
    // A day with its time of day, which the text keeps
    understood("8. maj kl. 10", "day", "2017-05-08", "2017-05-08"),
    understood("Tirsdag den 4. april 2017 kl. 16.30", "day", "2017-04-04", "2017-04-04"),
    understood("4. april 2017, kl. 16.30-18.00", "day", "2017-04-04", "2017-04-04"),
    understood("4/4 kl 9 – 12", "day", "2017-04-04", "2017-04-04"),
    understood("4. april kl. 16:30", "day", "2017-04-04", "2017-04-04"),
    understood("8.-10. maj kl. 9-15", "day-range", "2017-05-08", "2017-05-10"),
    // Lists with commas are alternatives as "og" joins them
    understood("8., 9. og 10. maj", "day-range", "2017-05-08", "2017-05-10"),
    understood("uge 10, 11 og 12", "week", "2017-03-06", "2017-03-26"),
    understood("maj, juni og august 2018", "month-range", "2018-05-01", "2018-08-31"),
    understood("uge 41, 2018", "week", "2018-10-08", "2018-10-14"),
    // "uge 41/42" names two weeks, never day 41 of month 42; "/2017" after a week is its year
    understood("uge 41/42", "week", "2017-10-09", "2017-10-22"),
    understood("Uge 41/42 2018", "week", "2018-10-08", "2018-10-21"),
    understood("uge 41/42/43", "week", "2017-10-09", "2017-10-29"),
    understood("uge 41/2018", "week", "2018-10-08", "2018-10-14"),
    understood("Uge 41-42/2018", "week", "2018-10-08", "2018-10-21"),
    understood("uge 41/42/2018", "week", "2018-10-08", "2018-10-21"),
    // A deadline is read as the point it names; the text keeps "senest"
    understood("senest 1. maj", "day", "2017-05-01", "2017-05-01"),
    understood("Senest 1. maj 2018", "day", "2018-05-01", "2018-05-01"),
    understood("inden 1. maj", "day", "2017-05-01", "2017-05-01"),
    understood("senest uge 20", "week", "2017-05-15", "2017-05-21"),
    understood("senest ultimo juni", "part-of-month", "2017-06-21", "2017-06-30"),
    understood("senest den 1.5.2018", "day", "2018-05-01", "2018-05-01"),
    understood("Frist: 1. maj", "day", "2017-05-01", "2017-05-01"),
    understood("Deadline: uge 20", "week", "2017-05-15", "2017-05-21"),
    understood("Frist d. 1. maj 2018", "day", "2018-05-01", "2018-05-01"),
    // A part of a year, as a part of a month is a third of it: primo January-April, ultimo September-December
    understood("primo 2018", "month-range", "2018-01-01", "2018-04-30"),
    understood("medio 2018", "month-range", "2018-05-01", "2018-08-31"),
    understood("ultimo 2017", "month-range", "2017-09-01", "2017-12-31"),
    understood("i slutningen af 2017", "month-range", "2017-09-01", "2017-12-31"),
    // Two parts of one year, as of one month: from the first's start to the second's end
    understood("primo-medio 2018", "month-range", "2018-01-01", "2018-08-31"),
    understood("medio – ultimo 2018", "month-range", "2018-05-01", "2018-12-31"),
    understood("Primo–ultimo 2018", "month-range", "2018-01-01", "2018-12-31"),
    understood("primo/medio 2018", "month-range", "2018-01-01", "2018-08-31"),
    // A month with its year's last two digits, as Excel writes "mmm-yy" ("maj-17") and authors copy it
    understood("maj 17", "month", "2017-05-01", "2017-05-31", 2016),
    understood("maj-18", "month", "2018-05-01", "2018-05-31"),
    understood("Jan-18", "month", "2018-01-01", "2018-01-31"),
    understood("jun-20", "month", "2020-06-01", "2020-06-30"),
    understood("primo maj 18", "part-of-month", "2018-05-01", "2018-05-10"),
    understood("nov-17 - feb-18", "month-range", "2017-11-01", "2018-02-28"),
    understood("marts-maj 18", "month-range", "2018-03-01", "2018-05-31"),
    understood("april - 15 maj", "day-range", "2017-04-01", "2017-05-15"),
    // An activity moved to another date is read as the date it moved to
    understood("maj (udskudt til juni)", "month", "2017-06-01", "2017-06-30"),
    understood("8. maj (flyttet til 15. juni)", "day", "2017-06-15", "2017-06-15"),
    understood("maj 2018 (udsat til primo juni)", "part-of-month", "2018-06-01", "2018-06-10", undefined),
    understood("december (udsat til januar)", "month", "2018-01-01", "2018-01-31"),
    understood("maj (flyttet til april 2017)", "month", "2017-04-01", "2017-04-30"),
    understood("maj (rykket til juni)", "month", "2017-06-01", "2017-06-30"),
    understood("maj (flyttet til april)", "month", "2017-04-01", "2017-04-30"),
    understood("december (rykket til januar)", "month", "2018-01-01", "2018-01-31"),
    understood("uge 41 (udskudt til uge 43 2018)", "week", "2018-10-22", "2018-10-28"),
    understood("Udskudt til efteråret", "season", "2017-09-01", "2017-11-30"),
    // Day-month-year with hyphens, as Excel and meeting systems write it
    understood("03-04-2017", "day", "2017-04-03", "2017-04-03"),
    understood("3-4-2018", "day", "2018-04-03", "2018-04-03"),
    understood("13-12-17", "day", "2017-12-13", "2017-12-13"),
    understood("03-04-2017 - 07-04-2017", "day-range", "2017-04-03", "2017-04-07"),
  ])("reads $text as $kind $start to $end", ({ text, kind, start, end, year }) => {
    expect(interval(parseDanishDate(text, { year }))).toEqual({ kind, start, end });
  });
});

describe("parseDanishDate: what it tells beside the interval", () => {
  it("keeps the author's text untouched beside the interval", () => {
    const result = parseDanishDate("  Primo  marts ", { year: 2017 });
    expect(result.text).toBe("  Primo  marts ");
  });

  it("marks fuzzy expressions approximate and exact ones not", () => {
    const approximate = (text: string) => {
      const result = parseDanishDate(text, { year: 2017 });
      return result.ok && result.approximate;
    };
    expect(approximate("Primo marts")).toBe(true);
    expect(approximate("primo 2018")).toBe(true);
    expect(approximate("Efterår/Vinter")).toBe(true);
    expect(approximate("ca. 1. maj")).toBe(true);
    expect(approximate("8. maj")).toBe(false);
    expect(approximate("Maj")).toBe(false);
  });

  it("gives either-or expressions their alternatives", () => {
    const result = parseDanishDate("15.-17. marts eller 22.-24. marts 2018");
    expect(result).toMatchObject({
      ok: true,
      eitherOr: true,
      alternatives: [
        { start: "2018-03-15", end: "2018-03-17" },
        { start: "2018-03-22", end: "2018-03-24" },
      ],
    });
    expect(parseDanishDate("Juni-september", { year: 2017 })).toMatchObject({ eitherOr: false });
    expect(parseDanishDate("uge 41 og 43", { year: 2017 })).toMatchObject({
      eitherOr: true,
      alternatives: [
        { start: "2017-10-09", end: "2017-10-15" },
        { start: "2017-10-23", end: "2017-10-29" },
      ],
    });
    expect(parseDanishDate("uge 41/42", { year: 2017 })).toMatchObject({
      eitherOr: true,
      alternatives: [
        { start: "2017-10-09", end: "2017-10-15" },
        { start: "2017-10-16", end: "2017-10-22" },
      ],
    });
  });

  it("says when the year came from the document", () => {
    expect(parseDanishDate("8. maj", { year: 2017 })).toMatchObject({ yearInferred: true });
    expect(parseDanishDate("8. maj 2017", { year: 2017 })).toMatchObject({ yearInferred: false });
  });

  it("reports the precision of the coarsest part", () => {
    expect(parseDanishDate("8. maj", { year: 2017 })).toMatchObject({ precision: "day" });
    expect(parseDanishDate("Primo marts", { year: 2017 })).toMatchObject({ precision: "part-of-month" });
    expect(parseDanishDate("Juni-september", { year: 2017 })).toMatchObject({ precision: "month" });
    expect(parseDanishDate("uge 41", { year: 2017 })).toMatchObject({ precision: "week" });
    expect(parseDanishDate("Løbende")).toMatchObject({ precision: "ongoing", ongoing: true });
  });
});

describe("parseDanishDate: text pasted from Word", () => {
  it("reads a date holding Word's invisible characters (soft hyphen, zero-width space) as the date a reader sees", () => {
    for (const [pasted, plain] of [
      ["Pri\u00admo marts 2018", "Primo marts 2018"],
      ["8.\u200b maj 2018", "8. maj 2018"],
      ["\ufeffuge 41 2018", "uge 41 2018"],
    ] as const) {
      const read = parseDanishDate(pasted);
      const expected = parseDanishDate(plain);
      expect(read.ok && [read.kind, read.start, read.end]).toEqual(
        expected.ok && [expected.kind, expected.start, expected.end],
      );
      expect(read.text).toBe(pasted);
    }
  });
});

describe("parseDanishDate: an activity moved to another date", () => {
  it("keeps both dates in the text and says whether a year was written, in either date", () => {
    expect(parseDanishDate("maj (udskudt til juni)", { year: 2017 })).toMatchObject({
      text: "maj (udskudt til juni)",
      yearInferred: true,
    });
    expect(parseDanishDate("maj 2017 (udskudt til juni)")).toMatchObject({ yearInferred: false });
  });
});

describe("parseDanishDate: what it refuses", () => {
  it.each([
    ["Fotografering:", "not-a-date"],
    ["Kick-off Fællesskabsmodellen", "not-a-date"],
    ["30. februar 2018", "impossible-date"],
    ["29. februar 2017", "impossible-date"],
    ["32. maj 2018", "impossible-date"],
    ["31.4.2018", "impossible-date"],
    ["uge 54 2018", "impossible-date"],
    ["uge 53 2017", "impossible-date"],
    ["5. kvartal 2018", "impossible-date"],
    ["Q0 2018", "impossible-date"],
    ["", "empty"],
    ["   ", "empty"],
    ["maj 2018 - april 2018", "reversed-range"],
    ["24.-23. februar 2018", "reversed-range"],
    ["uge 41 - maj", "unsupported-range"],
    ["x".repeat(500), "too-long"],
    ["7", "not-a-date"],
    ["maj -", "not-a-date"],
    // The start of an open period is not the day it starts on
    ["fra 1. maj", "not-a-date"],
    ["Fra uge 41", "not-a-date"],
    ["31-02-2018", "impossible-date"],
    ["vinter 2017/2019", "unsupported-range"],
    ["primo-medio", "not-a-date"],
    ["primo - 8. marts", "not-a-date"],
    // One digit after a month is no year ("maj 8" is no May 2008)
    ["maj 8", "not-a-date"],
    // A deadline names one point, not a period
    ["senest 1.-3. maj", "not-a-date"],
    ["senest", "not-a-date"],
    ["uge 41, 17", "not-a-date"],
    // A time of day belongs to a day, not to a month or a week
    ["maj kl. 10", "not-a-date"],
    ["uge 20 kl. 10", "not-a-date"],
    ["kl. 10", "not-a-date"],
    // A comma follows a weekday, not a date's start
    [", 8. maj", "not-a-date"],
    // A move names the new date and comes from a date
    ["maj (udskudt)", "not-a-date"],
    ["Fotografering (udskudt til juni)", "not-a-date"],
    ["maj (udskudt til senere)", "not-a-date"],
    ["30. februar (udskudt til 3. marts)", "impossible-date"],
    ["maj (udskudt til juni", "not-a-date"],
    // Week 17 of the next year, or 2017 written short? Not guessed.
    ["uge 41/17", "not-a-date"],
    // June 2020, or the 20th of June as an English reader writes it? In a plan of 2018, not guessed;
    // Excel's "jun-20" is the month.
    ["juni 20", "ambiguous"],
    ["Frist:", "not-a-date"],
  ])("refuses %j with reason %s", (text, reason) => {
    expect(parseDanishDate(text, { year: 2018 })).toEqual({ ok: false, text, reason });
  });

  it("asks for a year instead of guessing one", () => {
    expect(parseDanishDate("8. maj")).toMatchObject({ ok: false, reason: "missing-year" });
    expect(parseDanishDate("8. maj kl. 10")).toMatchObject({ ok: false, reason: "missing-year" });
    expect(parseDanishDate("8. maj 2017")).toMatchObject({ ok: true });
  });
});
