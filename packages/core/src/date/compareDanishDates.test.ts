import { describe, expect, it } from "vitest";
import { compareDanishDates } from "./compareDanishDates";
import { parseDanishDate } from "./parseDanishDate";

const sortTexts = (texts: string[], ongoing?: "first" | "last") =>
  texts
    .map((text) => parseDanishDate(text, { year: 2017 }))
    .sort((a, b) => compareDanishDates(a, b, ongoing ? { ongoing } : {}))
    .map((result) => result.text);

describe("compareDanishDates", () => {
  it("sorts by start, finer precision first", () => {
    expect(sortTexts(["Maj", "Juni-september", "1. maj", "Primo maj", "21. maj"])).toEqual([
      "1. maj",
      "Primo maj",
      "Maj",
      "21. maj",
      "Juni-september",
    ]);
  });

  it("puts ongoing items first by default, or last when asked", () => {
    expect(sortTexts(["8. maj", "Løbende"])).toEqual(["Løbende", "8. maj"]);
    expect(sortTexts(["Løbende", "8. maj"], "last")).toEqual(["8. maj", "Løbende"]);
  });

  it("puts text that is no date after everything else", () => {
    expect(sortTexts(["Fotografering:", "Løbende", "8. maj"], "last")).toEqual([
      "8. maj",
      "Løbende",
      "Fotografering:",
    ]);
  });
});
