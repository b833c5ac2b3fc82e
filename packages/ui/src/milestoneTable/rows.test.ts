import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import * as core from "@milepael/core/lite";
import { describe, expect, it, vi } from "vitest";
import { toMilestoneRows } from "./rows";

vi.mock("@milepael/core/lite", async (importOriginal) => {
  const original = await importOriginal<typeof import("@milepael/core/lite")>();
  return { ...original, richTextToPlainText: vi.fn(original.richTextToPlainText) };
});

describe("toMilestoneRows", () => {
  it("leaves the search text until a search reads it, and then finds the description's words", () => {
    const rows = toMilestoneRows(budgetFollowUp2017);
    expect(core.richTextToPlainText).not.toHaveBeenCalled();
    const row = rows.find((candidate) => candidate.initiative.title.includes("byvåben"));
    expect(row?.searchText).toContain("byvåben");
    expect(row?.searchText).toBe(row?.searchText.toLowerCase());
    expect(core.richTextToPlainText).toHaveBeenCalledTimes(1);
  });

  it("gives each round's status as the milestones say, and plain data to JSON", () => {
    const rows = toMilestoneRows(budgetFollowUp2017);
    const round = core.reportingRound(budgetFollowUp2017) ?? "";
    for (const row of rows) expect(row.statuses[round]).toBe(core.milestoneStatusAt(row.initiative, round));
    const plain = JSON.parse(JSON.stringify(rows[0]));
    expect(Object.keys(plain).sort()).toEqual(
      ["economy", "initiative", "searchText", "section", "sectionLabel", "statuses"].sort(),
    );
  });
});
