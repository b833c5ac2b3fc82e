import { budgetFollowUp2017, implementationPlan2017 } from "@milepael/core/fixtures";
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useReport } from "./useReport";

describe("useReport on its own", () => {
  it("gives the paper's title, its A4 page rule and one group per initiative", () => {
    const { result } = renderHook(() => useReport({ document: budgetFollowUp2017 }));
    expect(result.current.title).toBe("Tredje opfølgning på Aftale om budget 2017");
    expect(result.current.page).toBe("A4-portrait");
    expect(result.current.pageCss).toContain("@page { size: A4 portrait;");
    const initiatives = budgetFollowUp2017.sections.flatMap((section) => section.initiatives);
    expect(result.current.groups.filter((group) => group.initiative)).toHaveLength(initiatives.length);
  });

  it("prints on the page asked for, and keeps the same paper for a selection with the same ids", () => {
    const { result, rerender } = renderHook(
      (rounds: string[]) => useReport({ document: implementationPlan2017, page: "A3-landscape", rounds }),
      { initialProps: ["2017-3"] },
    );
    expect(result.current.pageCss).toContain("size: A3 landscape");
    const first = result.current.report;
    rerender(["2017-3"]);
    expect(result.current.report).toBe(first);
  });
});
