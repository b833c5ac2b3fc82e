import { describe, expect, it } from "vitest";
import { budgetFollowUp2017 } from "../fixtures";
import { startRound } from "./operations";
import { roundWorklist } from "./roundWorklist";

describe("roundWorklist", () => {
  it("lists a round's milestones and economy lines with what the table's filters need", () => {
    const items = roundWorklist(budgetFollowUp2017, "2017-3");
    expect(items).toHaveLength(28);
    const ejendomme = items.filter((item) => item.responsibleCenter === "Ejendomme");
    expect(ejendomme.map((item) => `${item.initiativeId}:${item.target}:${item.status}`)).toEqual([
      "5.04:2:green",
      "5.04:economy:not-assessed",
      "7.02:2:red",
      "7.02:economy:not-assessed",
      "7.03:2:red",
      "7.03:economy:red",
      "7.04:2:green",
      "7.04:economy:green",
    ]);
    expect(
      items.filter((item) => item.target !== "economy" && !item.assessed).map((item) => item.initiativeId),
    ).toEqual(["6.01", "6.20"]);
    expect(items.filter((item) => item.needsNote)).toEqual([]);
    // At round 2, 5.03 was red with no note: imported documents often break the guide.
    const round2 = roundWorklist(budgetFollowUp2017, "2017-2");
    expect(round2.filter((item) => item.needsNote).map((item) => item.initiativeId)).toEqual(["5.03"]);
  });

  it("takes the open round by default, where last round's economy is not yet assessed", () => {
    const opened = startRound(budgetFollowUp2017, "2017-year-end", {
      by: "Økonomi",
      at: "2017-12-01T08:00:00Z",
    });
    const items = roundWorklist(opened.document);
    expect(items.every((item) => !item.assessed)).toBe(true);
    expect(items.find((item) => item.initiativeId === "7.03" && item.target === "economy")).toMatchObject({
      status: "red",
      assessed: false,
      needsNote: false,
    });
  });
});
