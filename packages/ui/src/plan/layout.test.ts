import {
  communicationPlan2017,
  generatePlan,
  implementationPlan2017,
  introductionProgramme2018,
} from "@milepael/core/fixtures";
import { toIsoDate as isoDate } from "@milepael/core/lite";
import { describe, expect, it } from "vitest";
import { timelineRows } from "../timeline/timelineRows";
import { layoutTimeline } from "./layout";
import { packRows, packTimeline } from "./packRows";
import { prepareTimeline } from "./prepareTimeline";

/** The first-fit packing as it was (a scan of every row per item): the reference for the fast one. */
function packRowsByScan(
  items: { start: number; end: number; row: number }[],
  room: (item: { start: number }) => number,
) {
  const rowEnds: number[] = [];
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const item of sorted) {
    const end = Math.max(item.end, item.start + room(item));
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= item.start);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(end);
    } else rowEnds[row] = end;
    item.row = row;
  }
  return rowEnds.length;
}

/** A small seeded generator (mulberry32), so that a failing case can be run again. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("plan layout", () => {
  it("packs rows exactly as the first-fit scan did, for any items and label room", () => {
    for (let seed = 1; seed <= 400; seed += 1) {
      const next = random(seed);
      const count = Math.floor(next() * (seed % 10 === 0 ? 600 : 40));
      const horizon = 1 + Math.floor(next() * 400);
      const items = Array.from({ length: count }, () => {
        const start = Math.floor(next() * horizon) + (next() < 0.2 ? next() : 0);
        return { start, end: start + Math.floor(next() * next() * 60) + (next() < 0.3 ? 0 : 1), row: -1 };
      });
      const roomOf = new Map(items.map((item) => [item, next() < 0.3 ? next() * 30 : 0]));
      const room = (item: { start: number }) => roomOf.get(item as (typeof items)[number]) ?? 0;
      const copy = items.map((item) => ({ ...item }));
      const copyRoom = (item: { start: number }) =>
        room(items[copy.indexOf(item as (typeof copy)[number])] ?? item);
      const expected = packRowsByScan(copy, copyRoom);
      expect({ seed, rows: packRows(items, room) }).toEqual({ seed, rows: expected });
      expect({ seed, each: items.map((item) => item.row) }).toEqual({
        seed,
        each: copy.map((item) => item.row),
      });
    }
  });

  it("packs overlapping items into separate rows and reuses free ones", () => {
    const items = [
      { start: 0, end: 10, row: -1 },
      { start: 5, end: 8, row: -1 },
      { start: 10, end: 12, row: -1 },
    ];
    expect(packRows(items)).toBe(2);
    expect(items.map((item) => item.row)).toEqual([0, 1, 0]);
  });

  it("places the seeds' dates where a Danish reader puts them, and keeps what it cannot place", () => {
    const communication = layoutTimeline(communicationPlan2017, { laneBy: "none", locale: "da", noLane: "" });
    const primo = communication.items.find((item) => item.activity.date.text === "Primo marts");
    expect(primo && [isoDate(primo.start), isoDate(primo.end - 1)]).toEqual(["2017-03-01", "2017-03-10"]);
    expect(primo?.name).toBe(`${primo?.activity.title}, primo marts 2017`);
    const implementation = layoutTimeline(implementationPlan2017, {
      laneBy: "theme",
      locale: "da",
      noLane: "Øvrige",
    });
    expect(implementation.unplaced.map((item) => [item.activity.date.text, item.ongoing])).toEqual([
      ["Løbende", true],
    ]);
    const cycle = implementation.items.find((item) => item.id === "a4");
    expect(cycle?.point).toBe(true);
    expect(cycle?.name).toBe(`${implementationPlan2017.activities[3]?.title}, 21. maj 2017`);
    const programme = layoutTimeline(introductionProgramme2018, {
      laneBy: "track",
      locale: "en",
      noLane: "Other",
    });
    const kattegat = programme.items.find((item) => item.id === "a2");
    expect(kattegat?.segments.map((segment) => [isoDate(segment.start), isoDate(segment.end - 1)])).toEqual([
      ["2018-03-15", "2018-03-17"],
      ["2018-03-22", "2018-03-24"],
    ]);
    expect(programme.unplaced.filter((item) => !item.ongoing)).toHaveLength(
      introductionProgramme2018.activities.filter((activity) => activity.date.start === null).length,
    );
    // Nothing is lost: every activity is either placed or listed apart.
    expect(programme.items.length + programme.unplaced.length).toBe(
      introductionProgramme2018.activities.length,
    );
  });

  it("keeps the keyboard order of time, lane and row without sorting by rows at each zoom", () => {
    const plans = [
      communicationPlan2017,
      implementationPlan2017,
      introductionProgramme2018,
      generatePlan({ activities: 3000, year: 2017 }),
    ];
    for (const plan of plans) {
      for (const laneBy of ["theme", "track", "none"] as const) {
        const prepared = prepareTimeline(plan, { laneBy, locale: "da", noLane: "Øvrige" });
        for (const labelDays of [0, 4, 30]) {
          const layout = packTimeline(prepared, (item) => (item.point ? labelDays : 0));
          const sorted = timelineRows(layout).order.map((item) => item.id);
          expect(timelineRows(layout, prepared.order).order.map((item) => item.id)).toEqual(sorted);
        }
      }
    }
  });

  it("packs at a new zoom without touching the prepared items", () => {
    const prepared = prepareTimeline(communicationPlan2017, { laneBy: "none", locale: "da", noLane: "" });
    const wide = packTimeline(prepared, (item) => (item.point ? 40 : 0));
    const narrow = packTimeline(prepared, () => 0);
    expect(wide.lanes[0]?.rows).toBeGreaterThan(narrow.lanes[0]?.rows ?? 0);
    expect(prepared.items.every((item) => item.row === 0)).toBe(true);
    expect(layoutTimeline(communicationPlan2017, { laneBy: "none", locale: "da", noLane: "" })).toEqual(
      packTimeline(prepared, (item) => (item.point ? 3 : 0)),
    );
  });
});
