import { describe, expect, it } from "vitest";
import { isoDayOf } from "./dayCell";

describe("isoDayOf", () => {
  it.each([
    "2017-05-08",
    "08-05-2017",
    "8-5-2017",
    "08-05-17",
    "8.5.2017",
    "08.05.17",
    "8/5-2017",
    "8. maj 2017",
  ])("reads %s as the day 2017-05-08", (cell) => {
    expect(isoDayOf(cell)).toBe("2017-05-08");
  });

  it("reads a leap day, the spaces around it left out", () => {
    expect(isoDayOf(" 29-02-2016 ")).toBe("2016-02-29");
  });

  it.each(["hej", "", "31-02-2017", "2017-02-29", "8. maj", "maj 2017", "8.-10. maj 2017"])(
    "reads %j as no day",
    (cell) => {
      expect(isoDayOf(cell)).toBeUndefined();
    },
  );
});

describe("isoDayOf with the document's year", () => {
  it.each(["31.03", "31/3", "31. marts", "31. mar.", "31.03.2017", "den 31. marts 2017"])(
    "reads %s, typed without a year or with it, as the day 2017-03-31",
    (cell) => {
      expect(isoDayOf(cell, 2017)).toBe("2017-03-31");
    },
  );

  it("keeps a year written in the cell over the document's", () => {
    expect(isoDayOf("2. maj 2018", 2017)).toBe("2018-05-02");
  });
});
