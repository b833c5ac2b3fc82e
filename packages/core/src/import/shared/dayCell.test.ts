import { describe, expect, it } from "vitest";
import { isoDayOf } from "./dayCell";

describe("isoDayOf", () => {
  it.each([
    ["2017-05-08", "2017-05-08"],
    ["08-05-2017", "2017-05-08"],
    ["8-5-2017", "2017-05-08"],
    ["8.5.2017", "2017-05-08"],
    ["08.05.17", "2017-05-08"],
    ["8/5-2017", "2017-05-08"],
    ["8. maj 2017", "2017-05-08"],
    [" 29-02-2016 ", "2016-02-29"],
  ])("reads %s as the day %s", (cell, iso) => {
    expect(isoDayOf(cell)).toBe(iso);
  });

  it.each(["hej", "", "31-02-2017", "2017-02-29", "8. maj", "maj 2017", "8.-10. maj 2017", "08-05-17"])(
    "reads %j as no day",
    (cell) => {
      expect(isoDayOf(cell)).toBeUndefined();
    },
  );
});
