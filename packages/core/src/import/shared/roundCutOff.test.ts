import { describe, expect, it } from "vitest";
import { inferCutOff } from "./roundCutOff";

describe("inferCutOff", () => {
  it.each([
    { label: "Pr. 30.06.2017", cutOff: "2017-06-30" },
    { label: "Status pr. 30/6-2017", cutOff: "2017-06-30" },
    { label: "Opfølgning pr. 31. august 2017", cutOff: "2017-08-31" },
    { label: "Opfølgning per juni", cutOff: "2017-06-30" },
    { label: "30.06.2017", cutOff: "2017-06-30" },
  ])("takes the day a label states as its cut-off, not its position: $label", ({ label, cutOff }) => {
    expect(inferCutOff(label, 0, 2017)).toEqual({ cutOff, kind: "follow-up", assumed: false });
  });

  it.each([
    { label: "1. halvår 2017", cutOff: "2017-06-30" },
    { label: "3. kvartal 2017", cutOff: "2017-09-30" },
    { label: "Juni 2017", cutOff: "2017-06-30" },
  ])("ends a round that names a half-year, quarter or month with it: $label", ({ label, cutOff }) => {
    expect(inferCutOff(label, 0, 2017)).toMatchObject({ cutOff, assumed: false });
  });

  it("keeps a numbered round's number but its stated day wins over the quarter's end", () => {
    expect(inferCutOff("2. budgetopfølgning pr. 31.05.2017", 0, 2017)).toEqual({
      cutOff: "2017-05-31",
      kind: "follow-up",
      ordinal: 2,
      assumed: false,
    });
    expect(inferCutOff("2. budgetopfølgning 2017", 0, 2017)).toMatchObject({
      cutOff: "2017-06-30",
      assumed: true,
    });
  });

  it("ends a half-year account with the first half, not the year", () => {
    expect(inferCutOff("Halvårsregnskab 2017", 1, 2017)).toEqual({
      cutOff: "2017-06-30",
      kind: "follow-up",
      assumed: true,
    });
    expect(inferCutOff("Regnskab 2017", 1, 2017)).toMatchObject({ cutOff: "2017-12-31", kind: "year-end" });
  });

  it("falls back on the round's position when the label says nothing of its date", () => {
    expect(inferCutOff("Budgetopfølgning 2017", 2, 2017)).toEqual({
      cutOff: "2017-09-30",
      kind: "follow-up",
      assumed: true,
    });
  });
});
