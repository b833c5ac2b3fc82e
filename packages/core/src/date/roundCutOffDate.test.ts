import { describe, expect, it } from "vitest";
import { formatDanishDate } from "./formatDanishDate";
import { parseDanishDate } from "./parseDanishDate";
import { roundCutOffDate } from "./roundCutOffDate";

const round = { id: "bo2", label: "2. budgetopfølgning", cutOff: "2017-05-31" };

describe("roundCutOffDate", () => {
  it("is the day a reference to the round resolves to, as parseDanishDate reads it", () => {
    const parsed = parseDanishDate("2. budgetopfølgning", { year: 2017, rounds: [round] });
    expect(parsed).toEqual({ ok: true, ...roundCutOffDate(round, "2. budgetopfølgning") });
  });

  it("shows a round reference as written and a cut-off day as the date", () => {
    const reference = roundCutOffDate(round, "2. budgetopfølgning");
    const day = roundCutOffDate(round, "2. budgetopfølgning", "day");
    expect(formatDanishDate({ ok: true, ...reference })).toBe("2. budgetopfølgning");
    expect(formatDanishDate({ ok: true, ...day })).toBe("31. maj 2017");
    expect(day).toMatchObject({ start: "2017-05-31", end: "2017-05-31", roundId: "bo2" });
  });
});

describe("parseDanishDate: round references", () => {
  const rounds = [
    { id: "r1", label: "1. budgetopfølgning 2017", cutOff: "2017-03-31" },
    { id: "r2", label: "2. budgetopfølgning 2017", cutOff: "2017-05-31" },
    { id: "year-end", label: "31.12.2017", cutOff: "2017-12-31" },
  ];

  it("resolves a round through the document's round calendar", () => {
    expect(parseDanishDate("1. budgetopfølgning 2017", { rounds })).toMatchObject({
      ok: true,
      kind: "round-reference",
      start: "2017-03-31",
      end: "2017-03-31",
      roundId: "r1",
    });
  });

  it("finds a round written without its year through the document's year", () => {
    expect(parseDanishDate("2. Budgetopfølgning", { rounds, year: 2017 })).toMatchObject({ roundId: "r2" });
  });

  it("reports a round the calendar does not have", () => {
    expect(parseDanishDate("3. budgetopfølgning 2017", { rounds })).toMatchObject({
      ok: false,
      reason: "unknown-round",
    });
    expect(parseDanishDate("1. budgetopfølgning 2017")).toMatchObject({ ok: false, reason: "unknown-round" });
  });
});
