import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import { round4 } from "./round4.testHelpers";
import { assessmentWorklist, isShown } from "./worklist";

const documentOrder = budgetFollowUp2017.sections.flatMap((section) =>
  section.initiatives.map((initiative) => initiative.id),
);

describe("the assessment table's worklist", () => {
  it("lists initiatives in document order, each one's milestones before its economy line", () => {
    const items = assessmentWorklist(round4, "2017-4");
    const initiatives = [...new Set(items.map((item) => item.initiativeId))];
    expect(initiatives).toEqual(documentOrder.filter((id) => initiatives.includes(id)));
    for (const id of initiatives) {
      const targets = items.filter((item) => item.initiativeId === id).map((item) => item.target);
      expect(targets.indexOf("economy")).toBe(targets.includes("economy") ? targets.length - 1 : -1);
    }
  });

  it("adds only the milestones of rounds assessed early, beside their initiative", () => {
    const own = assessmentWorklist(round4, "2017-4");
    const early = round4.rounds[0]?.id ?? "";
    const items = assessmentWorklist(round4, "2017-4", [early]);
    const added = items.length - own.length;
    expect(added).toBeGreaterThan(0);
    expect(items.filter((item) => item.target === "economy")).toHaveLength(
      own.filter((item) => item.target === "economy").length,
    );
  });

  it("shows what is not assessed or lacks a note when asked, everything otherwise", () => {
    const items = assessmentWorklist(round4, "2017-4");
    expect(items.filter((item) => isShown(item, "all"))).toHaveLength(items.length);
    expect(items.filter((item) => isShown(item, "not-assessed")).every((item) => !item.assessed)).toBe(true);
    expect(items.filter((item) => isShown(item, "needs-note")).every((item) => item.needsNote)).toBe(true);
  });
});
