import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import type { BudgetFollowUp } from "@milepael/core/lite";
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { round4 } from "./round4.testHelpers";
import { type AssessmentChange, useAssessmentTable } from "./useAssessmentTable";

const initiatives = budgetFollowUp2017.sections.flatMap((section) => section.initiatives);

/** The hook with a host that keeps each accepted document, as the widget's hosts do. */
function renderHosted(options: { alsoRounds?: string[] } = {}) {
  let document: BudgetFollowUp = round4;
  const changes: AssessmentChange[] = [];
  const hook = renderHook(() =>
    useAssessmentTable(document, {
      by: "Anne",
      now: () => "2017-12-02T10:00:00Z",
      ...options,
      onChange: (change) => {
        changes.push(change);
        document = change.document;
      },
    }),
  );
  return { ...hook, changes, rerender: () => hook.rerender() };
}

describe("useAssessmentTable on its own", () => {
  it("lists the open round's economy lines, and the later round's milestones only when asked", () => {
    const plain = renderHosted();
    expect(plain.result.current.items.every((item) => item.target === "economy")).toBe(true);
    expect(plain.result.current.items).toHaveLength(initiatives.filter((i) => i.economy).length);
    const withForecast = renderHosted({ alsoRounds: ["2017-year-end"] });
    expect(withForecast.result.current.items.some((item) => item.target !== "economy")).toBe(true);
  });

  it("gives the reading guide's finding for a draft before anything is saved", () => {
    const { result } = renderHosted();
    const item = result.current.items[0];
    if (!item) throw new Error("no item");
    act(() => result.current.setStatus(item, "yellow"));
    expect(result.current.findingsOf(item).map((finding) => finding.code)).toEqual([
      "assessment.level-not-on-scale",
    ]);
    expect(result.current.isDraft(item)).toBe(true);
  });

  it("narrows to a centre with the milestone table's own filter, and to what still needs a status", () => {
    const { result, rerender, changes } = renderHosted();
    act(() => result.current.setAttribute("centre", "Ejendomme"));
    const own = initiatives.filter((i) => i.responsibleCenter === "Ejendomme" && i.economy).length;
    expect(result.current.items).toHaveLength(own);
    const first = result.current.items[0];
    if (!first) throw new Error("no item");
    act(() => result.current.commit(first, { status: "green", note: "" }));
    expect(changes).toHaveLength(1);
    rerender();
    act(() => result.current.setShow("not-assessed"));
    expect(result.current.items).toHaveLength(own - 1);
  });
});
