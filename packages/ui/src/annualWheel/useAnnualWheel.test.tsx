import { generatePlan, implementationPlan2017 } from "@milepael/core/fixtures";
import { act, renderHook } from "@testing-library/react";
import type { KeyboardEvent } from "react";
import { describe, expect, it, vi } from "vitest";
import { useAnnualWheel } from "./useAnnualWheel";
import { wheelMaxRings } from "./wheelRings";

const key = (name: string) =>
  ({ key: name, preventDefault: vi.fn(), defaultPrevented: false }) as unknown as KeyboardEvent<Element>;

describe("useAnnualWheel on its own", () => {
  it("shows the plan's year from the chosen month, with its arcs in the year's order", () => {
    const { result } = renderHook(() =>
      useAnnualWheel(implementationPlan2017, { startMonth: 8, today: null }),
    );
    expect(result.current.year).toBe(2017);
    expect(result.current.months[0]?.name).toBe("aug.");
    const starts = result.current.arcs.map((arc) => arc.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.current.todayAngle).toBeNull();
  });

  it("changes the year and reports it", () => {
    const onYearChange = vi.fn();
    const { result } = renderHook(() => useAnnualWheel(implementationPlan2017, { onYearChange }));
    act(() => result.current.setYear(2018));
    expect(result.current.year).toBe(2018);
    expect(onYearChange).toHaveBeenCalledWith(2018);
  });

  it("moves through the year with the arrow keys and selects with Enter", () => {
    const { result } = renderHook(() => useAnnualWheel(implementationPlan2017, { today: null }));
    const [first, second] = result.current.arcs;
    act(() => result.current.onArcKeyDown(key("ArrowDown"), first?.item.id ?? ""));
    expect(result.current.roving.tabStop).toBe(second?.item.id);
    act(() => result.current.onArcKeyDown(key("Enter"), second?.item.id ?? ""));
    expect(result.current.selected?.id).toBe(second?.item.id);
  });

  it("draws crowded lanes as bands but keeps every activity in the keyboard's reach, drawing the one it reaches", () => {
    const plan = generatePlan({ activities: 2000, year: 2017 });
    const { result } = renderHook(() => useAnnualWheel(plan, { today: null }));
    expect(result.current.rings.length).toBeGreaterThan(wheelMaxRings);
    expect(result.current.ringCount).toBeLessThanOrEqual(wheelMaxRings);
    expect(result.current.laneLayout.some((lane) => lane.mode === "band")).toBe(true);
    expect(result.current.bands.length).toBeGreaterThan(0);
    expect(result.current.drawnArcs.length).toBeLessThan(result.current.arcs.length / 10);
    const target = result.current.arcs[500]?.item.id ?? "";
    expect(result.current.drawnArcs.some((arc) => arc.item.id === target)).toBe(false);
    act(() => result.current.roving.focus(target));
    expect(result.current.roving.tabStop).toBe(target);
    expect(result.current.drawnArcs.some((arc) => arc.item.id === target)).toBe(true);
  });
});
