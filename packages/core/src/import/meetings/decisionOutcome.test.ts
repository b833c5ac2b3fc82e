import { describe, expect, it } from "vitest";
import { decisionOutcome } from "./itemFields";

describe("decisionOutcome", () => {
  it.each([
    ["Taget til efterretning.", "noted"],
    ["Ikke taget til efterretning.", "rejected"],
    ["Indstillingen blev ikke taget til efterretning.", "rejected"],
    ["Udvalget godkender ikke indstillingen.", "rejected"],
    ["Indstillingen tiltrædes ikke.", "rejected"],
    ["Ikke godkendt.", "rejected"],
    ["Godkendt.", "approved"],
    ["Udvalget godkender indstillingen, ikke dog punkt 3's tidsplan.", "approved"],
    ["Tiltrådt med den tilføjelse, at planen forelægges igen.", "amended"],
    ["Udsat.", "postponed"],
  ])("reads %j as %s", (decision, outcome) => {
    expect(decisionOutcome(decision)).toBe(outcome);
  });
});
