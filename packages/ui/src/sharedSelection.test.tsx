import { implementationPlan2017 } from "@milepael/core/fixtures";
import { act, renderHook } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { useAnnualWheel } from "./annualWheel";
import { type SelectionState, useTimeline } from "./timeline";

// A host page with a timeline and an annual wheel of one plan keeps one selection for both, typed
// by the `SelectionState` the entries export: a click in either shows the activity in both.

function useTimelineAndWheel() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selection: SelectionState = { selectedId, onSelectionChange: setSelectedId };
  const timeline = useTimeline(implementationPlan2017, { ...selection, today: null });
  const wheel = useAnnualWheel(implementationPlan2017, { ...selection, today: null });
  return { timeline, wheel };
}

describe("one selection shared by a timeline and an annual wheel", () => {
  it("selects in both when either is clicked, and clears in both", () => {
    const { result } = renderHook(useTimelineAndWheel);
    const activity = result.current.wheel.arcs[0]?.item;
    expect(activity).toBeDefined();
    act(() => result.current.wheel.activate(activity?.id ?? ""));
    expect(result.current.timeline.selected?.id).toBe(activity?.id);
    expect(result.current.wheel.selected?.id).toBe(activity?.id);
    // A second click on the same activity in the timeline clears the selection in both.
    act(() => result.current.timeline.activate(activity?.id ?? ""));
    expect(result.current.timeline.selectedId).toBeNull();
    expect(result.current.wheel.selected).toBeUndefined();
  });
});
