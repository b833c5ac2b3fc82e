import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import { nextRound } from "./nextRound";

describe("nextRound", () => {
  it("suggests 4. budgetopfølgning two months after the third's cut-off", () => {
    expect(nextRound(budgetFollowUp2017)).toEqual({
      id: "2017-4",
      label: "4. budgetopfølgning 2017",
      cutOff: "2017-11-30",
    });
  });

  it("never puts the cut-off past the year's end", () => {
    const late = {
      ...budgetFollowUp2017,
      rounds: [
        { id: "2017-1", label: "1. budgetopfølgning 2017", kind: "follow-up" as const, cutOff: "2017-11-30" },
      ],
    };
    expect(nextRound(late).cutOff).toBe("2017-12-31");
  });
});
