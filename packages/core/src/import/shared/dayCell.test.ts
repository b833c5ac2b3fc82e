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
