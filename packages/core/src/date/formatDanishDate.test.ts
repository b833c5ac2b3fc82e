import { describe, expect, it } from "vitest";
import type { FormatDanishDateOptions } from "./formatDanishDate";
import { formatDanishDate } from "./formatDanishDate";
import { monthName } from "./monthName";
import { parseDanishDate } from "./parseDanishDate";

function format(text: string, options: FormatDanishDateOptions = {}, year = 2017): string {
  const parsed = parseDanishDate(text, { year });
  if (!parsed.ok) throw new Error(`${text}: ${parsed.reason}`);
  return formatDanishDate(parsed, options);
}

describe("formatDanishDate", () => {
  it.each([
    // Days and spans of days.
    ["8. maj", "8. maj 2017", "8 May 2017"],
    ["23.-24. februar 2018", "23.–24. februar 2018", "23–24 February 2018"],
    // Months and their parts: primo, medio and ultimo.
    ["Primo marts", "primo marts 2017", "early March 2017"],
    ["Medio april", "medio april 2017", "mid April 2017"],
    ["Juni-september", "juni–september 2017", "June–September 2017"],
    ["medio-ultimo maj", "medio–ultimo maj 2017", "mid–late May 2017"],
    ["Primo-medio marts", "primo–medio marts 2017", "early–mid March 2017"],
    // Either-or.
    ["April/maj 2018", "april/maj 2018", "April/May 2018"],
    // Seasons, quarters and half-years.
    ["Efterår/Vinter", "efterår/vinter 2017", "autumn/winter 2017"],
    ["forår 2018", "forår 2018", "spring 2018"],
    ["Q3 2018", "3. kvartal 2018", "Q3 2018"],
    ["1. halvår 2017", "1. halvår 2017", "H1 2017"],
    ["Q4 2017 - Q1 2018", "4. kvartal 2017 – 1. kvartal 2018", "Q4 2017 – Q1 2018"],
    ["1. halvår 2017 - 2. halvår 2018", "1. halvår 2017 – 2. halvår 2018", "H1 2017 – H2 2018"],
    // Weeks, years and no date at all.
    ["uge 41", "uge 41 2017", "week 41 2017"],
    ["uge 41-43", "uge 41–43 2017", "week 41–43 2017"],
    ["2018-2021", "2018–2021", "2018–2021"],
    ["Løbende", "løbende", "ongoing"],
  ])("writes %j as %j in Danish and %j in English", (text, danish, english) => {
    expect(format(text)).toBe(danish);
    expect(format(text, { locale: "en" })).toBe(english);
  });

  it("writes a span of days across a new year with both years, and spans of days either-or with 'eller'", () => {
    expect(format("28. december - 3. januar 2018")).toBe("28. december 2017 – 3. januar 2018");
    expect(format("28. december - 3. januar 2018", { locale: "en" })).toBe(
      "28 December 2017 – 3 January 2018",
    );
    const either = "15.-17. marts eller 22.-24. marts 2018";
    expect(format(either)).toBe("15.–17. marts eller 22.–24. marts 2018");
    expect(format(either, { locale: "en" })).toBe("15–17 March or 22–24 March 2018");
  });

  it("writes quarters and half-years across a new year so that they read back as the same interval", () => {
    for (const text of [
      "Q4 2017 - Q1 2018",
      "1. halvår 2017 - 2. halvår 2018",
      "Q1-Q2 2018",
      "3. kvartal 2017",
    ]) {
      const parsed = parseDanishDate(text);
      const back = parseDanishDate(format(text));
      expect(back.ok && [back.start, back.end]).toEqual(parsed.ok && [parsed.start, parsed.end]);
    }
  });

  it("writes two parts of one month or year so that they read back as the same days, not a year long", () => {
    for (const text of [
      "medio-ultimo maj 2018",
      "medio december - ultimo december 2018",
      "primo-medio marts 2018",
      "primo-medio 2018",
      "medio-ultimo 2018",
      "primo/ultimo 2018",
    ]) {
      for (const style of ["long", "short"] as const) {
        const parsed = parseDanishDate(text);
        const back = parseDanishDate(format(text, { style }));
        expect(back.ok && [back.start, back.end]).toEqual(parsed.ok && [parsed.start, parsed.end]);
      }
    }
  });

  it("names a holiday by the period it stands for, also in a text that says more ('udsat til efter sommerferien')", () => {
    expect(format("Udsat til efter sommerferien")).toBe("efter sommerferien 2017");
    expect(format("maj (udskudt til før jul)", { locale: "en" })).toBe("before Christmas 2017");
    expect(format("inden sommerferien")).toBe("inden sommerferien 2017");
    expect(format("efter nytår")).toBe("efter nytår 2018");
  });

  it("abbreviates in the short style", () => {
    expect(format("8. maj", { style: "short" })).toBe("8.5.2017");
    expect(format("Primo marts", { style: "short" })).toBe("primo mar. 2017");
    expect(format("4. oktober 2018", { locale: "en", style: "short" })).toBe("4 Oct 2018");
  });

  it("keeps a round reference as the author wrote it", () => {
    const parsed = parseDanishDate(" 1. budgetopfølgning 2017", {
      rounds: [{ id: "r1", label: "1. budgetopfølgning 2017", cutOff: "2017-03-31" }],
    });
    expect(parsed.ok && formatDanishDate(parsed)).toBe("1. budgetopfølgning 2017");
  });
});

describe("monthName", () => {
  it("names months in full and abbreviated, as Danish and English write them", () => {
    expect(monthName(3, "da")).toBe("marts");
    expect([5, 6, 9].map((month) => monthName(month, "da", "short"))).toEqual(["maj", "jun.", "sep."]);
    expect(monthName(12, "en", "short")).toBe("Dec");
    expect(monthName(13, "da")).toBe("");
  });
});
