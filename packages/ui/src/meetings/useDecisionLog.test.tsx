import { meetingsLejre2017 } from "@milepael/core/fixtures";
import type { MeetingsDocument } from "@milepael/core/lite";
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { committeeKey, committees } from "./committees";
import { decisionLogCsv } from "./decisionLogCsv";
import { meetingCalendarPlan } from "./meetingCalendarPlan";
import { useDecisionLog } from "./useDecisionLog";

const firstMeeting = "17-4-udvalget-2017-01-03";

describe("useDecisionLog on its own", () => {
  it("lists every item of the seed with committee, date, outcome and decision", () => {
    const { result } = renderHook(() => useDecisionLog(meetingsLejre2017));
    const chair = result.current.data.find((row) => row.id === `${firstMeeting}#2`);
    expect(chair).toMatchObject({
      committee: "17, 4-udvalget",
      date: "2017-01-03",
      title: "17,4 - Valg af næstformand",
      caseNumber: "13/20237",
      outcome: "approved",
      decision: "Gert Fabrin blev valgt som næstformand.",
    });
    expect(result.current.shown).toBe(result.current.data.length);
    expect(result.current.items.every((item) => item.kind === "item")).toBe(true);
  });

  it("filters by outcome, committee and year and tells a controlling host", () => {
    const onColumnFiltersChange = vi.fn();
    const { result } = renderHook(() => useDecisionLog(meetingsLejre2017, { onColumnFiltersChange }));
    act(() => result.current.setFilter("outcome", "noted"));
    expect(result.current.rows.map((row) => row.original.decision)).toContain("Taget til efterretning.");
    expect(result.current.rows.every((row) => row.original.outcome === "noted")).toBe(true);
    expect(onColumnFiltersChange).toHaveBeenLastCalledWith([{ id: "outcome", value: "noted" }]);
    act(() => result.current.setFilter("outcome", ""));
    expect(result.current.filterOptions.year).toEqual(["2017"]);
    act(() => result.current.setFilter("year", "2016"));
    expect(result.current.shown).toBe(0);
    act(() => result.current.setFilter("year", "2017"));
    expect(result.current.shown).toBe(5);
    act(() => result.current.setFilter("year", ""));
    act(() => result.current.setFilter("committee", "17, 4-udvalget"));
    expect(result.current.rows.every((row) => row.original.body === "17, 4-udvalget")).toBe(true);
    expect(result.current.filterValue("committee")).toBe("17, 4-udvalget");
  });

  it("searches titles, case numbers and decision texts", () => {
    const { result } = renderHook(() =>
      useDecisionLog(meetingsLejre2017, { defaultGlobalFilter: "gert fabrin" }),
    );
    expect(result.current.rows.map((row) => row.id)).toEqual([`${firstMeeting}#2`]);
    act(() => result.current.setGlobalFilter("16/16318"));
    expect(result.current.rows.map((row) => row.original.number)).toEqual(["3", "4"]);
  });

  it("puts an open item's decision line right after it", () => {
    const { result } = renderHook(() => useDecisionLog(meetingsLejre2017));
    const row = result.current.rows.find((candidate) => candidate.id === `${firstMeeting}#3`);
    if (!row) throw new Error("item 3 missing");
    act(() => result.current.toggleRow(row));
    const at = result.current.items.findIndex((item) => item.row.id === row.id);
    expect(result.current.items[at + 1]).toMatchObject({ kind: "detail" });
    expect(result.current.items[at + 1]?.row.id).toBe(row.id);
  });

  it("writes the view as CSV with outcomes in words and the full decision", () => {
    const { result } = renderHook(() =>
      useDecisionLog(meetingsLejre2017, { defaultColumnFilters: [{ id: "outcome", value: "noted" }] }),
    );
    const csv = decisionLogCsv(
      result.current.rows.map((row) => row.original),
      "da",
    );
    expect(csv).toContain("Udvalg;Dato;Punkt;Titel;Udfald;Sagsnr.;Beslutning");
    expect(csv).toContain(
      '"17, 4-udvalget";2017-01-03;3;"17,4 - Introduktion til arbejdet";Taget til efterretning;16/16318;Taget til efterretning.',
    );
    expect(csv).not.toContain("Gert Fabrin");
  });
});

describe("committees across spellings", () => {
  const respelt: MeetingsDocument = {
    ...meetingsLejre2017,
    meetings: [
      ...meetingsLejre2017.meetings,
      {
        id: "17-4-udvalget-2017-02-14",
        kind: "referat",
        body: "17,4-udvalget",
        date: "2017-02-14",
        absent: [],
        items: [{ number: "1", title: "Bootcamp", outcome: "noted", attachments: [] }],
      },
    ],
  };

  it("treats spaces, case and & as the same committee", () => {
    expect(committeeKey("17, 4-udvalget")).toBe(committeeKey("17,4-udvalget"));
    expect(committeeKey("Udvalget for Kultur & Fritid")).toBe(committeeKey("Udvalget for kultur og fritid"));
    expect(committeeKey("Kernevelfærdsudvalget")).not.toBe(committeeKey("17,4-udvalget"));
  });

  it("puts both spellings in one lane of the calendar and one filter value of the log", () => {
    const merged = committees(respelt).list.find((committee) => committee.spellings.length > 1);
    expect(merged).toEqual({
      key: "17,4-udvalget",
      label: "17, 4-udvalget",
      spellings: ["17, 4-udvalget", "17,4-udvalget"],
    });
    const plan = meetingCalendarPlan(respelt);
    expect(plan.activities.find((activity) => activity.id === "17-4-udvalget-2017-02-14")?.theme).toBe(
      "17, 4-udvalget",
    );
    const { result } = renderHook(() => useDecisionLog(respelt));
    expect(result.current.filterOptions.committee).toEqual(["17, 4-udvalget"]);
    act(() => result.current.setFilter("committee", "17, 4-udvalget"));
    expect(result.current.rows.map((row) => row.original.body)).toContain("17,4-udvalget");
  });
});
