import { describe, expect, it } from "vitest";
import { generateFollowUp } from "../fixtures/generate";
import type { Status } from "../status/status";
import { rollUp } from "./rollUp";
import { rollUpByFiltering } from "./rollUp.testHelpers";

describe("rollUp", () => {
  it("counts each group's milestones per round and status as filtering them would", () => {
    const document = generateFollowUp({ initiatives: 400 });
    expect(rollUp(document, { by: "committee" })).toEqual(rollUpByFiltering(document, "committee"));
  });

  it("still counts a milestone whose status is outside the scale (a document never validated) in its round's total", () => {
    const document = generateFollowUp({ initiatives: 3 });
    const milestone = document.sections[0]?.initiatives[0]?.milestones[0];
    if (milestone === undefined) throw new Error("no milestone");
    milestone.status = "purple" as Status;
    const [all] = rollUp(document);
    const round = all?.rounds.find((r) => r.round === milestone.round);
    const {
      green,
      yellow,
      red,
      "not-assessed": notAssessed,
    } = round?.counts ?? { green: 0, yellow: 0, red: 0, "not-assessed": 0 };
    expect(green + yellow + red + notAssessed).toBe((round?.total ?? 0) - 1);
    expect(Object.keys(round?.counts ?? {})).toEqual(["green", "yellow", "red", "not-assessed", "purple"]);
  });

  it("counts statuses outside the scale as numbers, one per milestone or economy line, never NaN", () => {
    const document = generateFollowUp({ initiatives: 3 });
    const [first, second] = document.sections[0]?.initiatives ?? [];
    if (first === undefined || second === undefined) throw new Error("no initiatives");
    const round = first.milestones[0]?.round;
    for (const initiative of [first, second]) {
      const milestone = initiative.milestones.find((m) => m.round === round);
      if (milestone === undefined) throw new Error("no milestone in the round");
      milestone.status = "purple" as Status;
      initiative.economy = { text: "", ...initiative.economy, status: "blue" as Status };
    }
    const [all] = rollUp(document);
    if (all === undefined) throw new Error("no roll-up");
    const counts = all.rounds.find((r) => r.round === round)?.counts as Record<string, number>;
    expect(counts.purple).toBe(2);
    expect((all.economy as Record<string, number>).blue).toBe(2);
  });
});
