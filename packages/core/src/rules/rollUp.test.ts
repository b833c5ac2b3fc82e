import { describe, expect, it } from "vitest";
import { generateFollowUp } from "../fixtures/generate";
import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import type { Status } from "../status/status";
import { rollUp } from "./rollUp";

/** The roll-up by filtering: every group's milestones once per round, as it was first written. */
function byFiltering(document: BudgetFollowUp) {
  const committees = [
    ...new Set(document.sections.flatMap((s) => s.initiatives.map((i) => i.responsibleCommittee ?? null))),
  ];
  return committees.map((key) => {
    const initiatives = document.sections.flatMap((s) =>
      s.initiatives.filter((i) => (i.responsibleCommittee ?? null) === key),
    );
    const count = (statuses: Status[]) => ({
      green: statuses.filter((s) => s === "green").length,
      yellow: statuses.filter((s) => s === "yellow").length,
      red: statuses.filter((s) => s === "red").length,
      "not-assessed": statuses.filter((s) => s === "not-assessed").length,
    });
    return {
      key,
      initiatives: initiatives.length,
      rounds: document.rounds.map((round) => {
        const statuses = initiatives.flatMap((i) =>
          i.milestones.filter((m) => m.round === round.id).map((m) => m.status),
        );
        return { round: round.id, counts: count(statuses), total: statuses.length };
      }),
      economy: count(initiatives.map((i) => i.economy?.status ?? "not-assessed")),
    };
  });
}

describe("rollUp", () => {
  it("counts each group's milestones per round and status as filtering them would", () => {
    const document = generateFollowUp({ initiatives: 400 });
    expect(rollUp(document, { by: "committee" })).toEqual(byFiltering(document));
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
