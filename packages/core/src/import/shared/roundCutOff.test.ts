import { describe, expect, it } from "vitest";
import { inferCutOff } from "./roundCutOff";

describe("inferCutOff", () => {
  it.each([
    { label: "Pr. 30.06.2017", cutOff: "2017-06-30" },
    { label: "Status pr. 30/6-2017", cutOff: "2017-06-30" },
    { label: "Opfølgning pr. 31. august 2017", cutOff: "2017-08-31" },
    { label: "Budgetopfølgning pr. 31. marts", cutOff: "2017-03-31" },
    // Words after the date, glued to it, or no space after "pr.".
    { label: "Status pr. 30.06.2017 (rettet)", cutOff: "2017-06-30" },
    { label: "Pr. 30.06.2017 - 2. opfølgning", cutOff: "2017-06-30" },
    { label: "Budgetopfølgning pr. 31.3.2017, drift", cutOff: "2017-03-31" },
    { label: "Opfølgning pr. 30.06.2017/ØU", cutOff: "2017-06-30" },
    { label: "Status pr. 30. juni 2017 til ØU 22. august", cutOff: "2017-06-30" },
    { label: "Opfølgning pr.30.9.2017", cutOff: "2017-09-30" },
  ])(
    "takes the day stated after pr. or per as the cut-off, not the position: $label",
    ({ label, cutOff }) => {
      expect(inferCutOff(label, 0, 2017)).toEqual({
        cutOff,
        kind: "follow-up",
        assumed: false,
        labelIsDate: false,
      });
    },
  );

  it("takes a label that is a date as its cut-off and its name", () => {
    expect(inferCutOff("30.06.2017", 3, 2017)).toEqual({
      cutOff: "2017-06-30",
      kind: "follow-up",
      assumed: false,
      labelIsDate: true,
    });
    expect(inferCutOff("31.12.2017", 3, 2017)).toMatchObject({ kind: "year-end", labelIsDate: true });
  });

  it.each([
    { label: "Opfølgning 30/9", cutOff: "2017-09-30", kind: "follow-up" },
    { label: "Status juni", cutOff: "2017-06-30", kind: "follow-up" },
    { label: "3. kvartal 2017", cutOff: "2017-09-30", kind: "follow-up" },
    { label: "Q4", cutOff: "2017-12-31", kind: "follow-up" },
    { label: "1. halvår 2017", cutOff: "2017-06-30", kind: "half-year" },
    { label: "2. halvår 2017", cutOff: "2017-12-31", kind: "year-end" },
  ])("reads a day or period a label ends with, and says so: $label", ({ label, cutOff, kind }) => {
    expect(inferCutOff(label, 0, 2017)).toEqual({ cutOff, kind, assumed: true, labelIsDate: false });
  });

  it("keeps a numbered round's number and kind, and its stated day wins over the quarter's end", () => {
    expect(inferCutOff("2. budgetopfølgning pr. 31.05.2017", 0, 2017)).toEqual({
      cutOff: "2017-05-31",
      kind: "follow-up",
      ordinal: 2,
      assumed: false,
      labelIsDate: false,
    });
    expect(inferCutOff("4. budgetopfølgning pr. 31.12", 0, 2017)).toMatchObject({
      cutOff: "2017-12-31",
      kind: "follow-up",
    });
    expect(inferCutOff("2. budgetopfølgning 2017", 0, 2017)).toMatchObject({
      cutOff: "2017-06-30",
      assumed: true,
    });
  });

  it("ends a half-year account with its half, and a year-end round with the year", () => {
    expect(inferCutOff("Halvårsregnskab 2017", 1, 2017)).toMatchObject({
      cutOff: "2017-06-30",
      kind: "half-year",
    });
    expect(inferCutOff("2. halvårsregnskab", 1, 2017)).toMatchObject({
      cutOff: "2017-12-31",
      kind: "year-end",
    });
    expect(inferCutOff("Regnskab 2017", 1, 2017)).toMatchObject({ cutOff: "2017-12-31", kind: "year-end" });
  });

  it.each([
    { position: 0, cutOff: "2017-03-31" },
    { position: 1, cutOff: "2017-06-30" },
    { position: 2, cutOff: "2017-09-30" },
    { position: 3, cutOff: "2017-12-31" },
  ])(
    "falls back on the round's position when the label says nothing of its date: position $position",
    ({ position, cutOff }) => {
      expect(inferCutOff("Budgetopfølgning 2017", position, 2017)).toEqual({
        cutOff,
        kind: "follow-up",
        assumed: true,
        labelIsDate: false,
      });
    },
  );
});
