import { describe, expect, it } from "vitest";
import { meetingsLejre2017 } from "../fixtures";
import { validateDocument } from "../model/document.schema";
import { decisionRows } from "./decisionRows";
import { extractPlan } from "./extractPlan";
import { meetingsAsPlan } from "./meetingsAsPlan";
import { summarizeMeetings } from "./summarizeMeetings";

/** A date text read as one day: its text, start and end. */
const day = (text: string, date: string) => [text, date, date];

describe("extractPlan", () => {
  const plan = extractPlan(meetingsLejre2017);

  it("turns the dates of the meeting and process plan into activities linked to their item", () => {
    expect(validateDocument(plan).diagnostics).toEqual([]);
    expect(plan.metadata.title).toBe("Procesplan fra 17, 4-udvalget 03-01-2017");
    expect(plan.tracks).toEqual([
      {
        id: "17-4-udvalget-2017-01-03#4",
        label: "4",
        title:
          "17, 4-udvalget 03-01-2017: 17,4 - Møde- og procesplan samt beslutning om hvilke kerneopgaver der arbejdes med først",
      },
    ]);
    expect(
      plan.activities.map((activity) => [activity.date.text, activity.date.start, activity.date.end]),
    ).toEqual([
      day("12. marts", "2017-03-12"),
      day("26. marts", "2017-03-26"),
      day("7. maj", "2017-05-07"),
      ["inden sommerferien", "2017-06-01", "2017-06-30"],
      ["efter sommerferien", "2017-08-01", "2017-08-31"],
      ["op til sommerferien", "2017-06-01", "2017-06-30"],
    ]);
    expect(plan.activities[0]).toMatchObject({
      title: "De fysiske bootcamps er foreslået afholdt følgende søndage",
      track: "17-4-udvalget-2017-01-03#4",
      responsible: "17, 4-udvalget",
      tags: ["møde:17-4-udvalget-2017-01-03", "punkt:4"],
    });
    expect(plan.activities[3]?.title).toBe(
      "Fase 1 af arbejdet, som nu er under detailplanlægning, skal være gennemført",
    );
  });

  it("keeps a consultant's relative weeks relative until an anchor week is given", () => {
    const meetings = structuredClone(meetingsLejre2017);
    const item = meetings.meetings[0]?.items[3];
    if (item) item.caseText = "Styregruppemøde i uge x. Bootcamp I i uge x+4 og bootcamp II i uge x+5.";
    const open = extractPlan(meetings).activities.filter(
      (activity) => activity.date.relativeWeeks !== undefined,
    );
    expect(open.map((activity) => [activity.date.kind, activity.date.start])).toEqual([
      ["relative-week", null],
      ["relative-week", null],
      ["relative-week", null],
    ]);
    const anchored = extractPlan(meetings, { anchorWeek: { year: 2017, week: 5 } }).activities;
    expect(anchored.map((activity) => activity.date.start)).toEqual([
      "2017-01-30",
      "2017-02-27",
      "2017-03-06",
    ]);
  });

  it("leaves out days before the meeting: they are background, not plan", () => {
    const meetings = structuredClone(meetingsLejre2017);
    const item = meetings.meetings[0]?.items[3];
    if (item)
      item.caseText =
        "Kommunalbestyrelsen besluttede den 28. november 2016 at nedsætte udvalget. Næste møde er 24. januar.";
    expect(extractPlan(meetings).activities.map((activity) => activity.date.start)).toEqual(["2017-01-24"]);
  });
});

describe("decision rows, meetings on the timeline, and the summary", () => {
  it("lists every item flat with its meeting, for the decision log", () => {
    const rows = decisionRows(meetingsLejre2017);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual({
      id: "17-4-udvalget-2017-01-03#2",
      meetingId: "17-4-udvalget-2017-01-03",
      body: "17, 4-udvalget",
      kind: "referat",
      municipality: "Lejre",
      date: "2017-01-03",
      year: 2017,
      number: "2",
      title: "17,4 - Valg af næstformand",
      caseNumber: "13/20237",
      outcome: "approved",
      decision: "Gert Fabrin blev valgt som næstformand.",
      recommendation: ["at udvalget vælger en næstformand"],
      decisionAuthority: "17,4-udvalget",
      attachments: [],
    });
  });

  it("draws each meeting as a day in a lane per body", () => {
    const plan = meetingsAsPlan(meetingsLejre2017);
    expect(validateDocument(plan).diagnostics).toEqual([]);
    expect(
      plan.activities.map((activity) => [activity.id, activity.theme, activity.date.start]),
    ).toContainEqual(["kernevelfaerdsudvalget-2017-04-04", "Kernevelfærdsudvalget", "2017-04-04"]);
    expect(plan.activities[0]?.description).toContain(
      "<li>2. 17,4 - Valg af næstformand: Gert Fabrin blev valgt som næstformand.</li>",
    );
  });

  it("counts meetings per body per year and the outcomes of their items", () => {
    expect(
      summarizeMeetings(meetingsLejre2017).map((row) => [
        row.body,
        row.year,
        row.referater,
        row.dagsordener,
        row.items,
      ]),
    ).toEqual([
      ["17, 4-udvalget", 2017, 2, 1, 5],
      ["Kernevelfærdsudvalget", 2017, 4, 0, 0],
      ["Kernevelfærdsudvalget", 2018, 1, 0, 0],
    ]);
    expect(summarizeMeetings(meetingsLejre2017)[0]?.outcomes).toEqual({
      approved: 3,
      amended: 0,
      noted: 1,
      postponed: 0,
      rejected: 0,
      unknown: 1,
    });
  });
});
