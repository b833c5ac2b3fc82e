import { implementationPlan2017 } from "@milepael/core/fixtures";
import { isoDayNumber } from "@milepael/core/lite";
import { act, renderHook } from "@testing-library/react";
import type { KeyboardEvent } from "react";
import { describe, expect, it, vi } from "vitest";
import { useTimeline } from "./useTimeline";

const key = (name: string) => ({ key: name, preventDefault: vi.fn() }) as unknown as KeyboardEvent<Element>;

describe("useTimeline on its own", () => {
  it("lays out the whole plan in time order with the first activity as the tab stop", () => {
    const { result } = renderHook(() => useTimeline(implementationPlan2017, { today: "2017-06-10" }));
    const { order, layout, roving } = result.current;
    expect(order).toHaveLength(layout.items.length);
    expect(order.map((item) => item.start)).toEqual(
      [...order.map((item) => item.start)].sort((a, b) => a - b),
    );
    expect(roving.tabStop).toBe(order[0]?.id);
    // The first view fits where the activities are: the year 2018 seminar far out does not
    // squeeze the rest into a corner; "Vis hele planen" shows it too.
    const inView = (range: { start: number; end: number }) =>
      layout.items.filter((item) => item.start >= range.start && item.end <= range.end).length;
    expect(inView(result.current.range) / layout.items.length).toBeGreaterThanOrEqual(0.85);
    expect(result.current.span).toBeLessThan(0.6 * ((layout.extent?.end ?? 0) - (layout.extent?.start ?? 0)));
    act(() => result.current.fitAll());
    expect(inView(result.current.range)).toBe(layout.items.length);
    expect(result.current.view).toBe("timeline");
    expect(result.current.today).toBe(isoDayNumber("2017-06-10"));
  });

  it("zooms in around the middle and reports the range to a controlling host", () => {
    const onRangeChange = vi.fn();
    const { result } = renderHook(() => useTimeline(implementationPlan2017, { onRangeChange, today: null }));
    const before = result.current.span;
    act(() => result.current.zoom(1 / 2));
    expect(result.current.span).toBeLessThan(before);
    expect(onRangeChange).toHaveBeenCalledWith({ start: expect.any(String), end: expect.any(String) });
  });

  it("moves the tab stop with the arrow keys and toggles the selection on activation", () => {
    const { result } = renderHook(() => useTimeline(implementationPlan2017, { today: null }));
    const [first, second] = result.current.order;
    const right = key("ArrowRight");
    act(() => result.current.roving.onKeyDown(right, first?.id));
    expect(right.preventDefault).toHaveBeenCalled();
    expect(result.current.roving.tabStop).toBe(second?.id);
    const other = key("x");
    act(() => result.current.roving.onKeyDown(other));
    expect(other.preventDefault).not.toHaveBeenCalled();
    act(() => result.current.activate(second?.id ?? ""));
    expect(result.current.selected?.id).toBe(second?.id);
    act(() => result.current.activate(second?.id ?? ""));
    expect(result.current.selectedId).toBeNull();
  });

  it("lanes by theme with a heading row per lane", () => {
    const { result } = renderHook(() =>
      useTimeline(implementationPlan2017, { today: null, laneBy: "theme" }),
    );
    const lanes = result.current.rows.filter((row) => row.kind === "lane");
    expect(lanes.length).toBe(result.current.layout.lanes.length);
    expect(lanes.reduce((sum, lane) => sum + (lane.kind === "lane" ? lane.count : 0), 0)).toBe(
      result.current.layout.items.length,
    );
  });
});
