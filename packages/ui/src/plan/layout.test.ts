import {
  communicationPlan2017,
  implementationPlan2017,
  introductionProgramme2018,
} from "@milepael/core/fixtures";
import { toIsoDate as isoDate } from "@milepael/core/lite";
import { describe, expect, it } from "vitest";
import { layoutTimeline, packRows } from "./layout";

describe("plan layout", () => {
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
});
